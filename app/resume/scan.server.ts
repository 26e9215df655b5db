// The resume scanner's entry point: checks → extraction in a worker → report.
import { config } from "~/config.server";
import { ExtractionPool, type ExtractionPoolOptions } from "./extract.server.ts";
import { buildReport, type ReportOptions } from "./report.ts";
import type { ScanOutcome } from "./types.ts";
import { checkUpload, scanFailure } from "./upload.ts";

export { compareScans, comparisonSummary, type ScanComparison } from "./compare.ts";
export { JOB_DESCRIPTION_MAX_CHARS } from "./match.ts";
export { reportToText } from "./report-blocks.ts";
export { reportToJson } from "./report.ts";
export { RULESET_VERSION } from "./score.ts";
export type { ResumeReport, ScanFailureReason, ScanOutcome } from "./types.ts";
export { hasPdfMagic, RESUME_MAX_BYTES } from "./upload.ts";

export type ScanOptions = ReportOptions;

export interface ScanControl {
  /** The request's signal: a scan nobody waits for leaves the queue, or stops its worker. */
  signal?: AbortSignal;
}

export interface ResumeScanner {
  scan(bytes: Uint8Array, options?: ScanOptions, control?: ScanControl): Promise<ScanOutcome>;
  close(): Promise<void>;
}

/** A scanner with its own worker pool (size, time and memory limits from `options`). */
export function createResumeScanner(options: ExtractionPoolOptions = {}): ResumeScanner {
  const pool = new ExtractionPool(options);
  return {
    async scan(bytes, scanOptions = {}, control = {}) {
      const rejected = checkUpload(bytes);
      if (rejected) return rejected;
      const extraction = await pool.extract(bytes, { signal: control.signal });
      if (!extraction.ok) return scanFailure(extraction.reason);
      return { ok: true, report: buildReport(extraction.document, { ...scanOptions, fileBytes: bytes.byteLength }) };
    },
    close: () => pool.close(),
  };
}

let shared: ResumeScanner | null = null;

/** Scans with the process-wide scanner (two workers, default limits, the configured queue), started on first use. */
export function scanResumePdf(
  bytes: Uint8Array,
  options: ScanOptions = {},
  control: ScanControl = {},
): Promise<ScanOutcome> {
  shared ??= createResumeScanner({ maxQueued: config().resumeScans.queueMax });
  return shared.scan(bytes, options, control);
}
