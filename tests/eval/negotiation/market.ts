// The shipped public market data, parsed in memory with the product's importers (no
// database), so the evaluation places each offer against the same figures the app uses.
import fs from "node:fs";
import path from "node:path";
import { parseMarketFile } from "~/market/importers";
import { NATIONAL_AREA } from "~/market/select";
import type { PayFigureView } from "~/market/types";

const DATA_DIR = path.resolve("prisma/data/market");

/** Kept in step with SHIPPED_MARKET_FILES in app/market/seed.server.ts (which needs the database module). */
const FILES = [
  { kind: "bls", file: "bls_oews/oews_national_tech_2020_2024.csv" },
  ...["15-1252", "15-2051", "11-3021"].map((soc) => ({ kind: "oflc" as const, file: `oflc_prevailing_wage/wages_${soc}.json`, wageYear: 2025 })),
  { kind: "aijobs", file: "foorilla/aijobs_salaries_2025-01-19_us_fulltime_roles.csv" },
  { kind: "devopsjobs", file: "foorilla/devopsjobs_salaries_2022-11-15.csv" },
  ...[2023, 2024, 2025].map((year) => ({ kind: "so" as const, file: `so_survey/so${year}_us_median_salary_by_devtype.csv` })),
] as const;

let cached: Promise<PayFigureView[]> | undefined;

async function load(): Promise<PayFigureView[]> {
  const figures: PayFigureView[] = [];
  for (const entry of FILES) {
    const filePath = path.join(DATA_DIR, entry.file);
    const bytes = new Uint8Array(fs.readFileSync(filePath));
    const areasBytes = entry.kind === "oflc" ? new Uint8Array(fs.readFileSync(path.join(path.dirname(filePath), "areas.json"))) : null;
    const wageYear = "wageYear" in entry ? entry.wageYear : null;
    const parsed = await parseMarketFile({ kind: entry.kind, bytes, fileName: path.basename(filePath), areasBytes, wageYear });
    if (!parsed.ok) throw new Error(`${entry.file}: ${parsed.error.message}`);
    for (const { source, figures: rows } of parsed.value.sources) {
      for (const row of rows) {
        figures.push({
          ...row,
          sourceId: source.id,
          sourceName: source.name,
          publisher: source.publisher,
          url: source.url,
          licence: source.licence,
          attribution: source.attribution,
          asOf: source.asOf,
          currency: "USD",
        });
      }
    }
  }
  return figures;
}

export function shippedFigures(): Promise<PayFigureView[]> {
  cached ??= load();
  return cached;
}

export function metrosOf(figures: readonly PayFigureView[]): { areaCode: string; areaName: string }[] {
  const metros = new Map<string, string>();
  for (const figure of figures) if (figure.areaCode !== NATIONAL_AREA.code) metros.set(figure.areaCode, figure.areaName);
  return [...metros].map(([areaCode, areaName]) => ({ areaCode, areaName })).sort((a, b) => a.areaName.localeCompare(b.areaName));
}
