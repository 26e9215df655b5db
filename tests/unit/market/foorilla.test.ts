import { beforeAll, describe, expect, it } from "vitest";
import { parseFoorillaSalaries } from "~/market/importers/foorilla";
import type { ImportResult, ParsedImport } from "~/market/records";
import { MIN_SAMPLE_SIZE } from "~/market/stats";
import { csv, PDF_BYTES, shippedFile, text } from "../../fixtures/market/files";

const HEADER = [
  "work_year",
  "experience_level",
  "employment_type",
  "job_title",
  "salary",
  "salary_currency",
  "salary_in_usd",
  "employee_residence",
  "remote_ratio",
  "company_location",
  "company_size",
];

/** A US full-time USD row. */
function row(year: number, level: string, title: string, usd: number, overrides: Partial<Record<string, string>> = {}) {
  const base: Record<string, string | number> = {
    work_year: year,
    experience_level: level,
    employment_type: "FT",
    job_title: title,
    salary: usd,
    salary_currency: "USD",
    salary_in_usd: usd,
    employee_residence: "US",
    remote_ratio: 0,
    company_location: "US",
    company_size: "M",
    ...overrides,
  };
  return HEADER.map((h) => String(base[h]));
}

/** n distinct salaries 100,000, 101,000, … */
function rows(n: number, level = "SE", title = "Backend Engineer", year = 2024) {
  return Array.from({ length: n }, (_, i) => row(year, level, title, 100_000 + i * 1000));
}

function parsed(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

describe("aijobs / devops-jobs importer on the shipped files", () => {
  let aijobs: ParsedImport;
  beforeAll(() => {
    aijobs = parsed(
      parseFoorillaSalaries(
        "aijobs",
        shippedFile("foorilla/aijobs_salaries_2025-01-19_us_fulltime_roles.csv"),
        "aijobs_salaries_2025-01-19_us_fulltime_roles.csv",
      ),
    );
  });

  it("de-duplicates the aijobs rows before computing 2024 senior software engineer pay", () => {
    const value = aijobs;
    expect(value.skipped.filter((s) => s.reason.startsWith("duplicate of row"))).toHaveLength(21_660);
    const source = value.sources.find((s) => s.source.id === "aijobs-salaries-2024");
    const swe = source?.figures.find((f) => f.roleSlug === "software-engineer" && f.level === "senior");
    // Checked independently (Python, same rows, same percentile definition).
    expect(swe).toMatchObject({
      sourceLevel: "SE",
      sampleSize: 1238,
      p10: 11_298_500,
      p25: 14_252_500,
      p50: 18_465_000,
      p75: 23_780_000,
      p90: 29_779_000,
      basis: "observed",
      areaCode: "US",
      occupationName: "Job titles: software developer, software development engineer, software engineer",
    });
  });

  it("publishes only cells with at least 30 distinct rows and lists the dropped ones", () => {
    const value = aijobs;
    const all = value.sources.flatMap((s) => s.figures);
    expect(all.every((f) => (f.sampleSize ?? 0) >= MIN_SAMPLE_SIZE)).toBe(true);
    expect(value.notes.join(" ")).toContain("2024 backend-engineer MI (n=22)");
  });

  it("leaves out 2025, which had barely begun on the file's date, so it cannot outrank 2024", () => {
    expect(aijobs.sources.map((s) => s.source.id)).toEqual([
      "aijobs-salaries-2022",
      "aijobs-salaries-2023",
      "aijobs-salaries-2024",
    ]);
    expect(
      aijobs.skipped.some((s) => s.reason === "work year 2025 had not ended on the file's date (2025-01-19)"),
    ).toBe(true);
  });

  it("reads the devops-jobs file into SRE/DevOps figures for 2021", () => {
    const value = parsed(
      parseFoorillaSalaries(
        "devopsjobs",
        shippedFile("foorilla/devopsjobs_salaries_2022-11-15.csv"),
        "devopsjobs_salaries_2022-11-15.csv",
      ),
    );
    expect(value.sources.map((s) => s.source.id)).toEqual(["devopsjobs-salaries-2021"]);
    expect(value.sources[0].figures.map((f) => [f.roleSlug, f.level, f.sampleSize])).toEqual([
      ["sre-devops-engineer", "mid", 46],
      ["sre-devops-engineer", "senior", 65],
    ]);
  });
});

describe("aijobs / devops-jobs importer rules on small samples", () => {
  it("keeps a cell of exactly 30 distinct salaries and computes its percentiles", () => {
    const value = parsed(parseFoorillaSalaries("aijobs", csv(HEADER, rows(30))));
    const [figure] = value.sources[0].figures;
    expect(figure).toMatchObject({
      roleSlug: "backend-engineer",
      level: "senior",
      sampleSize: 30,
      p50: 11_450_000,
      p10: 10_290_000,
    });
    // The rows behind the percentiles are kept, in cents, ascending, for bootstrap intervals.
    expect(figure.sample).toHaveLength(30);
    expect(figure.sample?.slice(0, 3)).toEqual([10_000_000, 10_100_000, 10_200_000]);
    expect(figure.sample?.every((v, i, all) => i === 0 || all[i - 1] <= v)).toBe(true);
  });

  it("keeps every work year when the file name carries no date", () => {
    const value = parsed(
      parseFoorillaSalaries("aijobs", csv(HEADER, rows(30, "SE", "Backend Engineer", 2030)), "salaries.csv"),
    );
    expect(value.sources.map((s) => s.source.id)).toEqual(["aijobs-salaries-2030"]);
  });

  it("drops a cell of 29, even when duplicates would have made it 30", () => {
    const sample = rows(29);
    const value = parsed(parseFoorillaSalaries("aijobs", csv(HEADER, [...sample, sample[0]])));
    expect(value.sources).toEqual([]);
    expect(value.skipped).toContainEqual({ row: 31, reason: "duplicate of row 2" });
    expect(value.notes[0]).toContain("2024 backend-engineer SE (n=29)");
  });

  it("maps EN/MI/SE/EX to early/mid/senior/staff and titles with seniority words to the role", () => {
    const sample = [
      ...rows(30, "EN"),
      ...rows(30, "MI"),
      ...rows(30, "SE", "Senior Back-End Developer"),
      ...rows(30, "EX"),
    ];
    const value = parsed(parseFoorillaSalaries("aijobs", csv(HEADER, sample)));
    expect(value.sources[0].figures.map((f) => [f.sourceLevel, f.level])).toEqual([
      ["EN", "early"],
      ["EX", "staff"],
      ["MI", "mid"],
      ["SE", "senior"],
    ]);
  });

  it("leaves out salaries outside the US full-time USD scope and titles we do not map", () => {
    const sample = [
      row(2024, "SE", "Backend Engineer", 90_000, { employee_residence: "DE" }),
      row(2024, "SE", "Backend Engineer", 90_000, { employment_type: "PT" }),
      row(2024, "SE", "Prompt Engineer", 90_000),
    ];
    const value = parsed(parseFoorillaSalaries("aijobs", csv(HEADER, sample)));
    expect(value.skipped.map((s) => s.row)).toEqual([2, 3, 4]);
    expect(value.skipped[2].reason).toBe('job title "Prompt Engineer" is not mapped to one of our roles');
  });

  it("names the row with an unknown experience level or a salary that is not a number", () => {
    const badLevel = parseFoorillaSalaries("aijobs", csv(HEADER, [...rows(2), row(2024, "XX", "Backend Engineer", 1)]));
    expect(badLevel).toMatchObject({ ok: false, error: { kind: "bad_value", row: 4 } });
    const badSalary = parseFoorillaSalaries(
      "aijobs",
      csv(HEADER, [row(2024, "SE", "Backend Engineer", 1, { salary_in_usd: "lots" })]),
    );
    expect(badSalary).toMatchObject({ ok: false, error: { kind: "bad_value", row: 2 } });
    if (!badSalary.ok) expect(badSalary.error.message).toContain('salary_in_usd "lots"');
  });

  it("refuses missing columns, an empty file and a binary file", () => {
    const noUsd = parseFoorillaSalaries(
      "aijobs",
      csv(
        HEADER.filter((h) => h !== "salary_in_usd"),
        [rows(1)[0].slice(0, 10)],
      ),
    );
    expect(noUsd).toMatchObject({ ok: false, error: { kind: "missing_columns" } });
    expect(parseFoorillaSalaries("aijobs", text("\n\n"))).toMatchObject({ ok: false, error: { kind: "empty_file" } });
    expect(parseFoorillaSalaries("devopsjobs", PDF_BYTES)).toMatchObject({
      ok: false,
      error: { kind: "wrong_file_type" },
    });
  });
});
