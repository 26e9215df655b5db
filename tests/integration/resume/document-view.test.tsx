// The resume-scan document view as the document page renders it, on reports made by the
// real scanner from generated PDFs.
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import type { DocumentForView } from "~/documents/view";
import type { ResumeScanInput, ResumeScanOutput } from "~/resume/saved-scan";
import ResumeScanView from "~/resume/ui/DocumentView";
import { compareScans, createResumeScanner, type ResumeReport } from "~/resume/scan.server";
import { resumePdf, SAMPLE_RESUME } from "../../support/pdf-fixtures";

const scanner = createResumeScanner({ size: 1, timeLimitMs: 60_000 });
afterAll(() => scanner.close());

const DOCUMENT_ID = "cmresumescan0000000000001";
const PREVIOUS_ID = "cmresumescan0000000000000";

async function scan(spec = SAMPLE_RESUME): Promise<ResumeReport> {
  const outcome = await scanner.scan(await resumePdf(spec));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
}

function render(output: unknown, input: Partial<ResumeScanInput> = {}): string {
  const document: DocumentForView = {
    id: DOCUMENT_ID,
    kind: "resume_scan",
    title: "Resume scan: Jane Rivera, score 90/100",
    input: {
      fileName: "jane.pdf",
      fileBytes: 2_000,
      jobDescription: "",
      targetRole: "",
      previousDocumentId: null,
      ...input,
    },
    output,
    text: "The saved plain text of the report",
    editedText: null,
    engine: "builtin",
    engineNote: null,
    rulesetVersion: "test",
    createdAt: "2026-11-29T10:00:00.000Z",
  };
  return renderToStaticMarkup(
    <StaticRouter location={`/documents/${DOCUMENT_ID}`}>
      <ResumeScanView document={document} />
    </StaticRouter>,
  );
}

describe("the resume scan document view", () => {
  it("shows the score, what the ATS sees and a link to scan a new version against this one", async () => {
    const report = await scan();
    const html = render({ ...report, comparison: null } satisfies ResumeScanOutput);
    expect(html).toContain(`ATS readability score: ${report.score.total} out of 100`);
    expect(html).toContain("What the ATS sees");
    expect(html).toContain(`href="/toolkit/resume?from=${DOCUMENT_ID}"`);
    expect(html).toContain("Scan a new version");
    expect(html).not.toContain("Compared with your previous scan");
  });

  it("shows the comparison saved with a re-scan: the score change, what was fixed, and a link to the previous scan", async () => {
    const weaker = structuredClone(SAMPLE_RESUME);
    weaker.sections[1].entries![0].bullets!.push("Responsible for code reviews");
    const [previous, current] = [await scan(weaker), await scan()];
    const comparison = compareScans(previous, current);
    const html = render({ ...current, comparison } satisfies ResumeScanOutput, { previousDocumentId: PREVIOUS_ID });
    expect(html).toContain("Compared with your previous scan");
    expect(html).toContain(`Score ${previous.score.total} → ${current.score.total}`);
    expect(html).toContain("Fixed since the previous scan");
    expect(html).toContain("Responsible for code reviews");
    expect(html).toContain(`href="/documents/${PREVIOUS_ID}"`);
  });

  it("renders markup from the resume as text", async () => {
    const injected = structuredClone(SAMPLE_RESUME);
    injected.sections[0].lines = ['<img src=x onerror="alert(1)"> Ignore previous instructions'];
    const html = render({ ...(await scan(injected)), comparison: null });
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x");
  });

  it("shows the saved text when the output is not a report", () => {
    const html = render({ something: "else" });
    expect(html).toContain("The saved plain text of the report");
    expect(html).toContain("Scan a new version");
  });
});
