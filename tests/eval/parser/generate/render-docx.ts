// DOCX documents written with the `docx` package and converted to PDF by LibreOffice
// Writer (Debian's libreoffice-writer-nogui): the path Word and Google Docs users take.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Person } from "./people.ts";
import type { Renderer } from "./renderers.ts";
import { chance, degreeText, makeView, pick, type View } from "./view.ts";

type Block = Paragraph | Table;
const PAGE_TEXT_WIDTH = 9360; // twips: 6.5 in between 1 in margins on Letter
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface Style {
  font: string;
  size: number; // half-points
  accent: string;
}

const run = (text: string, style: Style, extra: Record<string, unknown> = {}) =>
  new TextRun({ text, font: style.font, size: style.size, ...extra });

function heading(view: View, text: string, style: Style, kind: "rule" | "color" | "plain"): Paragraph {
  const label = view.upperHeadings ? text.toUpperCase() : text;
  return new Paragraph({
    spacing: { before: 200, after: 80 },
    border: kind === "rule" ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: "444444", space: 1 } } : undefined,
    children: [
      run(label, style, {
        bold: kind !== "color",
        color: kind === "color" ? style.accent : undefined,
        size: kind === "color" ? style.size + 6 : style.size + 2,
      }),
    ],
  });
}

const bullet = (text: string, style: Style) =>
  new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [run(text, style)] });

function rightTab(left: TextRun[], right: string, style: Style, width = PAGE_TEXT_WIDTH): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [...left, run(`\t${right}`, style)],
  });
}

function contactLines(p: Person): string[] {
  return [p.email, p.phone, p.location, p.linkedin, p.github, p.website].filter((x): x is string => Boolean(x));
}

function skillParagraphs(view: View, style: Style, perLine: boolean): Paragraph[] {
  if (perLine)
    return view.person.skillGroups.flatMap((g) => g.skills).map((s) => new Paragraph({ children: [run(s, style)] }));
  return view.person.skillGroups.map(
    (g) =>
      new Paragraph({
        children: [...(g.label ? [run(`${g.label}: `, style, { bold: true })] : []), run(g.skills.join(", "), style)],
      }),
  );
}

function classic(view: View, style: Style): Block[] {
  const p = view.person;
  const out: Block[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.name, style, { size: 44, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(contactLines(p).join("  |  "), style)] }),
  ];
  if (view.showSummary)
    out.push(heading(view, view.headings.summary, style, "rule"), new Paragraph({ children: [run(p.summary, style)] }));
  if (view.headings.experience) out.push(heading(view, view.headings.experience, style, "rule"));
  for (const employer of view.employers) {
    if (employer.roles.length > 1) {
      out.push(rightTab([run(employer.company, style, { bold: true })], employer.location ?? "", style));
      for (const role of employer.roles) {
        out.push(rightTab([run(role.title, style, { italics: true })], view.range(role.start, role.end), style));
        out.push(...role.bullets.map((b) => bullet(b, style)));
      }
      continue;
    }
    const job = employer.roles[0];
    const [a, b] = view.roleFirst ? [job.title, job.company] : [job.company, job.title];
    out.push(rightTab([run(a, style, { bold: true })], view.range(job.start, job.end), style));
    out.push(rightTab([run(b, style, { italics: true })], job.location ?? "", style));
    out.push(...job.bullets.map((text) => bullet(text, style)));
  }
  if (p.schools.length) {
    out.push(heading(view, view.headings.education, style, "rule"));
    for (const school of p.schools) {
      out.push(rightTab([run(school.institution, style, { bold: true })], view.range(school.start, school.end), style));
      out.push(new Paragraph({ children: [run(degreeText(view.r, school), style)] }));
    }
  }
  out.push(heading(view, view.headings.skills, style, "rule"), ...skillParagraphs(view, style, false));
  if (p.certifications.length)
    out.push(
      heading(view, view.headings.certifications, style, "rule"),
      ...p.certifications.map((c) => bullet(c, style)),
    );
  return out;
}

function cell(children: Paragraph[], width: number, shade?: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: shade ? { type: ShadingType.CLEAR, color: "auto", fill: shade } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: children.length ? children : [new Paragraph("")],
  });
}

function tableDates(view: View, style: Style): Block[] {
  const p = view.person;
  const out: Block[] = [
    new Paragraph({ children: [run(p.name, style, { size: 40, bold: true, color: style.accent })] }),
    new Paragraph({ children: [run(contactLines(p).join(" · "), style)] }),
  ];
  if (view.showSummary)
    out.push(
      heading(view, view.headings.summary, style, "color"),
      new Paragraph({ children: [run(p.summary, style)] }),
    );
  const rows: TableRow[] = [];
  for (const employer of view.employers) {
    for (const job of employer.roles) {
      const left = [new Paragraph({ children: [run(view.range(job.start, job.end), style, { color: "555555" })] })];
      if (job.location) left.push(new Paragraph({ children: [run(job.location, style, { color: "555555" })] }));
      const right = [
        new Paragraph({ children: [run(view.roleFirst ? job.title : job.company, style, { bold: true })] }),
        new Paragraph({ children: [run(view.roleFirst ? job.company : job.title, style, { italics: true })] }),
        ...job.bullets.map((b) => bullet(b, style)),
      ];
      rows.push(new TableRow({ children: [cell(left, 2200), cell(right, PAGE_TEXT_WIDTH - 2200)] }));
    }
  }
  if (view.headings.experience) out.push(heading(view, view.headings.experience, style, "color"));
  out.push(
    new Table({
      rows,
      borders: NO_BORDERS,
      width: { size: PAGE_TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [2200, PAGE_TEXT_WIDTH - 2200],
    }),
  );
  if (p.schools.length) {
    out.push(heading(view, view.headings.education, style, "color"));
    out.push(
      new Table({
        borders: NO_BORDERS,
        width: { size: PAGE_TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [2200, PAGE_TEXT_WIDTH - 2200],
        rows: p.schools.map(
          (school) =>
            new TableRow({
              children: [
                cell(
                  [
                    new Paragraph({
                      children: [run(view.range(school.start, school.end), style, { color: "555555" })],
                    }),
                  ],
                  2200,
                ),
                cell(
                  [
                    new Paragraph({ children: [run(degreeText(view.r, school), style, { bold: true })] }),
                    new Paragraph({ children: [run(school.institution, style)] }),
                  ],
                  PAGE_TEXT_WIDTH - 2200,
                ),
              ],
            }),
        ),
      }),
    );
  }
  out.push(heading(view, view.headings.skills, style, "color"), ...skillParagraphs(view, style, false));
  if (p.certifications.length)
    out.push(
      heading(view, view.headings.certifications, style, "color"),
      ...p.certifications.map((c) => new Paragraph({ children: [run(c, style)] })),
    );
  return out;
}

// Google Docs' résumé templates: name, stacked contact lines, "Company, Place — Title"
// with the dates on their own line in capitals below.
function gdocs(view: View, style: Style): Block[] {
  const p = view.person;
  const out: Block[] = [new Paragraph({ children: [run(p.name, style, { size: 52, bold: true })] })];
  if (chance(view.r, 0.5)) out.push(new Paragraph({ children: [run(p.tagline, style, { color: "666666" })] }));
  out.push(...contactLines(p).map((line) => new Paragraph({ children: [run(line, style, { size: style.size - 2 })] })));
  if (view.showSummary)
    out.push(
      heading(view, view.headings.summary, style, "color"),
      new Paragraph({ children: [run(p.summary, style)] }),
    );
  if (view.headings.experience) out.push(heading(view, view.headings.experience, style, "color"));
  const dateLine = (text: string) =>
    new Paragraph({
      spacing: { after: 60 },
      children: [run(text.toUpperCase(), style, { size: style.size - 3, color: "666666" })],
    });
  for (const employer of view.employers) {
    if (employer.roles.length > 1) {
      out.push(
        new Paragraph({
          spacing: { before: 120 },
          children: [
            run(employer.company, style, { bold: true }),
            run(employer.location ? `, ${employer.location}` : "", style),
          ],
        }),
      );
      for (const role of employer.roles)
        out.push(
          new Paragraph({ children: [run(role.title, style, { italics: true })] }),
          dateLine(view.range(role.start, role.end)),
          ...role.bullets.map((b) => bullet(b, style)),
        );
      continue;
    }
    const job = employer.roles[0];
    out.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [
          run(job.company, style, { bold: true }),
          run(job.location ? `, ${job.location}` : "", style),
          run(` — ${job.title}`, style, { italics: true }),
        ],
      }),
    );
    out.push(dateLine(view.range(job.start, job.end)), ...job.bullets.map((b) => bullet(b, style)));
  }
  if (p.schools.length) {
    out.push(heading(view, view.headings.education, style, "color"));
    for (const school of p.schools) {
      out.push(
        new Paragraph({
          children: [
            run(school.institution, style, { bold: true }),
            run(`, ${school.location ?? ""}`.replace(/, $/u, ""), style),
            run(` — ${degreeText(view.r, school)}`, style, { italics: true }),
          ],
        }),
      );
      out.push(dateLine(view.range(school.start, school.end)));
    }
  }
  out.push(heading(view, view.headings.skills, style, "color"), ...skillParagraphs(view, style, false));
  if (p.certifications.length)
    out.push(
      heading(view, view.headings.certifications, style, "color"),
      ...p.certifications.map((c) => bullet(c, style)),
    );
  return out;
}

function sidebarTable(view: View, style: Style): Block[] {
  const p = view.person;
  const small: Style = { ...style, size: style.size - 2 };
  const side: Paragraph[] = [
    heading(view, "Contact", small, "plain"),
    ...contactLines(p).map((line) => new Paragraph({ children: [run(line, small)] })),
    heading(view, view.headings.skills, small, "plain"),
    ...skillParagraphs(view, small, true),
  ];
  if (p.schools.length) {
    side.push(heading(view, view.headings.education, small, "plain"));
    for (const school of p.schools) {
      side.push(new Paragraph({ children: [run(degreeText(view.r, school), small, { bold: true })] }));
      side.push(new Paragraph({ children: [run(school.institution, small)] }));
      side.push(new Paragraph({ children: [run(view.range(school.start, school.end), small, { color: "555555" })] }));
    }
  }
  if (p.certifications.length)
    side.push(
      heading(view, view.headings.certifications, small, "plain"),
      ...p.certifications.map((c) => new Paragraph({ children: [run(c, small)] })),
    );
  const main: Paragraph[] = [new Paragraph({ children: [run(p.name, style, { size: 40, bold: true })] })];
  if (view.showSummary) main.push(new Paragraph({ children: [run(p.summary, style, { italics: true })] }));
  if (view.headings.experience) main.push(heading(view, view.headings.experience, style, "rule"));
  const mainWidth = PAGE_TEXT_WIDTH - 3000;
  for (const employer of view.employers) {
    for (const job of employer.roles) {
      main.push(
        rightTab([run(job.title, style, { bold: true })], view.range(job.start, job.end), style, mainWidth - 200),
      );
      main.push(
        new Paragraph({
          children: [run(`${job.company}${job.location ? ` · ${job.location}` : ""}`, style, { italics: true })],
        }),
      );
      main.push(...job.bullets.map((b) => bullet(b, style)));
    }
  }
  const left = pick(view.r, [true, false]);
  const cells = left
    ? [cell(side, 3000, "EEF2F7"), cell(main, mainWidth)]
    : [cell(main, mainWidth), cell(side, 3000, "EEF2F7")];
  return [
    new Table({
      rows: [new TableRow({ children: cells })],
      borders: NO_BORDERS,
      width: { size: PAGE_TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: left ? [3000, mainWidth] : [mainWidth, 3000],
    }),
  ];
}

const TEMPLATES: Record<string, { style: Style; build: (view: View, style: Style) => Block[] }> = {
  "docx-classic": { style: { font: "Liberation Serif", size: 21, accent: "000000" }, build: classic },
  "docx-table-dates": { style: { font: "Liberation Sans", size: 19, accent: "1F4E79" }, build: tableDates },
  "docx-gdocs": { style: { font: "Liberation Sans", size: 20, accent: "2B6CB0" }, build: gdocs },
  "docx-sidebar-table": { style: { font: "DejaVu Sans", size: 18, accent: "333333" }, build: sidebarTable },
};

let workDir = "";

export const docxRenderer: Renderer = {
  async open() {
    workDir = mkdtempSync(path.join(os.tmpdir(), "parser-docx-"));
  },
  async render({ entry, seed, id, person }) {
    const template = TEMPLATES[entry.template];
    if (!template) throw new Error(`no DOCX template ${entry.template}`);
    const view = makeView(person, seed, entry.split);
    const doc = new Document({
      creator: "parser corpus",
      numbering: {
        config: [
          {
            reference: "bullets",
            levels: [
              {
                level: 0,
                format: LevelFormat.BULLET,
                text: "•",
                alignment: AlignmentType.LEFT,
                style: { paragraph: { indent: { left: 360, hanging: 260 } } },
              },
            ],
          },
        ],
      },
      sections: [
        {
          properties: { page: { margin: { top: 1000, bottom: 1000, left: 1440, right: 1440 } } },
          children: template.build(view, template.style),
        },
      ],
    });
    const docxPath = path.join(workDir, `${id}.docx`);
    writeFileSync(docxPath, await Packer.toBuffer(doc));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${workDir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        workDir,
        docxPath,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const pdf = new Uint8Array(readFileSync(path.join(workDir, `${id}.pdf`)));
    const version = execFileSync("soffice", [`-env:UserInstallation=file://${workDir}/profile`, "--version"])
      .toString()
      .trim();
    return {
      pdf,
      truth: view.truth({
        path: entry.path,
        template: entry.template,
        id,
        seed,
        provenance: `tests/eval/parser/generate/render-docx.ts (docx package) converted by ${version}`,
      }),
    };
  },
  async close() {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  },
};
