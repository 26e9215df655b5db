// Salary survey rows from Foorilla's job boards (ai-jobs.net, devops-jobs.net), CC0.
// Each row is one self-reported salary. The files repeat rows, so identical rows are
// removed first; then we keep full-time USD salaries of US residents at US companies,
// map job titles to our roles, and summarise each year × role × level cell with its n.
// When the file name carries its date (aijobs_salaries_2025-01-19.csv), rows of a work
// year that had not ended by then are left out: a year's first weeks of reports are a
// small, early sample that would otherwise outrank the whole previous year as "newest".

import {
  dollarsToCents,
  importFailure,
  type ImportResult,
  type MarketSourceRecord,
  type PayFigureRecord,
  type SkippedRow,
} from "../records";
import { normaliseJobTitle, roleForJobTitle, type RoleSlug } from "../roles";
import { MIN_SAMPLE_SIZE, summarise } from "../stats";
import type { Level } from "../types";
import { checkTable, parseNumberCell, readCsv } from "./table";

const REQUIRED_COLUMNS = [
  "work_year",
  "experience_level",
  "employment_type",
  "job_title",
  "salary_currency",
  "salary_in_usd",
  "employee_residence",
  "company_location",
] as const;

/** The files' experience levels: entry, mid, senior, executive/director. */
const EXPERIENCE_LEVELS: Record<string, Level> = { EN: "early", MI: "mid", SE: "senior", EX: "staff" };

export type FoorillaDataset = "aijobs" | "devopsjobs";

const DATASETS: Record<FoorillaDataset, { name: string; publisher: string; url: string }> = {
  aijobs: {
    name: "ai-jobs.net salary survey",
    publisher: "ai-jobs.net (Foorilla)",
    url: "https://github.com/foorilla/ai-jobs-net-salaries",
  },
  devopsjobs: {
    name: "devops-jobs.net salary survey",
    publisher: "devops-jobs.net (Foorilla)",
    url: "https://github.com/foorilla/devops-jobs-net-salaries",
  },
};

interface Cell {
  year: string;
  role: RoleSlug;
  sourceLevel: string;
  salaries: number[];
  titles: Set<string>;
}

export function parseFoorillaSalaries(dataset: FoorillaDataset, bytes: Uint8Array, fileName = ""): ImportResult {
  const fileDate = /(\d{4})-\d{2}-\d{2}/.exec(fileName);
  const firstOpenYear = fileDate ? Number(fileDate[1]) : Number.POSITIVE_INFINITY;
  const read = readCsv(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  const invalid = checkTable(read.table, REQUIRED_COLUMNS);
  if (invalid) return { ok: false, error: invalid };
  const { header, rows } = read.table;

  const skipped: SkippedRow[] = [];
  const firstRowOf = new Map<string, number>();
  const cells = new Map<string, Cell>();

  for (const { row, cells: c } of rows) {
    const identity = header.map((h) => c[h]).join("\u0000");
    const first = firstRowOf.get(identity);
    if (first !== undefined) {
      skipped.push({ row, reason: `duplicate of row ${first}` });
      continue;
    }
    firstRowOf.set(identity, row);

    if (!/^\d{4}$/.test(c.work_year)) {
      return importFailure("bad_value", `Row ${row}: work_year "${c.work_year}" is not a year.`, row);
    }
    const level = EXPERIENCE_LEVELS[c.experience_level];
    if (!level) {
      return importFailure(
        "bad_value",
        `Row ${row}: experience_level "${c.experience_level}" is not one of EN, MI, SE, EX.`,
        row,
      );
    }
    const salary = parseNumberCell(c.salary_in_usd);
    if (salary === null || Number.isNaN(salary) || salary <= 0) {
      return importFailure(
        "bad_value",
        `Row ${row}: salary_in_usd "${c.salary_in_usd}" is not a positive amount.`,
        row,
      );
    }
    if (Number(c.work_year) >= firstOpenYear) {
      skipped.push({ row, reason: `work year ${c.work_year} had not ended on the file's date (${fileDate?.[0]})` });
      continue;
    }
    const inScope =
      c.employment_type === "FT" &&
      c.salary_currency === "USD" &&
      c.employee_residence === "US" &&
      c.company_location === "US";
    if (!inScope) {
      skipped.push({ row, reason: "not a full-time USD salary of a US resident at a US company" });
      continue;
    }
    const role = roleForJobTitle(c.job_title);
    if (!role) {
      skipped.push({ row, reason: `job title "${c.job_title}" is not mapped to one of our roles` });
      continue;
    }
    const key = `${c.work_year}|${role}|${c.experience_level}`;
    const cell = cells.get(key) ?? {
      year: c.work_year,
      role,
      sourceLevel: c.experience_level,
      salaries: [],
      titles: new Set<string>(),
    };
    cell.salaries.push(salary);
    cell.titles.add(normaliseJobTitle(c.job_title));
    cells.set(key, cell);
  }

  const sources = new Map<string, { source: MarketSourceRecord; figures: PayFigureRecord[] }>();
  const dropped: string[] = [];
  for (const cell of [...cells.values()].sort(byCellOrder)) {
    if (cell.salaries.length < MIN_SAMPLE_SIZE) {
      dropped.push(`${cell.year} ${cell.role} ${cell.sourceLevel} (n=${cell.salaries.length})`);
      continue;
    }
    const summary = summarise(cell.salaries);
    const period = cell.year;
    const entry = sources.get(period) ?? { source: sourceRecord(dataset, period), figures: [] };
    entry.figures.push({
      roleSlug: cell.role,
      occupationCode: "",
      occupationName: `Job titles: ${[...cell.titles].sort().join(", ")}`,
      level: EXPERIENCE_LEVELS[cell.sourceLevel],
      sourceLevel: cell.sourceLevel,
      areaCode: "US",
      areaName: "United States",
      company: "",
      basis: "observed",
      p10: dollarsToCents(summary.p10),
      p25: dollarsToCents(summary.p25),
      p50: dollarsToCents(summary.p50),
      p75: dollarsToCents(summary.p75),
      p90: dollarsToCents(summary.p90),
      mean: dollarsToCents(summary.mean),
      sampleSize: summary.n,
      employment: null,
      period,
      sample: cell.salaries.map(dollarsToCents).sort((a, b) => a - b),
    });
    sources.set(period, entry);
  }

  const notes =
    dropped.length > 0
      ? [
          `Dropped ${dropped.length} cell${dropped.length > 1 ? "s" : ""} with fewer than ${MIN_SAMPLE_SIZE} distinct rows: ${dropped.join("; ")}.`,
        ]
      : [];
  return { ok: true, value: { sources: [...sources.values()], skipped, notes } };
}

function byCellOrder(a: Cell, b: Cell): number {
  return a.year.localeCompare(b.year) || a.role.localeCompare(b.role) || a.sourceLevel.localeCompare(b.sourceLevel);
}

function sourceRecord(dataset: FoorillaDataset, year: string): MarketSourceRecord {
  const meta = DATASETS[dataset];
  return {
    id: `${dataset}-salaries-${year}`,
    name: `${meta.name}, ${year}`,
    publisher: meta.publisher,
    url: meta.url,
    licence: "CC0 1.0",
    attribution: `Source: ${meta.name} (CC0 1.0), ${year} salaries of US residents at US companies, full time; identical rows removed; percentiles computed by Career Recovery Toolkit.`,
    period: year,
    // The file names a year only; its first day is used for ordering by date.
    asOf: `${year}-01-01`,
  };
}
