// The market data files the project ships in prisma/data/market (see PROVENANCE.md there),
// in import order. Pure, so tests and evaluations can parse the same files without the
// database; seed.server.ts imports them.
import type { ImportKind } from "./importers";
import type { ImportFileOptions } from "./records";

/** The wage year of the shipped OFLC files: July 2025 – June 2026. */
const SHIPPED_OFLC_WAGE_YEAR = 2025;

export const SHIPPED_MARKET_FILES: { kind: ImportKind; file: string; options?: ImportFileOptions }[] = [
  { kind: "bls", file: "bls_oews/oews_national_tech_2020_2024.csv" },
  ...["15-1252", "15-2051", "11-3021"].map((soc) => ({
    kind: "oflc" as const,
    file: `oflc_prevailing_wage/wages_${soc}.json`,
    options: { wageYear: SHIPPED_OFLC_WAGE_YEAR },
  })),
  { kind: "aijobs", file: "foorilla/aijobs_salaries_2025-01-19_us_fulltime_roles.csv" },
  { kind: "devopsjobs", file: "foorilla/devopsjobs_salaries_2022-11-15.csv" },
  ...[2023, 2024, 2025].map((year) => ({
    kind: "so" as const,
    file: `so_survey/so${year}_us_median_salary_by_devtype.csv`,
  })),
];
