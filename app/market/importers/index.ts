// One entry point for every supported file format, chosen by the source kind the user
// names on the command line (npm run market:import -- <kind> <file>).

import type { ImportResult } from "../records";
import { parseBlsOews } from "./bls-oews";
import { parseFoorillaSalaries } from "./foorilla";
import { parseOflcWages } from "./oflc";
import { parseSoSurvey } from "./so-survey";

export const IMPORT_KINDS = {
  bls: "BLS OEWS national estimates (.xlsx or .csv)",
  oflc: "OFLC prevailing wage levels (wages_<SOC>.json, with areas.json and the wage year)",
  aijobs: "ai-jobs.net salaries CSV",
  devopsjobs: "devops-jobs.net salaries CSV",
  so: "Stack Overflow survey US medians by developer type (CSV)",
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

export function isImportKind(value: string): value is ImportKind {
  return Object.hasOwn(IMPORT_KINDS, value);
}

export interface MarketFile {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  /** OFLC only: areas.json of the same release. */
  areasBytes?: Uint8Array | null;
  /** OFLC only: the year the wage year starts (July). */
  wageYear?: number | null;
}

export async function parseMarketFile(file: MarketFile): Promise<ImportResult> {
  switch (file.kind) {
    case "bls":
      return parseBlsOews({ bytes: file.bytes, fileName: file.fileName });
    case "oflc":
      return parseOflcWages({
        wagesBytes: file.bytes,
        areasBytes: file.areasBytes ?? null,
        wageYear: file.wageYear ?? null,
      });
    case "aijobs":
    case "devopsjobs":
      return parseFoorillaSalaries(file.kind, file.bytes, file.fileName);
    case "so":
      return parseSoSurvey(file.bytes);
  }
}
