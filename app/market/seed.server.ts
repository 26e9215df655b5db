// Imports the market data the project ships in prisma/data/market (see PROVENANCE.md
// there). Idempotent and quick on a seeded database: a file whose SHA-256 is already
// recorded on a stored source was imported before and is skipped.

import path from "node:path";
import { db } from "~/db.server";
import { importLoadedFile, loadMarketFile, type ImportFileOptions } from "./import.server";
import type { ImportKind } from "./importers";

/** Relative to the project root, where the app and its scripts run. */
export const SHIPPED_DATA_DIR = path.resolve("prisma/data/market");

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

export interface SeedReport {
  imported: { file: string; sources: string[]; figures: number }[];
  unchanged: string[];
}

/** Imports every shipped file not yet imported. A shipped file that fails to import is a
 *  bug in the project, so it throws. */
export async function seedMarketData(dataDir: string = SHIPPED_DATA_DIR): Promise<SeedReport> {
  const report: SeedReport = { imported: [], unchanged: [] };
  for (const { kind, file, options } of SHIPPED_MARKET_FILES) {
    const loaded = await loadMarketFile(kind, path.join(dataDir, file), options);
    if (!loaded.ok) throw new Error(`Shipped market file ${file}: ${loaded.error.message}`);
    const known = await db.marketSource.findFirst({
      where: { fileSha256: loaded.value.fileSha256 },
      select: { id: true },
    });
    if (known) {
      report.unchanged.push(file);
      continue;
    }
    const result = await importLoadedFile(loaded.value);
    if (!result.ok) throw new Error(`Shipped market file ${file}: ${result.error.message}`);
    report.imported.push({
      file,
      sources: result.summary.sources.map((s) => s.id),
      figures: result.summary.sources.reduce((sum, s) => sum + s.figures, 0),
    });
  }
  return report;
}
