import { describe, expect, it } from "vitest";
import { atsSystemsView } from "~/resume/ats-systems";
import data from "~/resume/data/ats-systems.json";
import { buildReport } from "~/resume/report";
import { reportToText } from "~/resume/report-blocks";
import type { ResumeReport } from "~/resume/types";
import { sampleReport } from "../../fixtures/resume/sample-report.ts";
import { heading, literalDocument, literalPage } from "../../support/resume/literal-pdf.ts";

const system = (report: ResumeReport, id: string) => {
  const found = atsSystemsView(report).find((entry) => entry.id === id);
  if (!found) throw new Error(`no system ${id}`);
  return found;
};
const warningPoints = (report: ResumeReport, id: string) => system(report, id).warnings.map((w) => w.point);

const body = (name: string) => [
  heading("Experience"),
  {
    runs: [
      { text: "Senior Engineer, Stripe", bold: true },
      { text: "Mar 2021 – Present", x: 470 },
    ],
  },
  { runs: [`• ${name} led the ledger migration to Kubernetes, cutting deploys by 40%`] },
  heading("Education"),
  "BS in Computer Science, University of Texas at Austin, 2013 – 2017",
];

describe("what each ATS documents about this file", () => {
  it("covers Greenhouse, Lever, Workday and Taleo, each documented point citing the vendor's own page and date", () => {
    const views = atsSystemsView(sampleReport());
    expect(views.map((view) => view.name)).toEqual(["Greenhouse", "Lever", "Workday", "Oracle Taleo"]);
    const domains: Record<string, string> = {
      greenhouse: "support.greenhouse.io",
      lever: "help.lever.co",
      taleo: "docs.oracle.com",
    };
    for (const view of views) {
      for (const source of view.sources) {
        expect(new URL(source.url).hostname).toBe(domains[view.id]);
        expect(source.title.length).toBeGreaterThan(5);
        expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      }
    }
    // We found no public Workday documentation on any point: every point says so, none is guessed.
    const workday = views.find((view) => view.id === "workday");
    expect(workday?.sources).toEqual([]);
    expect(workday?.undocumented).toEqual(expect.arrayContaining(["Columns", "Tables", "File size", "Acronyms"]));
    expect(workday?.undocumentedNote).toMatch(/publishes nothing on these points that we could find/u);
    // No vendor documents how its search treats acronyms.
    for (const view of views) expect(view.undocumented).toContain("Acronyms");
    expect(Object.keys(data.sources).length).toBeGreaterThanOrEqual(4);
  });

  it("gives a plain one-column text file no warnings", () => {
    const report = sampleReport({ fileBytes: 80_000 });
    for (const view of atsSystemsView(report)) expect(view.warnings).toEqual([]);
    expect(system(report, "greenhouse").documented.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(["Columns", "Tables", "File size", "Headers and footers"]),
    );
  });

  it("does not call dates or places set in a side column (read on their own row) columns", () => {
    const report = sampleReport({ fileBytes: 80_000 });
    const datesAside: ResumeReport = { ...report, layout: { ...report.layout, pageKinds: ["aside", "single"] } };
    expect(warningPoints(datesAside, "greenhouse")).not.toContain("columns");
    const secondPageColumns: ResumeReport = {
      ...report,
      layout: { ...report.layout, multiColumn: true, pageKinds: ["aside", "columns"] },
    };
    expect(system(secondPageColumns, "greenhouse").warnings[0].text).toMatch(/^Page 2 is set in columns/u);
  });

  it("warns about columns and tables on the pages that have them, only for vendors that document it", () => {
    const report = sampleReport();
    const columns: ResumeReport = {
      ...report,
      layout: { ...report.layout, multiColumn: true, pageKinds: ["columns"] },
    };
    const greenhouse = system(columns, "greenhouse");
    expect(greenhouse.warnings[0]).toMatchObject({ point: "columns" });
    expect(greenhouse.warnings[0].text).toMatch(/^Page 1 is set in columns\. Greenhouse lists a columned layout/u);
    expect(greenhouse.warnings[0].source.url).toContain("Unsuccessful-Resume-Parse");
    expect(warningPoints(columns, "lever")).toEqual([]);
    expect(system(columns, "lever").undocumented).toContain("Columns");

    const table = buildReport(
      literalDocument(
        literalPage([
          "Jane Rivera",
          "jane@example.com",
          ...body("I"),
          heading("Skills"),
          ...["Go | Python | Rust", "AWS | GCP | Azure", "SQL | Kafka | Redis", "Docker | Helm | Argo"].map((row) => ({
            runs: row.split(" | ").map((text, index) => ({ text, x: 50 + index * 180 })),
          })),
        ]),
      ),
    );
    expect(table.ats?.tablePages).toEqual([1]);
    expect(warningPoints(table, "greenhouse")).toContain("tables");
  });

  it("checks the file's size against Greenhouse's parse limit and Taleo's default attachment limit", () => {
    const big = sampleReport({ fileBytes: 3_000_000 });
    const texts = (id: string) => system(big, id).warnings.map((warning) => warning.text);
    expect(texts("greenhouse")).toContain(
      "This file is 3 MB. Greenhouse does not parse resume files larger than 2.5 MB: it attaches the file but fills in none of your details.",
    );
    expect(texts("taleo")[0]).toMatch(/^This file is 3 MB, over Oracle Taleo's default attachment limit of 1 MB\./u);
    const medium = sampleReport({ fileBytes: 1_500_000 });
    expect(warningPoints(medium, "greenhouse")).not.toContain("file_size");
    expect(warningPoints(medium, "taleo")).toEqual(["file_size"]);
    expect(warningPoints(sampleReport({ fileBytes: 400_000 }), "taleo")).toEqual([]);
  });

  it("finds text repeated in the page margins (a Word header or footer) and contact details in it", () => {
    const running = { runs: ["Jane Rivera · jane@example.com · +1 512 555 0142"], y: 30 };
    const footer = (page: number) => ({ runs: [`Page ${page} of 2`], y: 770 });
    const report = buildReport(
      literalDocument(
        literalPage([running, ...body("I"), footer(1)], 1),
        literalPage([running, heading("Projects"), "Ledger: a double-entry ledger in Go", footer(2)], 2),
      ),
    );
    expect(report.ats?.marginLines).toEqual(["Jane Rivera · jane@example.com · +1 512 555 0142"]);
    expect(report.ats?.contactInMargin).toBe(true);
    const warnings = system(report, "greenhouse").warnings.filter((warning) => warning.point === "header_footer");
    expect(warnings.map((warning) => warning.text)).toEqual([
      expect.stringMatching(/^The same text sits in the top or bottom margin of every page \(“Jane Rivera/u),
      expect.stringMatching(/^Your contact details are in that repeated margin text\./u),
    ]);
    // A page number alone in the footer is not a running footer.
    expect(report.ats?.marginLines).not.toContain("Page 1 of 2");
  });

  it("warns about images on the page and about a scan, citing each vendor's own words", () => {
    const withImage = buildReport(
      literalDocument(literalPage(["Jane Rivera", "jane@example.com", ...body("I")], 1, { imageCoverage: 0.25 })),
    );
    expect(withImage.ats?.imagePages).toEqual([{ page: 1, share: 0.25 }]);
    expect(warningPoints(withImage, "greenhouse")).toContain("images");
    expect(warningPoints(withImage, "lever")).toEqual([]);

    const scanned = buildReport(literalDocument(literalPage([], 1, { imageCoverage: 1 })));
    expect(scanned.needsOcr).toBe(true);
    expect(system(scanned, "lever").warnings.map((warning) => warning.text)).toEqual([
      expect.stringMatching(/^This file is a scan: its text cannot be highlighted, which is Lever's own test/u),
    ]);
    expect(warningPoints(scanned, "greenhouse")).toContain("images");
  });

  it("names headings that are not a standard section, and words spelled out letter by letter", () => {
    const report = buildReport(
      literalDocument(
        literalPage([
          { runs: [{ text: "J A N E   R I V E R A", size: 20 }] },
          "jane@example.com",
          ...body("I"),
          heading("Where I Made Impact"),
          "Rebuilt the billing system",
        ]),
      ),
    );
    const texts = system(report, "greenhouse").warnings.map((warning) => warning.text);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Words written with spaces between their letters: “J A N E R I V E R A”/u),
    );
    if (report.parsed.sections.some((section) => section.kind === "other"))
      expect(texts).toContainEqual(expect.stringMatching(/^Headings we could not place as a standard section: “/u));
  });

  it("goes into the report's blocks (its text, PDF and DOCX downloads) with each warning's source", () => {
    const text = reportToText(sampleReport({ fileBytes: 3_000_000 }));
    expect(text).toContain("What Greenhouse, Lever, Workday and Taleo document about this file");
    expect(text).toContain(
      "• This file is 3 MB. Greenhouse does not parse resume files larger than 2.5 MB: it attaches the file but fills in none of your details. (Greenhouse Support, “Unsuccessful resume parse”, https://support.greenhouse.io/hc/en-us/articles/200989175-Unsuccessful-Resume-Parse-)",
    );
    expect(text).toMatch(/Workday: no public documentation found\n\s*Not documented: Columns, Tables/u);
  });

  it("works on a report saved before the file was measured: no size, image or margin claims", () => {
    const { ats: _measured, ...old } = sampleReport({ fileBytes: 3_000_000 });
    for (const view of atsSystemsView(old)) expect(view.warnings).toEqual([]);
  });
});
