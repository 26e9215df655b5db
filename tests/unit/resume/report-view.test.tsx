import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildReport } from "~/resume/report";
import { reportToText } from "~/resume/report-blocks";
import { ResumeReport } from "~/resume/ui/ResumeReport";
import { literalDocument, literalPage } from "../../support/resume/literal-pdf.ts";
import { sampleReport } from "../../fixtures/resume/sample-report.ts";

const hostile = '<script>alert("x")</script> ![pixel](https://evil.example/p.png) <img src=x onerror=alert(1)>';

describe("the report view", () => {
  const report = sampleReport({
    bullets: [`Built ${hostile}`, "Responsible for the on-call rotation"],
    jobDescription: "Senior Engineer. Kubernetes, Go and Terraform.",
  });
  const html = renderToStaticMarkup(<ResumeReport report={report} />);

  it("renders resume text as text, never as HTML", () => {
    expect(html).not.toMatch(/<script|<img/iu);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  const headingsOf = (markup: string) =>
    [...markup.matchAll(/<h([2-4])[^>]*>(.*?)<\/h\1>/gu)].map(
      (match) => `h${match[1]} ${match[2].replace(/<[^>]+>/gu, "")}`,
    );

  it("is organised by headings, with the job match in the top heading when a job description was given", () => {
    const headings = headingsOf(html);
    expect(headings[0]).toBe(`h2 Job match: ${report.match?.score} out of 100`);
    expect(html).toContain(`ATS readability score</a> is <strong>${report.score.total} out of 100</strong>`);
    expect(headings).toEqual(
      expect.arrayContaining([
        "h3 ATS readability score: breakdown",
        "h3 Fixes",
        "h3 What the ATS sees",
        `h3 Job match: ${report.match?.score} out of 100`,
      ]),
    );
    const withoutJob = sampleReport({ bullets: ["Responsible for the on-call rotation"] });
    expect(headingsOf(renderToStaticMarkup(<ResumeReport report={withoutJob} />))[0]).toBe(
      `h2 ATS readability score: ${withoutJob.score.total} out of 100`,
    );
  });

  it("says “−1 point” and “−2 points”", () => {
    expect(html).toContain("−1 point<");
    expect(html).not.toContain("−1 points");
    expect(html).toMatch(/−[2-9] points</u);
  });

  it("lets the jobs and skills tables reflow into stacked rows on a phone", () => {
    for (const caption of ["Jobs as read", "Skills from the job description"]) {
      const table =
        html.match(new RegExp(`<table[^>]*>(?:(?!</table>)[\\s\\S])*${caption}[\\s\\S]*?</table>`, "u"))?.[0] ?? "";
      expect(table, caption).toMatch(/^<table class="block w-full[^"]* md:table"/u);
      expect(table).toMatch(/<thead class="hidden md:table-header-group"/u);
      expect(table).toMatch(/data-label=/u);
    }
  });

  it("gives every table a caption and scoped header cells", () => {
    const tables = html.match(/<table[\s\S]*?<\/table>/gu) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) {
      expect(table).toMatch(/<caption/u);
      expect(table).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/u);
    }
  });

  it("shows every deduction as a list item with what, where, why and how to fix", () => {
    const findings = report.score.items.flatMap((item) => item.findings);
    const items = html.match(/<li class="rounded border border-slate-200[\s\S]*?<\/li>/gu) ?? [];
    expect(items).toHaveLength(findings.length);
    const weak = items.find((item) => item.includes("Starts with"));
    expect(weak).toContain("Responsible for the on-call rotation");
    expect(weak).toContain("Why it matters");
    expect(weak).toContain("How to fix");
  });

  it("links a gap between jobs to the layoff writer", () => {
    expect(html).toMatch(/<a[^>]+href="\/toolkit\/layoff"/u);
  });

  it("shows per ATS what its vendor documents about this file, each warning with the vendor's page, without JavaScript", () => {
    const big = sampleReport({ fileBytes: 3_000_000 });
    const markup = renderToStaticMarkup(<ResumeReport report={big} />);
    expect(headingsOf(markup)).toContain(
      "h4 What Greenhouse, Lever, Workday and Taleo document about a file like this",
    );
    // Native disclosure, open where there is something to fix.
    expect(markup).toMatch(/<details open="">\s*<summary[^>]*>Greenhouse: 1 warning for this file<\/summary>/u);
    expect(markup).toMatch(/<summary[^>]*>Workday: no public documentation found<\/summary>/u);
    expect(markup).toContain(
      '<a href="https://support.greenhouse.io/hc/en-us/articles/200989175-Unsuccessful-Resume-Parse-" class="break-all text-sky-800 underline" rel="noreferrer">Greenhouse Support, “Unsuccessful resume parse”</a>',
    );
    expect(markup).toContain("(read December 7, 2026)");
  });

  it("says plainly when a PDF needs OCR", () => {
    const scanned = buildReport(literalDocument(literalPage([], 1, { imageCoverage: 1 })));
    const markup = renderToStaticMarkup(<ResumeReport report={scanned} />);
    expect(markup).toMatch(/role="alert"[^>]*>Needs OCR/u);
    expect(markup).toContain("ATS readability score: 0 out of 100");
  });
});

describe("a stored report", () => {
  it("survives a JSON round trip unchanged, so it can be saved and rendered later", () => {
    const report = sampleReport({ jobDescription: "Senior Engineer. Kubernetes, Go and Terraform." });
    const stored = JSON.parse(JSON.stringify(report));
    expect(stored).toEqual(report);
    expect(renderToStaticMarkup(<ResumeReport report={stored} />)).toBe(
      renderToStaticMarkup(<ResumeReport report={report} />),
    );
  });
});

describe("the plain-text report", () => {
  it("holds the score, each fix with its reasons, the parsed fields and the extracted text", () => {
    const report = sampleReport();
    const text = reportToText(report);
    expect(text).toMatch(new RegExp(`^Resume scan — score ${report.score.total}/100 \\(rules ats-rules-2\\)`, "u"));
    expect(text).toContain("- No phone number found (−2 points)");
    expect(text).toContain("  Where: Responsible for the on-call rotation");
    expect(text).toContain("Job: Senior Engineer — Stripe (2021-03 to present)");
    expect(text).toContain("Word it with the layoff-explanation writer: /toolkit/layoff");
    expect(text.endsWith(report.text)).toBe(true);
  });
});
