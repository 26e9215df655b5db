// Checks on the uploaded bytes before any parser sees them, and the user-facing message
// for every way a scan can fail.
import type { ScanFailureReason, ScanOutcome } from "./types.ts";

export const RESUME_MAX_BYTES = 5 * 1024 * 1024;

// Acrobat accepts the header anywhere in the first 1024 bytes (PDF 1.7, annex H.3), and
// pdf.js does too, so a file with a few junk bytes first is still a PDF.
const MAGIC_WINDOW = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function hasPdfMagic(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, MAGIC_WINDOW) - PDF_MAGIC.length;
  for (let start = 0; start <= end; start++) {
    if (PDF_MAGIC.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

const MESSAGES: Record<ScanFailureReason, string> = {
  empty: "The file is empty. Choose your resume PDF and upload it again.",
  too_large: `The file is larger than ${RESUME_MAX_BYTES / 1024 / 1024} MB. Export the resume as a smaller PDF (without large images) and upload it again.`,
  not_pdf: "This file is not a PDF, whatever its name says. Save or export your resume as a PDF and upload that.",
  encrypted:
    "This PDF is protected with a password, so neither we nor an ATS can read it. Remove the password and upload again.",
  unreadable:
    "This PDF is damaged or built in a way PDF readers cannot parse, and an ATS would fail on it too. Export it again from your editor (File → Save as PDF) and upload the new file.",
  timeout:
    "This PDF took too long to read, which usually means it is damaged or unusually complex. Export it again from your editor and upload the new file.",
  busy: "The scanner is busy with other resumes right now. Nothing was saved or counted: send the form again in a moment.",
  aborted: "The upload was cancelled before the scan finished. Nothing was saved or counted.",
};

export function scanFailure(reason: ScanFailureReason): ScanOutcome & { ok: false } {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** The failure for bytes that must not reach the parser, or null when they may. */
export function checkUpload(bytes: Uint8Array): (ScanOutcome & { ok: false }) | null {
  if (bytes.length === 0) return scanFailure("empty");
  if (bytes.length > RESUME_MAX_BYTES) return scanFailure("too_large");
  if (!hasPdfMagic(bytes)) return scanFailure("not_pdf");
  return null;
}
