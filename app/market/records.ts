// What an importer hands to the database writer: plain data, no Prisma types, so the
// importers stay pure and the writer stays the only place that touches the database.

import type { PayFigureFields, SourceCredit } from "./types";
import type { RoleSlug } from "./roles";

/** One public data set (one publisher's table for one period). */
export interface MarketSourceRecord extends SourceCredit {
  /** Stable across re-imports of the same data set and period, e.g. "bls-oews-national-2024". */
  id: string;
  name: string;
}

/** The roleSlug of a figure for a source category that is none of our roles (a Stack
 *  Overflow developer type such as "Cloud infrastructure engineer"), kept as a reference
 *  point for skill evidence; no range or role page ever uses it. */
export const NO_ROLE = "";

/** One pay figure, as stored in PayFigure. */
export interface PayFigureRecord extends PayFigureFields {
  roleSlug: RoleSlug | typeof NO_ROLE;
  period: string;
  /** The distinct rows behind the percentiles, cents ascending; null for published summaries. */
  sample: number[] | null;
}

export interface SourceFigures {
  source: MarketSourceRecord;
  figures: PayFigureRecord[];
}

/** A row the importer did not use, and why. `row` is the file's line (header = 1) or,
 *  for JSON, the position in its list (first = 1). */
export interface SkippedRow {
  row: number;
  reason: string;
}

/** One file's worth of data. A file may hold several periods (one source each). */
export interface ParsedImport {
  sources: SourceFigures[];
  skipped: SkippedRow[];
  /** Facts about the import as a whole, e.g. cells dropped for a small sample. */
  notes: string[];
}

export type ImportErrorKind =
  | "empty_file"
  | "wrong_file_type"
  | "missing_columns"
  | "bad_value"
  | "unknown_occupation"
  | "conflicting_duplicate"
  | "missing_input";

/** An expected failure: the file cannot be imported as given. */
export interface ImportError {
  kind: ImportErrorKind;
  /** A sentence a user can act on; names the row when one row is at fault. */
  message: string;
  row?: number;
}

export type ImportResult = { ok: true; value: ParsedImport } | { ok: false; error: ImportError };

export function importFailure(kind: ImportErrorKind, message: string, row?: number): ImportResult {
  return { ok: false, error: row === undefined ? { kind, message } : { kind, message, row } };
}

/** Dollars (possibly fractional) to integer cents. */
export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/** How a file is imported beyond what it says itself. */
export interface ImportFileOptions {
  /** OFLC: path of areas.json; defaults to areas.json next to the wages file. */
  areasPath?: string;
  /** OFLC: the year the wage year starts. */
  wageYear?: number;
}
