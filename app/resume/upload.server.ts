// A resume upload over HTTP, from request body to saved document. Used by the scanner
// page's action (plain form post) and by the upload route its script posts to.
//
// The body is never held in memory past the limit: a declared Content-Length over it is
// refused before the body is read, and a body without one (chunked) is read as a stream
// that stops at the limit. Either way the rest is read and dropped, not kept. Uploaded
// PDFs are not kept either: only the report (with the text read from the PDF) is saved.
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { findOwnDocumentOfKind, saveDocument } from "~/documents/store.server";
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

// What is thrown away of a refused body (see discardRest), at most.
const DISCARD_MAX_BYTES = 4 * UPLOAD_MAX_BYTES;
const DISCARD_MAX_MS = 15_000;

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

export type UploadRefusal = { ok: false; status: 400 | 413 | 422; message: string; fields: ResumeFormFields | null };
export type UploadOutcome = { ok: true; documentId: string } | UploadRefusal;

class BodyTooLargeError extends Error {}

/**
 * Reads what is left of a refused body and drops it, in the background. A client is
 * usually still sending when the refusal goes out; most (Node's fetch among them) only
 * read the answer once they have sent everything, and a connection left with half an
 * upload in it cannot carry the next request. A body longer than the budget, or slower
 * than the time allowed, is cut off instead, which closes the connection.
 */
function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  const cutOff = () => void reader.cancel().catch(() => {});
  const timer = setTimeout(cutOff, DISCARD_MAX_MS);
  void (async () => {
    let dropped = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      dropped += value.byteLength;
      if (dropped > DISCARD_MAX_BYTES) return cutOff();
    }
  })()
    // The client went away: nothing left to drop.
    .catch(() => {})
    .finally(() => clearTimeout(timer));
}

/**
 * For an upload turned away before its body was read (signed out, not paid): drops the
 * body (see discardRest) and throws the refusal on. Use as `requireAccess(request).catch(…)`.
 */
export function dropUploadAndRethrow(request: Request) {
  return (refusal: unknown): never => {
    if (request.body && !request.bodyUsed) discardRest(request.body.getReader());
    throw refusal;
  };
}

/** A request body read through a byte limit: past it, reads fail with BodyTooLargeError. */
class LimitedBody {
  private received = 0;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly stream: ReadableStream<Uint8Array>;

  constructor(body: ReadableStream<Uint8Array>, maxBytes: number) {
    this.reader = body.getReader();
    // highWaterMark 0: nothing is read ahead of the parser, so discardRest starts where it stopped.
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

  discardRest(): void {
    discardRest(this.reader);
  }
}

type ParsedUpload = { ok: true; form: FormData } | UploadRefusal;

function refused(status: 400 | 413, message: string): UploadRefusal {
  return { ok: false, status, message, fields: null };
}

async function readMultipartForm(request: Request): Promise<ParsedUpload> {
  if (!request.body) return refused(400, MALFORMED);
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (declared > UPLOAD_MAX_BYTES) {
    discardRest(request.body.getReader());
    return refused(413, TOO_LARGE);
  }
  const body = new LimitedBody(request.body, UPLOAD_MAX_BYTES);
  const bounded = new Request(request.url, { method: request.method, headers: request.headers, body: body.stream, duplex: "half" } as RequestInit);
  try {
    const form = await unstable_parseMultipartFormData(bounded, unstable_createMemoryUploadHandler({ maxPartSize: RESUME_MAX_BYTES }));
    return { ok: true, form };
  } catch (error) {
    body.discardRest();
    if (error instanceof MaxPartSizeExceededError || error instanceof BodyTooLargeError) return refused(413, TOO_LARGE);
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

/**
 * Reads the upload, scans it and saves the report as the user's document. Refusals
 * (too large, not a PDF, encrypted…) come back as values with the HTTP status to answer.
 */
export async function scanAndSaveUpload(request: Request, userId: string): Promise<UploadOutcome> {
  const parsed = await readMultipartForm(request);
  if (!parsed.ok) return parsed;
  const fields = formFields(parsed.form);
  const file = parsed.form.get("resume");
  // No file chosen arrives as an empty part: the scanner's "empty" message covers it.
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const outcome = await scanResumePdf(bytes, { jobDescription: fields.jobDescription, targetRole: fields.targetRole });
  if (!outcome.ok) return { ok: false, status: outcome.reason === "too_large" ? 413 : 422, message: outcome.message, fields };

  const { report } = outcome;
  const { previousDocumentId, comparison } = await compareWithPrevious(userId, fields.previousDocumentId, report);
  const fileName = file instanceof File ? file.name.replace(/\p{Cc}/gu, "").slice(0, FILE_NAME_MAX_CHARS) : "";
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
