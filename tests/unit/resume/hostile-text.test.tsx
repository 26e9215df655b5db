// Hostile text in an upload and in a job description: emoji with ZWJ sequences and skin
// tones, flags, combining marks, right-to-left scripts and direction overrides, soft
// hyphens and zero-width characters inside words, fullwidth letters, ligatures, control
// characters and lone surrogates. None of it may break the extraction's layers, the score,
// the match, the report view or its downloads, and decorations must not move the match.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { documentDocx } from "~/documents/docx.server";
import { documentPdf } from "~/documents/pdf.server";
import { atsSystemsView } from "~/resume/ats-systems";
import { matchJob } from "~/resume/match";
import { buildReport } from "~/resume/report";
import { reportBlocks, reportToText } from "~/resume/report-blocks";
import { findSkills } from "~/resume/skills";
import { ResumeReport } from "~/resume/ui/ResumeReport";
import { heading, literalDocument, literalPage, type LiteralRow } from "../../support/resume/literal-pdf.ts";

const HOSTILE_JOB = [
  "👩‍💻 Senior Backend Engineer 🇩🇪🇺🇦",
  "",
  "🚀 Go services talking gRPC 👍🏽",
  "- Kuber\u00ADnetes and Post\u200BgreSQL\u200D ☸️",
  "- \u202ETerraform\u202C for infra; Ｐｙｔｈｏｎ scripts; ﬁrebase is a plus",
  "- Rust 🦀, nice to have",
  "שלום — מהנדס backend · مرحبا بالعالم · Tiếng Việt: Nguyễn · e\u0301 a\u0308 \u0301",
  "Controls:\u0000\u0007\u001b[31m \ud800 lone surrogate",
  `Long line: ${"word ".repeat(400)}`,
].join("\n");

function resumeRows(decorate: boolean): (LiteralRow | string)[] {
  const emoji = (text: string, mark: string) => (decorate ? `${mark} ${text} ${mark}` : text);
  return [
    { runs: [{ text: decorate ? "Zoe\u0308 O’Brien 👩‍💻 محمد" : "Zoë O’Brien", size: 20, bold: true }] },
    {
      runs: [
        decorate ? "Zürich 🇨🇭 | zoe@example.com | +41 44 555 01 42" : "Zürich | zoe@example.com | +41 44 555 01 42",
      ],
    },
    heading(decorate ? "Experience 💼" : "Experience"),
    {
      runs: [
        { text: "Backend Engineer, Café Zürich GmbH", bold: true },
        { text: "Jan 2019 – Present", x: 470 },
      ],
    },
    { runs: [`• ${emoji("Built gRPC services in Go for 2M users, p99 under 40 ms", "🚀")}`] },
    { runs: [`• ${emoji("Ran PostgreSQL on Kubernetes with zero-downtime upgrades", "🐘")}`] },
    { runs: [`• ${emoji("Wrote a Go client for a Hebrew (עברית) and Arabic (العربية) search index", "👨‍👩‍👧")}`] },
    heading("Education"),
    {
      runs: [
        { text: "ETH Zürich", bold: true },
        { text: "2013 – 2017", x: 480 },
      ],
    },
    "BS in Computer Science",
    heading("Skills"),
    decorate
      ? "Go 🐹, PostgreSQL 🐘, Kubernetes ☸️, gRPC, Terraform 🏗️"
      : "Go, PostgreSQL, Kubernetes, gRPC, Terraform",
  ];
}

const report = (decorate: boolean) =>
  buildReport(literalDocument(literalPage(resumeRows(decorate))), { jobDescription: HOSTILE_JOB, fileBytes: 90_000 });

describe("hostile text in an upload and a job description", () => {
  const hostile = report(true);

  it("builds the report: a whole-number score, a match between 0 and 100, the emoji kept as text", () => {
    expect(Number.isInteger(hostile.score.total)).toBe(true);
    expect(hostile.score.total).toBeGreaterThanOrEqual(0);
    expect(hostile.score.total).toBeLessThanOrEqual(100);
    expect(hostile.match?.score).toBeGreaterThan(0);
    expect(hostile.match?.score).toBeLessThanOrEqual(100);
    expect(hostile.text).toContain("👨‍👩‍👧");
    expect(hostile.parsed.experience[0]?.bullets).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(hostile))).toEqual(hostile);
  });

  it("reads skills through soft hyphens, zero-width characters, direction marks, fullwidth letters and ligatures", () => {
    const names = findSkills(HOSTILE_JOB).map((hit) => hit.skill);
    expect(names).toEqual(
      expect.arrayContaining(["Go", "gRPC", "Kubernetes", "PostgreSQL", "Terraform", "Python", "Firebase", "Rust"]),
    );
    // Hits point into the text as given, so the report quotes what was written.
    const hit = findSkills("Run Kuber\u00ADnetes").find((entry) => entry.skill === "Kubernetes");
    expect(hit).toMatchObject({ index: 4, written: "Kuber\u00ADnetes" });
    expect(hostile.match?.matched).toEqual(expect.arrayContaining(["Go", "gRPC", "Kubernetes", "PostgreSQL"]));
    expect(hostile.match?.keywords.find((keyword) => keyword.keyword === "Rust")?.importance).toBe("preferred");
  });

  it("gives the same match with or without emoji decorations", () => {
    const plain = report(false);
    expect(hostile.match?.score).toBe(plain.match?.score);
    expect(hostile.match?.keywords.map((k) => [k.keyword, k.evidence])).toEqual(
      plain.match?.keywords.map((k) => [k.keyword, k.evidence]),
    );
    const parsedPlain = plain.parsed;
    const job = "Backend Engineer\n- Go, gRPC, PostgreSQL on Kubernetes";
    expect(matchJob(hostile.parsed, job).score).toBe(matchJob(parsedPlain, job).score);
  });

  it("renders the report view, its per-ATS section and its text, escaping everything", () => {
    const html = renderToStaticMarkup(<ResumeReport report={hostile} />);
    expect(html).toContain("👨‍👩‍👧");
    expect(html).not.toMatch(/<script/iu);
    expect(atsSystemsView(hostile)).toHaveLength(4);
    expect(reportToText(hostile)).toContain("Job match");
  });

  it("downloads as PDF and DOCX", async () => {
    const blocks = reportBlocks(hostile);
    const exportDoc = { title: "Resume scan 👩‍💻 Zoë", meta: ["Resume scan", "7 Dec 2026"], blocks };
    const pdf = await documentPdf(exportDoc);
    const docx = await documentDocx(exportDoc);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect(docx.byteLength).toBeGreaterThan(1000);
  });
});
