// Stack Overflow Developer Survey: US median yearly compensation and respondent count
// by developer type, as the survey's published results give them (medians only, no
// levels). Licensed ODbL 1.0 / DbCL 1.0, so every figure carries Stack Overflow's
// attribution and the licence notice. Developer types that are none of our roles
// ("Cloud infrastructure engineer") are kept too, without a role: skill evidence compares
// against them.

import {
  dollarsToCents,
  importFailure,
  NO_ROLE,
  type ImportResult,
  type MarketSourceRecord,
  type PayFigureRecord,
  type SkippedRow,
} from "../records";
import { roleForDevType } from "../roles";
import { MIN_SAMPLE_SIZE } from "../stats";
import { checkTable, parseNumberCell, readCsv } from "./table";

const REQUIRED_COLUMNS = ["survey_year", "country", "dev_type", "n_respondents", "median_yearly_comp_usd"] as const;

export function parseSoSurvey(bytes: Uint8Array): ImportResult {
  const read = readCsv(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  const invalid = checkTable(read.table, REQUIRED_COLUMNS);
  if (invalid) return { ok: false, error: invalid };
  const { rows } = read.table;

  const skipped: SkippedRow[] = [];
  const notes: string[] = [];
  const firstRowOf = new Map<string, { row: number; signature: string }>();
  const sources = new Map<string, { source: MarketSourceRecord; figures: PayFigureRecord[] }>();

  for (const { row, cells } of rows) {
    const year = cells.survey_year;
    if (!/^\d{4}$/.test(year)) {
      return importFailure("bad_value", `Row ${row}: survey_year "${year}" is not a year.`, row);
    }
    const n = parseNumberCell(cells.n_respondents);
    if (n === null || !Number.isInteger(n) || n <= 0) {
      return importFailure(
        "bad_value",
        `Row ${row}: n_respondents "${cells.n_respondents}" is not a positive whole number.`,
        row,
      );
    }
    const median = parseNumberCell(cells.median_yearly_comp_usd);
    if (median === null || Number.isNaN(median) || median <= 0) {
      return importFailure(
        "bad_value",
        `Row ${row}: median_yearly_comp_usd "${cells.median_yearly_comp_usd}" is not a positive amount.`,
        row,
      );
    }

    const devType = cells.dev_type;
    const key = `${year}|${cells.country}|${devType}`;
    const signature = `${n}|${median}`;
    const first = firstRowOf.get(key);
    if (first) {
      if (first.signature !== signature) {
        return importFailure(
          "conflicting_duplicate",
          `Row ${row}: "${devType}" for ${year} appears again with different values (first at row ${first.row}).`,
          row,
        );
      }
      skipped.push({ row, reason: `duplicate of row ${first.row}` });
      continue;
    }
    firstRowOf.set(key, { row, signature });

    if (cells.country !== "United States") {
      skipped.push({ row, reason: `country "${cells.country}" is outside the US figures we show` });
      continue;
    }
    const role = roleForDevType(devType) ?? NO_ROLE;
    if (n < MIN_SAMPLE_SIZE) {
      notes.push(`Dropped ${year} "${devType}": ${n} respondents is fewer than ${MIN_SAMPLE_SIZE}.`);
      continue;
    }

    const entry = sources.get(year) ?? { source: sourceRecord(year), figures: [] };
    entry.figures.push({
      roleSlug: role,
      occupationCode: devType,
      occupationName: devType,
      level: "all",
      sourceLevel: "",
      areaCode: "US",
      areaName: "United States",
      company: "",
      basis: "survey_median",
      p10: null,
      p25: null,
      p50: dollarsToCents(median),
      p75: null,
      p90: null,
      mean: null,
      sampleSize: n,
      employment: null,
      period: year,
      sample: null,
    });
    sources.set(year, entry);
  }

  return { ok: true, value: { sources: [...sources.values()], skipped, notes } };
}

function sourceRecord(year: string): MarketSourceRecord {
  const url = `https://survey.stackoverflow.co/${year}/`;
  return {
    id: `so-survey-${year}`,
    name: `Stack Overflow Developer Survey ${year}`,
    publisher: "Stack Overflow",
    url,
    licence: "Open Database License (ODbL) 1.0; contents under the Database Contents License (DbCL) 1.0",
    attribution: `Stack Overflow Developer Survey ${year} (${url}), © Stack Overflow, made available under the Open Database License (ODbL) 1.0: US median yearly total compensation by developer type.`,
    period: year,
    // The survey names a year only; its first day is used for ordering by date.
    asOf: `${year}-01-01`,
  };
}
