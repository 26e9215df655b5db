// Turning uploaded bytes into a header + rows table, with the checks every tabular
// importer needs: empty file, binary file where text was expected, missing columns.

import { parse } from "csv-parse/sync";
import type { ImportError } from "../records";

export interface TableRow {
  /** The row's line in the file (the header is line 1) or its sheet row number. */
  row: number;
  cells: Record<string, string>;
  /** How many cells the row had, to report rows that do not match the header. */
  width: number;
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

export type TableResult = { ok: true; table: Table } | { ok: false; error: ImportError };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

/** Names what a binary file most likely is, for "wrong file type" messages. */
function describeBinary(bytes: Uint8Array): string | null {
  if (isZip(bytes)) return "a ZIP archive (an .xlsx workbook is one)";
  if (startsWith(bytes, PDF_MAGIC)) return "a PDF document";
  if (bytes.subarray(0, 4096).includes(0)) return "a binary file";
  return null;
}

/** UTF-8 text of a file that must be text, or the reason it is not usable. */
export function decodeText(
  bytes: Uint8Array,
  expected: string,
): { ok: true; text: string } | { ok: false; error: ImportError } {
  const binary = describeBinary(bytes);
  if (binary) {
    return {
      ok: false,
      error: { kind: "wrong_file_type", message: `Expected ${expected}, but the file is ${binary}.` },
    };
  }
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    return { ok: false, error: { kind: "empty_file", message: `The file is empty; expected ${expected}.` } };
  }
  return { ok: true, text };
}

/** Parses CSV text whose first line is the header. */
export function readCsv(bytes: Uint8Array, expected = "a CSV file"): TableResult {
  const decoded = decodeText(bytes, expected);
  if (!decoded.ok) return decoded;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } objects; its types do not say so.
    // Rows of the wrong width are reported by checkTable, after the header is checked,
    // so a file of another kind gets "missing columns" rather than a parser message.
    records = parse(decoded.text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        kind: "bad_value",
        message: `Line ${line ?? "?"}: not valid CSV (${reason}).`,
        ...(line ? { row: line } : {}),
      },
    };
  }
  const [head, ...body] = records;
  const header = head.record;
  const rows = body.map(({ record, info }) => ({
    row: info.lines,
    cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ""])),
    width: record.length,
  }));
  return finishTable(header, rows);
}

/** Shared end of every table reader: a header alone is an empty file. */
export function finishTable(header: string[], rows: TableRow[]): TableResult {
  if (rows.length === 0) {
    return { ok: false, error: { kind: "empty_file", message: "The file has a header but no data rows." } };
  }
  return { ok: true, table: { header, rows } };
}

/** An error naming every required column the header lacks, else the first row whose
 *  number of cells differs from the header's; null when the table is well formed. */
export function checkTable({ header, rows }: Table, required: readonly string[]): ImportError | null {
  const present = new Set(header);
  const missing = required.filter((c) => !present.has(c));
  if (missing.length > 0) {
    const found = header.join(", ");
    return {
      kind: "missing_columns",
      message: `Missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (found: ${found.length > 200 ? `${found.slice(0, 200)}…` : found}).`,
    };
  }
  const ragged = rows.find((r) => r.width !== header.length);
  if (ragged) {
    return {
      kind: "bad_value",
      message: `Row ${ragged.row}: ${ragged.width} cells where the header has ${header.length}.`,
      row: ragged.row,
    };
  }
  return null;
}

/** A cell's number, allowing thousands separators; null when blank; NaN when not a number. */
export function parseNumberCell(cell: string): number | null {
  const trimmed = cell.trim().replace(/,/g, "");
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
