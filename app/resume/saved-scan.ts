// A saved resume scan as stored in a document: the input (what was uploaded and typed;
// the PDF itself is not kept) and the output (the report, plus the comparison with the
// user's previous scan when they re-scanned a new version). Read by the upload code, to
// compare with a previous scan, and by the document view.
import type { ScanComparison } from "./compare.ts";
import type { ResumeReport } from "./types.ts";

export interface ResumeScanInput {
  fileName: string;
  fileBytes: number;
  /** As far as the match read it: a longer paste was trimmed. */
  jobDescription: string;
  targetRole: string;
  /** The user's own earlier scan this one is compared with. */
  previousDocumentId: string | null;
}

export type ResumeScanOutput = ResumeReport & { comparison: ScanComparison | null };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The report and comparison of a document's output; null when it is not a resume scan. */
export function readSavedScan(output: unknown): { report: ResumeReport; comparison: ScanComparison | null } | null {
  if (
    !isObject(output) ||
    typeof output.rulesetVersion !== "string" ||
    !isObject(output.score) ||
    !isObject(output.parsed)
  )
    return null;
  const { comparison, ...report } = output as unknown as ResumeScanOutput;
  return { report, comparison: isObject(comparison) ? comparison : null };
}

/** The parts of a scan's input the scanner page fills in again for a re-scan. */
export function readScanInput(
  input: unknown,
): Pick<ResumeScanInput, "jobDescription" | "targetRole" | "previousDocumentId"> {
  const saved = isObject(input) ? input : {};
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    jobDescription: text(saved.jobDescription),
    targetRole: text(saved.targetRole),
    previousDocumentId: typeof saved.previousDocumentId === "string" ? saved.previousDocumentId : null,
  };
}
