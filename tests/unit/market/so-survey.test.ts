import { describe, expect, it } from "vitest";
import { parseSoSurvey } from "~/market/importers/so-survey";
import type { ImportResult, ParsedImport } from "~/market/records";
import { csv, shippedFile, text } from "../../fixtures/market/files";

const HEADER = ["survey_year", "country", "dev_type", "n_respondents", "median_yearly_comp_usd"];

function parsed(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

describe("Stack Overflow survey importer on the shipped files", () => {
  it("reads 2024 US medians by developer type with their respondent counts", () => {
    const value = parsed(parseSoSurvey(shippedFile("so_survey/so2024_us_median_salary_by_devtype.csv")));
    const [{ source, figures }] = value.sources;
    expect(source.id).toBe("so-survey-2024");
    expect(source.attribution).toContain("Open Database License (ODbL) 1.0");
    const byRole = Object.fromEntries(figures.map((f) => [`${f.roleSlug} ${f.occupationCode}`, [f.p50, f.sampleSize]]));
    expect(byRole["full-stack-engineer Developer, full-stack"]).toEqual([13_000_000, 1736]);
    expect(byRole["backend-engineer Developer, back-end"]).toEqual([17_000_000, 776]);
    expect(byRole["sre-devops-engineer Engineer, site reliability"]).toEqual([16_650_000, 44]);
    expect(figures.every((f) => f.basis === "survey_median" && f.level === "all" && f.p25 === null)).toBe(true);
  });

  it("maps the 2023 and 2025 wording of data engineers to the same role", () => {
    const roleOf = (file: string, devType: string) =>
      parsed(parseSoSurvey(shippedFile(file))).sources[0].figures.find((f) => f.occupationCode === devType)?.roleSlug;
    expect(roleOf("so_survey/so2023_us_median_salary_by_devtype.csv", "Engineer, data")).toBe("data-engineer");
    expect(roleOf("so_survey/so2025_us_median_salary_by_devtype.csv", "Data engineer")).toBe("data-engineer");
  });
});

describe("Stack Overflow survey importer on malformed samples", () => {
  it("drops developer types with fewer than 30 respondents and keeps other types without a role", () => {
    const value = parsed(
      parseSoSurvey(
        csv(HEADER, [
          [2026, "United States", '"Developer, back-end"', 29, 180000],
          [2026, "United States", "Cloud infrastructure engineer", 80, 190000],
        ]),
      ),
    );
    expect(value.notes[0]).toContain("29 respondents");
    expect(value.sources[0].figures).toEqual([
      expect.objectContaining({
        roleSlug: "",
        occupationCode: "Cloud infrastructure engineer",
        p50: 19_000_000,
        sampleSize: 80,
      }),
    ]);
    expect(value.skipped).toEqual([]);
  });

  it("drops an exact duplicate and refuses a conflicting one, naming the row", () => {
    const line = [2026, "United States", '"Developer, back-end"', 500, 180000];
    expect(parsed(parseSoSurvey(csv(HEADER, [line, line]))).skipped).toEqual([
      { row: 3, reason: "duplicate of row 2" },
    ]);
    const conflict = parseSoSurvey(csv(HEADER, [line, [2026, "United States", '"Developer, back-end"', 500, 190000]]));
    expect(conflict).toMatchObject({ ok: false, error: { kind: "conflicting_duplicate", row: 3 } });
  });

  it("names the row whose median is not a number", () => {
    const result = parseSoSurvey(csv(HEADER, [[2026, "United States", "Engineering manager", 100, "about 200k"]]));
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 2 } });
  });

  it("refuses a file without the respondent count and an empty file", () => {
    const result = parseSoSurvey(
      csv(
        HEADER.filter((h) => h !== "n_respondents"),
        [[2026, "United States", "Engineering manager", 200000]],
      ),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: "missing_columns" } });
    expect(parseSoSurvey(text(""))).toMatchObject({ ok: false, error: { kind: "empty_file" } });
  });
});
