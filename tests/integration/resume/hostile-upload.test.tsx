// A real PDF (made by our own exporter, with its embedded Unicode font) holding hostile
// text — emoji ZWJ sequences, flags, skin tones, combining marks, Hebrew and Arabic —
// goes through the real extraction worker: the scan succeeds, the
// text comes back, the match reads the skills and the report renders.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { textToBlocks } from "~/documents/export-blocks";
import { documentPdf } from "~/documents/pdf.server";
import { createResumeScanner } from "~/resume/scan.server";
import { ResumeReport } from "~/resume/ui/ResumeReport";

const RESUME = [
  "Zoë O’Brien 👩‍💻",
  "Zürich 🇨🇭 · zoe@example.com · +41 44 555 01 42",
  "",
  "Experience",
  "Backend Engineer, Café Zürich GmbH — Jan 2019 – Present",
  "- 🚀 Built gRPC services in Go for 2M users 👍🏽, p99 under 40 ms",
  "- Ran PostgreSQL on Kubernetes with zero-downtime upgrades for Se\u0301bastien's team",
  "- Wrote a Go client for a Hebrew (עברית) and Arabic (العربية) search index 👨‍👩‍👧",
  "",
  "Education",
  "BS Computer Science, ETH Zürich — 2013 – 2017",
  "",
  "Skills",
  "Go, PostgreSQL, Kubernetes, gRPC, Terraform 🏗️",
].join("\n");

const JOB = "👩‍💻 Senior Backend Engineer 🇩🇪\n- Go and gRPC 🚀\n- PostgreSQL on Kubernetes ☸️\n- Rust 🦀 is a plus";

const scanner = createResumeScanner();
afterAll(() => scanner.close());

describe("a real PDF with hostile text", () => {
  it("extracts, scores, matches and renders", async () => {
    const pdf = await documentPdf({ title: "Résumé 👩‍💻", meta: [], blocks: textToBlocks(RESUME) });
    const outcome = await scanner.scan(pdf, { jobDescription: JOB });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report.text).toContain("Zürich");
    expect(report.text).toContain("עברית");
    expect(report.text).toContain("👨‍👩‍👧");
    expect(Number.isInteger(report.score.total)).toBe(true);
    expect(report.match?.matched).toEqual(expect.arrayContaining(["Go", "gRPC", "PostgreSQL", "Kubernetes"]));
    expect(report.match?.missing).toContain("Rust");
    expect(report.ats?.fileBytes).toBe(pdf.byteLength);
    const html = renderToStaticMarkup(<ResumeReport report={report} />);
    expect(html).toContain("What the ATS sees");
  });
});
