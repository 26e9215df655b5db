// BLS Occupational Employment and Wage Statistics (OEWS), national estimates.
// Reads the official national_M<year>_dl.xlsx, its CSV export, and the tech-filtered
// CSV that keeps several years with a survey_period column. BLS publishes no levels and
// no sample sizes; TOT_EMP is its employment estimate. '*' = no estimate, '#' = at or
// above BLS's top code: both are stored as missing (the stored figure has no "at least"
// form), and the import notes count the top-coded cells.

// exceljs is loaded when an xlsx file is read, not at server start (it weighs ~27 MB).
import type ExcelJS from "exceljs";
import {
  dollarsToCents,
  importFailure,
  type ImportResult,
  type MarketSourceRecord,
  type PayFigureRecord,
  type SkippedRow,
  type SourceFigures,
} from "../records";
import { roleForSoc } from "../roles";
import { checkTable, finishTable, isZip, parseNumberCell, readCsv, type TableResult, type TableRow } from "./table";
import { MONTH_NAMES } from "~/format";

const WAGE_COLUMNS = ["A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "A_MEAN"] as const;
type WageColumn = (typeof WAGE_COLUMNS)[number];
const REQUIRED_COLUMNS = ["OCC_CODE", "OCC_TITLE", "TOT_EMP", ...WAGE_COLUMNS] as const;
const NATIONAL_AREA_CODE = "99";

export interface BlsInput {
  bytes: Uint8Array;
  /** Official files carry the period only in their name (national_M2024_dl.xlsx). */
  fileName: string;
}

export async function parseBlsOews(input: BlsInput): Promise<ImportResult> {
  const read = isZip(input.bytes)
    ? await readXlsx(input.bytes)
    : readCsv(input.bytes, "an OEWS .xlsx workbook or CSV file");
  if (!read.ok) return { ok: false, error: read.error };
  const { table } = read;

  // Older OEWS files spell the columns in lower case.
  const header = table.header.map((h) => h.trim().toUpperCase());
  const rows: TableRow[] = table.rows.map((r) => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k.trim().toUpperCase(), v])),
  }));
  const invalid = checkTable({ header, rows }, REQUIRED_COLUMNS);
  if (invalid) return { ok: false, error: invalid };

  const periodColumn = header.includes("SURVEY_PERIOD");
  const periodFromName = /_M(\d{4})_/i.exec(input.fileName)?.[1];
  if (!periodColumn && !periodFromName) {
    return importFailure(
      "missing_input",
      `Cannot tell the survey period of "${input.fileName}": official files are named like national_M2024_dl.xlsx, or add a survey_period column ("May 2024").`,
    );
  }

  const bySource = new Map<string, SourceFigures>();
  const firstRowOf = new Map<string, { row: number; signature: string }>();
  const skipped: SkippedRow[] = [];
  let topCoded = 0;

  for (const { row, cells } of rows) {
    if (header.includes("AREA") && cells.AREA.trim() !== NATIONAL_AREA_CODE) {
      return importFailure(
        "bad_value",
        `Row ${row}: area ${cells.AREA} (${cells.AREA_TITLE ?? "?"}) is not the national total (99); only national OEWS files are supported.`,
        row,
      );
    }
    const period = periodColumn ? cells.SURVEY_PERIOD.trim() : `May ${periodFromName}`;
    const periodMatch = /^([A-Z][a-z]+) (\d{4})$/.exec(period);
    const month = periodMatch ? (MONTH_NAMES as readonly string[]).indexOf(periodMatch[1]) + 1 : 0;
    if (!periodMatch || month === 0) {
      return importFailure(
        "bad_value",
        `Row ${row}: survey period "${period}" is not a month and year like "May 2024".`,
        row,
      );
    }

    const code = cells.OCC_CODE.trim();
    if (!/^\d{2}-\d{4}$/.test(code)) {
      return importFailure("bad_value", `Row ${row}: OCC_CODE "${code}" is not a SOC code (expected NN-NNNN).`, row);
    }
    const title = cells.OCC_TITLE.trim();
    const role = roleForSoc(code);
    if (!role) {
      skipped.push({ row, reason: `occupation "${code} ${title}" is not mapped to one of our roles` });
      continue;
    }

    const wages = {} as Record<WageColumn, number | null>;
    for (const column of WAGE_COLUMNS) {
      const cell = cells[column].trim();
      if (cell === "#") {
        topCoded += 1;
        wages[column] = null;
        continue;
      }
      const value = cell === "*" ? null : parseNumberCell(cell);
      if (value !== null && Number.isNaN(value)) {
        return importFailure(
          "bad_value",
          `Row ${row}, column ${column}: "${cell}" is not a wage (BLS uses '#' for top-coded and '*' for no estimate).`,
          row,
        );
      }
      wages[column] = value === null ? null : dollarsToCents(value);
    }
    const employmentCell = cells.TOT_EMP.trim();
    const employment = /^\*+$/.test(employmentCell) ? null : parseNumberCell(employmentCell);
    if (employment !== null && Number.isNaN(employment)) {
      return importFailure(
        "bad_value",
        `Row ${row}, column TOT_EMP: "${employmentCell}" is not an employment count.`,
        row,
      );
    }

    const key = `${period}|${code}`;
    const signature = JSON.stringify([title, employment, wages]);
    const first = firstRowOf.get(key);
    if (first) {
      if (first.signature !== signature) {
        return importFailure(
          "conflicting_duplicate",
          `Row ${row}: ${code} for ${period} appears again with different values (first at row ${first.row}).`,
          row,
        );
      }
      skipped.push({ row, reason: `duplicate of row ${first.row}` });
      continue;
    }
    firstRowOf.set(key, { row, signature });

    if (WAGE_COLUMNS.every((c) => wages[c] === null)) {
      skipped.push({ row, reason: `no wage estimates published for "${code}"` });
      continue;
    }

    const year = periodMatch[2];
    const source = sourceFor(period, year, month, bySource);
    source.figures.push({
      roleSlug: role,
      occupationCode: code,
      occupationName: title,
      level: "all",
      sourceLevel: "",
      areaCode: "US",
      areaName: "United States",
      company: "",
      basis: "observed",
      p10: wages.A_PCT10,
      p25: wages.A_PCT25,
      p50: wages.A_MEDIAN,
      p75: wages.A_PCT75,
      p90: wages.A_PCT90,
      mean: wages.A_MEAN,
      sampleSize: null,
      employment,
      period,
      sample: null,
    } satisfies PayFigureRecord);
  }

  const notes =
    topCoded > 0
      ? [
          `${topCoded} wage cell${topCoded > 1 ? "s were" : " was"} top-coded by BLS ('#', at or above its top code) and stored as missing.`,
        ]
      : [];
  return { ok: true, value: { sources: [...bySource.values()], skipped, notes } };
}

function sourceFor(period: string, year: string, month: number, bySource: Map<string, SourceFigures>): SourceFigures {
  const existing = bySource.get(period);
  if (existing) return existing;
  const source: MarketSourceRecord = {
    id: `bls-oews-national-${period.toLowerCase().replace(" ", "-")}`,
    name: `BLS Occupational Employment and Wage Statistics, national, ${period}`,
    publisher: "U.S. Bureau of Labor Statistics",
    url: "https://www.bls.gov/oes/tables.htm",
    licence: "Public domain (U.S. Government work)",
    attribution: `Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${period}.`,
    period,
    asOf: `${year}-${String(month).padStart(2, "0")}-01`,
  };
  const created = { source, figures: [] };
  bySource.set(period, created);
  return created;
}

/** The first sheet whose first row has an OCC_CODE column, as a table of text cells. */
async function readXlsx(bytes: Uint8Array): Promise<TableResult> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { kind: "wrong_file_type", message: `The file could not be read as an .xlsx workbook (${reason}).` },
    };
  }
  for (const sheet of workbook.worksheets) {
    const header = rowTexts(sheet.getRow(1), sheet.columnCount);
    if (!header.some((h) => h.trim().toUpperCase() === "OCC_CODE")) continue;
    const rows: TableRow[] = [];
    sheet.eachRow((sheetRow, number) => {
      if (number === 1) return;
      const texts = rowTexts(sheetRow, header.length);
      if (texts.every((t) => t.trim() === "")) return;
      rows.push({ row: number, cells: Object.fromEntries(header.map((h, i) => [h, texts[i]])), width: header.length });
    });
    return finishTable(header, rows);
  }
  return {
    ok: false,
    error: { kind: "missing_columns", message: "No sheet in the workbook has an OCC_CODE column in its first row." },
  };
}

function rowTexts(row: ExcelJS.Row, width: number): string[] {
  return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}
