// Imports the market data the project ships in prisma/data/market (see PROVENANCE.md
// there). Idempotent and quick on a seeded database: a file whose SHA-256 is already
// recorded on a stored source was imported before and is skipped.

import path from "node:path";
import { db } from "~/db.server";
import { importLoadedFile, loadMarketFile } from "./import.server";
import { SHIPPED_MARKET_FILES } from "./shipped-files";

/** Relative to the project root, where the app and its scripts run. */
export const SHIPPED_DATA_DIR = path.resolve("prisma/data/market");

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
