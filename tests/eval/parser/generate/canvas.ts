// Resume templates for engines that only draw text at a position (pdfkit, pdf-lib): a
// small flow layout (word wrap, page breaks, columns) over a drawing surface each engine
// implements. The engines then write the PDF their own way.
import type { FontName } from "./fonts.ts";
import { chance, degreeText, pick, type View } from "./view.ts";

export interface Surface {
  width: number;
  height: number;
  text(text: string, x: number, y: number, font: FontName, size: number, color?: string, spacing?: number): void;
  measure(text: string, font: FontName, size: number, spacing?: number): number;
  rect(x: number, y: number, w: number, h: number, color: string): void;
  line(x0: number, y: number, x1: number, color: string): void;
  addPage(): void;
}

interface Column {
  x: number;
  width: number;
  y: number;
  /** Whether running off the page starts a new one (only the main column does). */
  paged: boolean;
  /** Where text starts on a new page (TOP unless a page header takes room). */
  top?: number;
}

const TOP = 48;
const BOTTOM = 52;

class Flow {
  constructor(
    private s: Surface,
    public col: Column,
    private onNewPage: () => void = () => {},
  ) {}

  private room(height: number) {
    if (this.col.y + height <= this.s.height - BOTTOM) return;
    if (!this.col.paged) return;
    this.s.addPage();
    this.onNewPage();
    this.col.y = this.col.top ?? TOP;
  }

  /** Breaks text into lines that fit; a word wider than the line (an e-mail) is cut. */
  wrap(text: string, font: FontName, size: number, width: number): string[] {
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(" ")) {
      const candidate = current ? `${current} ${word}` : word;
      if (this.s.measure(candidate, font, size) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = word;
      while (this.s.measure(current, font, size) > width && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && this.s.measure(current.slice(0, cut), font, size) > width) cut--;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    if (current) lines.push(current);
    return lines;
  }

  para(
    text: string,
    font: FontName,
    size: number,
    opts: { indent?: number; color?: string; gap?: number; spacing?: number } = {},
  ) {
    const indent = opts.indent ?? 0;
    for (const line of this.wrap(text, font, size, this.col.width - indent)) {
      this.room(size * 1.35);
      this.s.text(line, this.col.x + indent, this.col.y, font, size, opts.color, opts.spacing);
      this.col.y += size * 1.35;
    }
    this.col.y += opts.gap ?? 0;
  }

  /** One line with a left part and a part set flush right. */
  split(
    left: { text: string; font: FontName },
    right: { text: string; font: FontName },
    size: number,
    color = "#444444",
  ) {
    this.room(size * 1.35);
    this.s.text(left.text, this.col.x, this.col.y, left.font, size);
    if (right.text) {
      const w = this.s.measure(right.text, right.font, size);
      this.s.text(right.text, this.col.x + this.col.width - w, this.col.y, right.font, size, color);
    }
    this.col.y += size * 1.35;
  }

  bullet(text: string, font: FontName, size: number, glyph = "•") {
    const lines = this.wrap(text, font, size, this.col.width - 12);
    lines.forEach((line, i) => {
      this.room(size * 1.3);
      if (i === 0) this.s.text(glyph, this.col.x + 2, this.col.y, font, size);
      this.s.text(line, this.col.x + 12, this.col.y, font, size);
      this.col.y += size * 1.3;
    });
  }

  space(height: number) {
    this.col.y += height;
  }
}

export interface CanvasFonts {
  regular: FontName;
  bold: FontName;
  italic: FontName;
}

function contacts(view: View): string[] {
  const p = view.person;
  return [p.email, p.phone, p.location, p.linkedin, p.github, p.website].filter((x): x is string => Boolean(x));
}

const up = (view: View, text: string) => (view.upperHeadings ? text.toUpperCase() : text);

function skillLines(view: View): string[] {
  return view.person.skillGroups.map((g) => (g.label ? `${g.label}: ${g.skills.join(", ")}` : g.skills.join(", ")));
}

/** Single column: bold first part with dates flush right, second part below. */
export function plainTemplate(s: Surface, view: View, f: CanvasFonts, size = 10) {
  const p = view.person;
  const flow = new Flow(s, { x: 54, width: s.width - 108, y: TOP + 10, paged: true });
  flow.para(p.name, f.bold, size * 2.2, { gap: 2 });
  if (chance(view.r, 0.4)) flow.para(p.tagline, f.italic, size + 1);
  flow.para(contacts(view).join(pick(view.r, ["  |  ", "  ·  ", "   "])), f.regular, size - 0.5, { gap: 4 });
  plainBody(s, flow, view, f, size);
}

/** The sections of the plain template, from the summary on. */
function plainBody(s: Surface, flow: Flow, view: View, f: CanvasFonts, size: number) {
  const p = view.person;
  const heading = (text: string) => {
    flow.space(6);
    flow.para(up(view, text), f.bold, size + 2);
    s.line(flow.col.x, flow.col.y - size * 0.9, flow.col.x + flow.col.width, "#555555");
    flow.space(2);
  };
  if (view.showSummary) {
    heading(view.headings.summary);
    flow.para(p.summary, f.regular, size);
  }
  if (view.headings.experience) heading(view.headings.experience);
  else flow.space(8);
  for (const employer of view.employers) {
    if (employer.roles.length > 1) {
      flow.split({ text: employer.company, font: f.bold }, { text: employer.location ?? "", font: f.italic }, size);
      for (const role of employer.roles) {
        flow.split(
          { text: role.title, font: f.italic },
          { text: view.range(role.start, role.end), font: f.regular },
          size,
        );
        for (const b of role.bullets) flow.bullet(b, f.regular, size);
      }
    } else {
      const job = employer.roles[0];
      const [a, b] = view.roleFirst ? [job.title, job.company] : [job.company, job.title];
      flow.split({ text: a, font: f.bold }, { text: view.range(job.start, job.end), font: f.regular }, size);
      flow.split({ text: b, font: f.italic }, { text: job.location ?? "", font: f.italic }, size);
      for (const line of job.bullets) flow.bullet(line, f.regular, size);
    }
    flow.space(4);
  }
  if (p.schools.length) {
    heading(view.headings.education);
    for (const school of p.schools) {
      flow.split(
        { text: degreeText(view.r, school), font: f.bold },
        { text: view.range(school.start, school.end), font: f.regular },
        size,
      );
      flow.para(`${school.institution}${school.location ? `, ${school.location}` : ""}`, f.regular, size, { gap: 3 });
    }
  }
  heading(view.headings.skills);
  for (const line of skillLines(view)) flow.para(line, f.regular, size);
  if (p.certifications.length) {
    heading(view.headings.certifications);
    for (const c of p.certifications) flow.bullet(c, f.regular, size);
  }
}

/**
 * A tuning template (2026-12-07, late) of the class of a name set in a coloured band across
 * the page's top: the name in white, in capitals or letter-spaced some of the time, the
 * tagline beside or under it, contact in the band (right-aligned, or a row below the
 * name); then the plain template's sections. Written from set A's aggregate only (its
 * banner template reads no name), without opening any held-out template.
 */
export function mastheadTemplate(s: Surface, view: View, f: CanvasFonts, size = 9.5) {
  const p = view.person;
  const band = pick(view.r, ["#1f2a44", "#0d4d4d", "#3b1f44", "#222222"]);
  const caps = chance(view.r, 0.4);
  const spacing = pick(view.r, [0, 0, 1, 2.5]);
  const nameSize = size * pick(view.r, [2.2, 2.5, 2.8]);
  const name = caps ? p.name.toUpperCase() : p.name;
  const contactRight = chance(view.r, 0.5);
  const items = contacts(view);
  const height = contactRight ? Math.max(86, 30 + items.length * (size + 3)) : 96;
  s.rect(0, 0, s.width, height, band);
  const x = 48;
  const nameY = contactRight ? 28 : 22;
  s.text(name, x, nameY, f.bold, nameSize, "#ffffff", spacing);
  const nameWidth = s.measure(name, f.bold, nameSize, spacing);
  const taglineBeside =
    chance(view.r, 0.4) && x + nameWidth + 20 + s.measure(p.tagline, f.italic, size + 1) < s.width * 0.62;
  if (taglineBeside) s.text(p.tagline, x + nameWidth + 16, nameY + nameSize - size - 4, f.italic, size + 1, "#d8d8d8");
  else s.text(p.tagline, x, nameY + nameSize + 6, f.italic, size + 1, "#d8d8d8");
  if (contactRight) {
    items.forEach((item, i) => {
      const w = s.measure(item, f.regular, size - 0.5);
      s.text(item, s.width - 48 - w, 20 + i * (size + 3), f.regular, size - 0.5, "#ffffff");
    });
  } else {
    s.text(
      items.join(pick(view.r, ["   •   ", "  |  ", "    "])),
      x,
      height - size - 12,
      f.regular,
      size - 0.5,
      "#ffffff",
    );
  }
  const flow = new Flow(s, { x: 54, width: s.width - 108, y: height + 18, paged: true });
  plainBody(s, flow, view, f, size);
}

/** A shaded sidebar (contact, skills, education) beside the main column. */
export function sidebarTemplate(s: Surface, view: View, f: CanvasFonts, size = 9.5, side: "left" | "right" = "left") {
  const p = view.person;
  const sideWidth = 150;
  const sideX = side === "left" ? 0 : s.width - sideWidth - 24;
  const mainX = side === "left" ? sideWidth + 30 : 40;
  const mainWidth = s.width - sideWidth - 24 - 56;
  const paint = () => s.rect(sideX, 0, sideWidth + 24, s.height, "#eef1f5");
  paint();
  const bar = new Flow(s, { x: sideX + 16, width: sideWidth - 8, y: TOP + 10, paged: false });
  const main = new Flow(s, { x: mainX, width: mainWidth, y: TOP + 10, paged: true });
  const sideHeading = (text: string) => {
    bar.space(8);
    bar.para(up(view, text), f.bold, size + 0.5, { color: "#1f3a5f" });
  };
  sideHeading("Contact");
  for (const c of contacts(view)) bar.para(c, f.regular, size - 1);
  sideHeading(view.headings.skills);
  for (const g of p.skillGroups) {
    if (g.label) bar.para(g.label, f.bold, size - 1);
    for (const skill of g.skills) bar.para(skill, f.regular, size - 1);
  }
  if (p.certifications.length) {
    sideHeading(view.headings.certifications);
    for (const c of p.certifications) bar.para(c, f.regular, size - 1, { gap: 2 });
  }
  main.para(p.name, f.bold, size * 2.4, { gap: 2 });
  main.para(p.tagline, f.italic, size + 1, { gap: 4 });
  const heading = (text: string) => {
    main.space(7);
    main.para(up(view, text), f.bold, size + 2.5, { color: "#1f3a5f" });
  };
  if (view.showSummary) {
    heading(view.headings.summary);
    main.para(p.summary, f.regular, size);
  }
  if (view.headings.experience) heading(view.headings.experience);
  for (const employer of view.employers) {
    for (const job of employer.roles) {
      main.para(`${job.title}${view.sep}${job.company}`, f.bold, size);
      main.para(
        `${view.range(job.start, job.end)}${job.location ? `  |  ${job.location}` : ""}`,
        f.italic,
        size - 0.5,
        { color: "#555555" },
      );
      for (const b of job.bullets) main.bullet(b, f.regular, size);
      main.space(4);
    }
  }
  if (p.schools.length) {
    heading(view.headings.education);
    for (const school of p.schools) {
      main.para(school.institution, f.bold, size);
      main.split(
        { text: degreeText(view.r, school), font: f.regular },
        { text: view.range(school.start, school.end), font: f.italic },
        size,
      );
    }
  }
}

/** A dark banner with a letter-spaced name; dates in a left column beside each entry. */
export function bannerTemplate(s: Surface, view: View, f: CanvasFonts, size = 9.5) {
  const p = view.person;
  s.rect(0, 0, s.width, 92, "#1e293b");
  s.text(p.name.toUpperCase(), 48, 40, f.bold, size * 2.3, "#ffffff", 3);
  s.text(p.tagline, 48, 62, f.regular, size + 1, "#cbd5e1");
  const flow = new Flow(s, { x: 48, width: s.width - 96, y: 108, paged: true });
  flow.para(contacts(view).join("  ·  "), f.regular, size - 0.5, { gap: 4 });
  const dateCol = 96;
  const heading = (text: string) => {
    flow.space(8);
    flow.para(up(view, text), f.bold, size + 1.5, { color: "#b45309", spacing: 1 });
  };
  if (view.showSummary) {
    heading(view.headings.summary);
    flow.para(p.summary, f.regular, size);
  }
  if (view.headings.experience) heading(view.headings.experience);
  const entry = (dates: string, place: string | null, head: string, sub: string | null, bullets: string[]) => {
    const y = flow.col.y;
    s.text(dates, 48, y, f.regular, size - 1, "#555555");
    if (place) s.text(place, 48, y + size * 1.3, f.italic, size - 1.5, "#777777");
    const inner = new Flow(s, { x: 48 + dateCol, width: s.width - 96 - dateCol, y, paged: true });
    inner.para(head, f.bold, size);
    if (sub) inner.para(sub, f.italic, size);
    for (const b of bullets) inner.bullet(b, f.regular, size, "–");
    flow.col.y = Math.max(inner.col.y, y + size * 2.8) + 4;
  };
  for (const job of p.jobs) {
    const dates = view.range(job.start, job.end);
    if (view.roleFirst) entry(dates, job.location, `${job.title}${view.sep}${job.company}`, null, job.bullets);
    else entry(dates, job.location, job.company, job.title, job.bullets);
  }
  if (p.schools.length) {
    heading(view.headings.education);
    for (const school of p.schools)
      entry(view.range(school.start, school.end), null, degreeText(view.r, school), school.institution, []);
  }
  heading(view.headings.skills);
  for (const line of skillLines(view)) flow.para(line, f.regular, size);
  if (p.certifications.length) {
    heading(view.headings.certifications);
    for (const c of p.certifications) flow.para(c, f.regular, size);
  }
}

/** Monospace, everything flush left, dates on their own line, dashed underlines. */
export function typewriterTemplate(s: Surface, view: View, f: CanvasFonts, size = 9.5) {
  const p = view.person;
  const flow = new Flow(s, { x: 60, width: s.width - 120, y: TOP + 6, paged: true });
  flow.para(p.name, f.bold, size + 4);
  for (const c of contacts(view)) flow.para(c, f.regular, size);
  const heading = (text: string) => {
    flow.space(8);
    const label = up(view, text);
    flow.para(label, f.bold, size);
    flow.para("-".repeat(Math.max(8, [...label].length)), f.regular, size);
  };
  if (view.showSummary) {
    heading(view.headings.summary);
    flow.para(p.summary, f.regular, size);
  }
  if (view.headings.experience) heading(view.headings.experience);
  for (const employer of view.employers) {
    flow.para(`${employer.company}${employer.location ? `, ${employer.location}` : ""}`, f.bold, size);
    for (const role of employer.roles) {
      flow.para(role.title, f.regular, size);
      flow.para(view.range(role.start, role.end), f.regular, size);
      for (const b of role.bullets) flow.bullet(b, f.regular, size, "*");
    }
    flow.space(5);
  }
  if (p.schools.length) {
    heading(view.headings.education);
    for (const school of p.schools) {
      flow.para(school.institution, f.bold, size);
      flow.para(`${degreeText(view.r, school)}, ${view.range(school.start, school.end)}`, f.regular, size, { gap: 4 });
    }
  }
  heading(view.headings.skills);
  for (const line of skillLines(view)) flow.para(line, f.regular, size);
  if (p.certifications.length) {
    heading(view.headings.certifications);
    for (const c of p.certifications) flow.bullet(c, f.regular, size, "*");
  }
}

/** Two columns that run independently; headings drawn one letter at a time. */
export function columnsTemplate(s: Surface, view: View, f: CanvasFonts, size = 9) {
  const p = view.person;
  const leftWidth = 165;
  const left = new Flow(s, { x: 40, width: leftWidth, y: TOP + 70, paged: false });
  const right = new Flow(s, { x: 40 + leftWidth + 28, width: s.width - 80 - leftWidth - 28, y: TOP + 70, paged: true });
  s.text(p.name, 40, TOP + 14, f.bold, size * 2.6);
  s.text(p.tagline, 40, TOP + 36, f.regular, size + 1, "#555555");
  const spaced = (flow: Flow, text: string) => {
    flow.space(8);
    let x = flow.col.x;
    for (const char of up(view, text)) {
      s.text(char, x, flow.col.y, f.bold, size + 1, "#0f766e");
      x += s.measure(char, f.bold, size + 1) + 1.8;
    }
    flow.space((size + 1) * 1.5);
  };
  spaced(left, "Contact");
  for (const c of contacts(view)) left.para(c, f.regular, size - 0.5);
  if (p.schools.length) {
    spaced(left, view.headings.education);
    for (const school of p.schools) {
      left.para(degreeText(view.r, school), f.bold, size - 0.5);
      left.para(school.institution, f.regular, size - 0.5);
      left.para(view.range(school.start, school.end), f.italic, size - 0.5, { gap: 4 });
    }
  }
  spaced(left, view.headings.skills);
  left.para(p.skillGroups.flatMap((g) => g.skills).join(" • "), f.regular, size - 0.5);
  if (p.certifications.length) {
    spaced(left, view.headings.certifications);
    for (const c of p.certifications) left.para(c, f.regular, size - 0.5, { gap: 2 });
  }
  if (view.showSummary) {
    spaced(right, view.headings.summary);
    right.para(p.summary, f.regular, size);
  }
  if (view.headings.experience) spaced(right, view.headings.experience);
  for (const employer of view.employers) {
    for (const job of employer.roles) {
      right.para(job.title, f.bold, size + 0.5);
      right.para(
        `${job.company} · ${view.range(job.start, job.end)}${job.location ? ` · ${job.location}` : ""}`,
        f.regular,
        size,
        { color: "#444444" },
      );
      for (const b of job.bullets) right.bullet(b, f.regular, size);
      right.space(5);
    }
  }
}

/**
 * Held-out set B: a ledger. Headings in drawn small capitals (a larger first letter, the
 * rest smaller, drawn as separate runs); education before experience; the dates in a left
 * column; "Company — Title" on one line; the contact details only in a footer on every page.
 */
export function ledgerTemplate(s: Surface, view: View, f: CanvasFonts, size = 9.5) {
  const p = view.person;
  const footer = () => {
    const text = contacts(view).join("  |  ");
    const w = s.measure(text, f.regular, size - 1.5);
    s.line(54, s.height - 40, s.width - 54, "#999999");
    s.text(text, Math.max(54, (s.width - w) / 2), s.height - 34, f.regular, size - 1.5, "#444444");
  };
  footer();
  const dateCol = 92;
  const flow = new Flow(s, { x: 54, width: s.width - 108, y: TOP, paged: true }, () => newPage());
  flow.para(p.name, f.bold, size * 2.1, { gap: 1 });
  if (chance(view.r, 0.5)) flow.para(p.tagline, f.italic, size + 0.5, { gap: 2 });
  const heading = (text: string) => {
    flow.space(9);
    let x = flow.col.x;
    for (const word of text.split(" ")) {
      const [first, rest] = [word.slice(0, 1).toUpperCase(), word.slice(1).toUpperCase()];
      s.text(first, x, flow.col.y, f.regular, size + 3, "#7f1d1d");
      x += s.measure(first, f.regular, size + 3);
      s.text(rest, x, flow.col.y + 1.6, f.regular, size + 0.5, "#7f1d1d");
      x += s.measure(`${rest} `, f.regular, size + 0.5);
    }
    flow.space((size + 3) * 1.45);
  };
  let pages = 1;
  const newPage = () => {
    pages++;
    footer();
  };
  const entry = (dates: string, draw: (inner: Flow) => void) => {
    if (flow.col.y > s.height - BOTTOM - 60) {
      s.addPage();
      newPage();
      flow.col.y = TOP;
    }
    const y = flow.col.y;
    const before = pages;
    const inner = new Flow(s, { x: 54 + dateCol, width: s.width - 108 - dateCol, y, paged: true }, newPage);
    for (const line of inner.wrap(dates, f.regular, size - 1, dateCol - 10)) {
      s.text(line, 54, flow.col.y, f.regular, size - 1, "#555555");
      flow.col.y += (size - 1) * 1.3;
    }
    draw(inner);
    flow.col.y = (pages === before ? Math.max(inner.col.y, flow.col.y) : inner.col.y) + 5;
  };
  const headLine = (inner: Flow, bold: string, rest: string) => {
    const y = inner.col.y;
    s.text(bold, inner.col.x, y, f.bold, size);
    if (rest) s.text(rest, inner.col.x + s.measure(bold, f.bold, size), y, f.regular, size);
    inner.space(size * 1.35);
  };
  if (view.showSummary) {
    heading(view.headings.summary);
    flow.para(p.summary, f.regular, size);
  }
  if (p.schools.length) {
    heading(view.headings.education);
    for (const school of p.schools)
      entry(view.range(school.start, school.end), (inner) =>
        headLine(inner, school.institution, ` — ${degreeText(view.r, school)}`),
      );
  }
  if (view.headings.experience) heading(view.headings.experience);
  for (const employer of view.employers) {
    if (employer.roles.length > 1) {
      flow.para(`${employer.company}${employer.location ? `, ${employer.location}` : ""}`, f.bold, size + 0.5, {
        gap: 2,
      });
      for (const role of employer.roles)
        entry(view.range(role.start, role.end), (inner) => {
          inner.para(role.title, f.italic, size);
          for (const b of role.bullets) inner.bullet(b, f.regular, size);
        });
      continue;
    }
    const job = employer.roles[0];
    entry(view.range(job.start, job.end), (inner) => {
      headLine(inner, job.company, ` — ${job.title}`);
      if (job.location) inner.para(job.location, f.italic, size - 1, { color: "#666666" });
      for (const b of job.bullets) inner.bullet(b, f.regular, size);
    });
  }
  heading(view.headings.skills);
  for (const line of skillLines(view)) flow.para(line, f.regular, size);
  if (p.certifications.length) {
    heading(view.headings.certifications);
    for (const c of p.certifications) flow.bullet(c, f.regular, size);
  }
}

/**
 * Held-out set B: the name and contact details in a page header repeated on every page,
 * with "E:"/"T:" labels; shaded headings; education before experience; "Title, Company"
 * with the dates flush right; a footer line on every page.
 */
export function headerContactTemplate(s: Surface, view: View, f: CanvasFonts, size = 10) {
  const p = view.person;
  const labelled: [string, string | null][] = [
    ["E", p.email],
    ["T", p.phone],
    ["A", p.location],
    ["L", p.linkedin],
    ["G", p.github],
    ["W", p.website],
  ];
  const contactText = labelled
    .filter((item) => item[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join("   ");
  const pageFrame = () => {
    s.text(p.name, 60, 30, f.bold, size * 1.8, "#22543d");
    const lines = new Flow(s, { x: 60, width: s.width - 120, y: 0, paged: false }).wrap(
      contactText,
      f.regular,
      size - 1,
      s.width - 120,
    );
    lines.forEach((line, i) =>
      s.text(line, 60, 30 + size * 2.2 + i * (size - 1) * 1.3, f.regular, size - 1, "#333333"),
    );
    s.line(60, 30 + size * 2.2 + lines.length * (size - 1) * 1.3 + 2, s.width - 60, "#888888");
    const foot = "References available on request";
    s.text(foot, (s.width - s.measure(foot, f.italic, size - 2)) / 2, s.height - 36, f.italic, size - 2, "#777777");
  };
  pageFrame();
  const top = TOP + 48;
  const flow = new Flow(s, { x: 60, width: s.width - 120, y: top, paged: true, top }, pageFrame);
  const heading = (text: string) => {
    flow.space(8);
    s.rect(flow.col.x - 3, flow.col.y - 2, flow.col.width + 6, (size + 1) * 1.45, "#e7ecef");
    flow.para(view.upperHeadings ? text.toUpperCase() : text, f.bold, size + 1, { gap: 3 });
  };
  const titled = (bold: string, rest: string, right: string) => {
    flow.split({ text: bold, font: f.bold }, { text: right, font: f.regular }, size);
    s.text(rest, flow.col.x + s.measure(bold, f.bold, size), flow.col.y - size * 1.35, f.regular, size);
  };
  if (view.showSummary) {
    heading(view.headings.summary);
    flow.para(p.summary, f.regular, size);
  }
  if (p.schools.length) {
    heading(view.headings.education);
    for (const school of p.schools)
      titled(degreeText(view.r, school), `, ${school.institution}`, view.range(school.start, school.end));
  }
  if (view.headings.experience) heading(view.headings.experience);
  for (const job of p.jobs) {
    titled(job.title, `, ${job.company}`, view.range(job.start, job.end));
    if (job.location) flow.para(job.location, f.italic, size - 0.5, { color: "#666666" });
    for (const b of job.bullets) flow.bullet(b, f.regular, size);
    flow.space(3);
  }
  heading(view.headings.skills);
  for (const line of skillLines(view)) flow.para(line, f.regular, size);
  if (p.certifications.length) {
    heading(view.headings.certifications);
    for (const c of p.certifications) flow.bullet(c, f.regular, size);
  }
}
