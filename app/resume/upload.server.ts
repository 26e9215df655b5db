// A resume upload over HTTP, from request body to saved document. Used by the scanner
// page's action (plain form post) and by the upload route its script posts to.
//
// The body is never held in memory past the limit: a declared Content-Length over it is
// refused before the body is read, and a body without one (chunked) is read as a stream
// that stops at the limit. Either way the rest is left to the server, which drops it once
// the answer is out (server/remix-adapter.ts). Uploaded PDFs are not kept either: only the
// report (with the text read from the PDF) is saved.
import { releaseAttempt, takeDailyUse } from "~/auth/throttle.server";
import { config } from "~/config.server";
import { findOwnDocumentOfKind, saveDocument } from "~/documents/store.server";
import { cleanTitle } from "~/documents/title";
import { readSavedScan, type ResumeScanInput, type ResumeScanOutput } from "./saved-scan";
import {
  comparisonSummary,
  compareScans,
  JOB_DESCRIPTION_MAX_CHARS,
  reportToText,
  type ResumeReport,
  RESUME_MAX_BYTES,
  scanResumePdf,
} from "./scan.server";
import { scanFailure } from "./upload.ts";

// Room for the form's other fields and the multipart framing. A pasted job description
// longer than the match reads (JOB_DESCRIPTION_MAX_CHARS) is still accepted and trimmed
// with a notice, up to about half a megabyte.
const FORM_FIELDS_ALLOWANCE_BYTES = 512 * 1024;
export const UPLOAD_MAX_BYTES = RESUME_MAX_BYTES + FORM_FIELDS_ALLOWANCE_BYTES;

const TARGET_ROLE_MAX_CHARS = 200;
const FILE_NAME_MAX_CHARS = 100;

const TOO_LARGE = scanFailure("too_large").message;
const MALFORMED = "The upload could not be read. Choose your resume PDF and send the form again.";

/** What the person typed, given back with a refusal so they need not type it again. */
export interface ResumeFormFields {
  jobDescription: string;
  targetRole: string;
  previousDocumentId: string;
}

export type UploadRefusal = {
  ok: false;
  status: 400 | 413 | 415 | 422 | 429 | 503;
  message: string;
  fields: ResumeFormFields | null;
  /** For 429 and 503: when to send it again. */
  retryAfterSeconds?: number;
};
export type UploadOutcome = { ok: true; documentId: string } | UploadRefusal;

class BodyTooLargeError extends Error {}

/** A request body read through a byte limit: past it, reads fail with BodyTooLargeError. */
class LimitedBody {
  private received = 0;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly stream: ReadableStream<Uint8Array>;

  constructor(body: ReadableStream<Uint8Array>, maxBytes: number) {
    this.reader = body.getReader();
    // highWaterMark 0: nothing is read ahead of the parser past the limit.
    this.stream = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          const { done, value } = await this.reader.read();
          if (done) return controller.close();
          this.received += value.byteLength;
          if (this.received > maxBytes) return controller.error(new BodyTooLargeError());
          controller.enqueue(value);
        },
      },
      { highWaterMark: 0 },
    );
  }

  /** Reads no more of it: the server drops the rest once the refusal is sent. */
  stopReading(): void {
    void this.reader.cancel().catch(() => {});
  }
}

type ParsedUpload = { ok: true; form: FormData } | UploadRefusal;

function refused(status: 400 | 413 | 415, message: string): UploadRefusal {
  return { ok: false, status, message, fields: null };
}

async function readMultipartForm(request: Request): Promise<ParsedUpload> {
  if (!request.body) return refused(400, MALFORMED);
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (declared > UPLOAD_MAX_BYTES) {
    void request.body.cancel().catch(() => {});
    return refused(413, TOO_LARGE);
  }
  // JSON, text/plain, no Content-Type: not the upload form (415, as every form route answers).
  if (!/^multipart\/form-data\b/i.test(request.headers.get("Content-Type") ?? "")) {
    void request.body.cancel().catch(() => {});
    return refused(415, MALFORMED);
  }
  const body = new LimitedBody(request.body, UPLOAD_MAX_BYTES);
  const bounded = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body.stream,
    duplex: "half",
  } as RequestInit);
  try {
    // The platform's parser (undici's, WHATWG's rules), which reads file names as browsers
    // send them: `=`, `;` and quotes (as %22) inside the quoted name are part of it. The
    // body is held in memory, at most UPLOAD_MAX_BYTES (LimitedBody).
    const form = await bounded.formData();
    const file = form.get("resume");
    if (file instanceof File && file.size > RESUME_MAX_BYTES) return refused(413, TOO_LARGE);
    return { ok: true, form };
  } catch (error) {
    body.stopReading();
    if (error instanceof BodyTooLargeError) return refused(413, TOO_LARGE);
    // Not multipart, mangled, or cut off because the browser went away: the client's to fix.
    return refused(400, MALFORMED);
  }
}

function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function formFields(form: FormData): ResumeFormFields {
  return {
    jobDescription: textField(form, "jobDescription"),
    targetRole: textField(form, "targetRole").trim().slice(0, TARGET_ROLE_MAX_CHARS),
    previousDocumentId: textField(form, "previousDocumentId").trim(),
  };
}

/** One of the user's own resume scans; null for any other id (someone else's, another tool's, malformed). */
export async function findOwnResumeScan(userId: string, documentId: string) {
  return findOwnDocumentOfKind(userId, documentId, "resume_scan");
}

/** The report's name for the document: the candidate's name when the scan found it, and the job when it was matched to one. */
export function documentTitle(report: ResumeReport, fileName: string): string {
  const who = report.parsed.contact.fullName ?? (fileName || "your resume");
  const ats = `ATS score ${report.score.total}/${report.score.max}`;
  if (!report.match) return `Resume scan: ${who}, ${ats}`;
  const job = report.match.jobTitle ? ` for ${report.match.jobTitle.slice(0, 80)}` : " against a job description";
  return `Job match${job}: ${who}, ${report.match.score}/100 (${ats})`;
}

/** The comparison with the user's own earlier scan named by the form; any other id is ignored. */
async function compareWithPrevious(userId: string, previousDocumentId: string, report: ResumeReport) {
  const previous = previousDocumentId ? await findOwnResumeScan(userId, previousDocumentId) : null;
  const previousReport = previous ? readSavedScan(previous.output)?.report : undefined;
  if (!previous || !previousReport) return { previousDocumentId: null, comparison: null };
  return { previousDocumentId: previous.id, comparison: compareScans(previousReport, report) };
}

// A scan in the worker pool takes up to its time limit; a refused upload may come back after about that.
const SCAN_RETRY_SECONDS = 10;

// Users with a scan running in this process: one each, so that one person sending many
// pathological PDFs cannot fill the pool everyone shares.
const scanning = new Set<string>();

/**
 * Reads the upload, scans it and saves the report as the user's document. Refusals
 * (too large, not a PDF, encrypted, a scan already running, over the daily quota, the
 * scanner's queue full…) come back as values with the HTTP status to answer. A request
 * whose client went away (`clientGone`) before the report was saved saves nothing and is
 * not counted.
 */
export async function scanAndSaveUpload(
  request: Request,
  userId: string,
  clientGone: AbortSignal,
): Promise<UploadOutcome> {
  if (scanning.has(userId)) {
    // Its body is left unread: the server drops it once this answer is sent.
    const message = "Your previous resume is still being scanned. Wait for it to finish, then send this one.";
    return { ok: false, status: 429, message, fields: null, retryAfterSeconds: SCAN_RETRY_SECONDS };
  }
  scanning.add(userId);
  try {
    return await scanAndSave(request, userId, clientGone);
  } finally {
    scanning.delete(userId);
  }
}

async function scanAndSave(request: Request, userId: string, clientGone: AbortSignal): Promise<UploadOutcome> {
  const parsed = await readMultipartForm(request);
  if (!parsed.ok) return parsed;
  const fields = formFields(parsed.form);
  const file = parsed.form.get("resume");
  // No file chosen arrives as an empty part: the scanner's "empty" message covers it.
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();

  const { perUserDaily } = config().resumeScans;
  const quota = await takeDailyUse(`scan:user:${userId}`, perUserDaily);
  if (!quota.allowed) {
    const message = `You have scanned ${perUserDaily} resumes today, the daily limit. You can scan again tomorrow (UTC).`;
    return { ok: false, status: 429, message, fields, retryAfterSeconds: quota.retryAfterSeconds };
  }
  const outcome = await scanResumePdf(
    bytes,
    { jobDescription: fields.jobDescription, targetRole: fields.targetRole },
    { signal: clientGone },
  );
  // Nobody is waiting for the answer, or the scan never ran: not saved, not counted.
  if (clientGone.aborted || (!outcome.ok && (outcome.reason === "busy" || outcome.reason === "aborted"))) {
    await releaseAttempt(quota.key);
    const busy = !outcome.ok && outcome.reason === "busy" && !clientGone.aborted;
    return {
      ok: false,
      status: busy ? 503 : 400,
      message: scanFailure(busy ? "busy" : "aborted").message,
      fields,
      retryAfterSeconds: SCAN_RETRY_SECONDS,
    };
  }
  if (!outcome.ok)
    return { ok: false, status: outcome.reason === "too_large" ? 413 : 422, message: outcome.message, fields };

  const { report } = outcome;
  const { previousDocumentId, comparison } = await compareWithPrevious(userId, fields.previousDocumentId, report);
  // Shown in the report and the title: one clean line, as any title (see cleanTitle).
  const fileName = file instanceof File ? Array.from(cleanTitle(file.name)).slice(0, FILE_NAME_MAX_CHARS).join("") : "";
  const input: ResumeScanInput = {
    fileName,
    fileBytes: bytes.length,
    // No more than the match reads: the rest of an over-long paste was dropped (the report says so).
    jobDescription: fields.jobDescription.slice(0, JOB_DESCRIPTION_MAX_CHARS),
    targetRole: fields.targetRole,
    previousDocumentId,
  };
  const output: ResumeScanOutput = { ...report, comparison };
  const saved = await saveDocument({
    userId,
    kind: "resume_scan",
    title: documentTitle(report, fileName),
    input,
    output,
    text: [...(comparison ? [comparisonSummary(comparison), ""] : []), reportToText(report)].join("\n"),
    engine: "builtin",
    rulesetVersion: report.rulesetVersion,
  });
  return { ok: true, documentId: saved.id };
}
