// DOL OFLC prevailing wage levels: one JSON file per SOC code with hourly Level I–IV
// wages per area, plus areas.json naming the areas. The levels are legal minimums for
// visa filings (about the 17th, 34th, 50th and 67th percentiles of local OEWS pay), not
// observed pay, so every figure has basis "wage_floor" and carries its value in p50.

import { z } from "zod";
import { dollarsToCents, importFailure, type ImportResult, type PayFigureRecord, type SkippedRow } from "../records";
import { SOC_OCCUPATIONS } from "../roles";
import type { Level } from "../types";
import { decodeText } from "./table";

/** OFLC converts hourly wages to annual ones at 2080 hours (52 weeks × 40 hours). */
const HOURS_PER_YEAR = 2080;

const OFLC_LEVELS: { key: "l1" | "l2" | "l3" | "l4"; sourceLevel: string; level: Level }[] = [
  { key: "l1", sourceLevel: "Level I", level: "early" },
  { key: "l2", sourceLevel: "Level II", level: "mid" },
  { key: "l3", sourceLevel: "Level III", level: "senior" },
  { key: "l4", sourceLevel: "Level IV", level: "staff" },
];

const hourlyWage = z.number().positive();
const wageEntrySchema = z.object({
  area_id: z.string(),
  l1: hourlyWage,
  l2: hourlyWage,
  l3: hourlyWage,
  l4: hourlyWage,
});
const wagesFileSchema = z.object({ soc: z.string(), wages: z.array(z.unknown()) });
const areasFileSchema = z.array(z.object({ id: z.string(), name: z.string() }));

export interface OflcInput {
  wagesBytes: Uint8Array;
  /** areas.json from the same release. */
  areasBytes: Uint8Array | null;
  /** The calendar year in which the wage year starts (OFLC wage years run 1 July – 30 June). */
  wageYear: number | null;
}

export function parseOflcWages(input: OflcInput): ImportResult {
  if (input.wageYear === null) {
    return importFailure(
      "missing_input",
      "OFLC wage files do not name their wage year: give it (e.g. 2025 for July 2025 – June 2026).",
    );
  }
  if (!input.areasBytes) {
    return importFailure("missing_input", "OFLC wage files need areas.json (the area names) from the same release.");
  }
  const wagesJson = parseJson(input.wagesBytes, "the OFLC wages file");
  if (!wagesJson.ok) return wagesJson.result;
  const areasJson = parseJson(input.areasBytes, "areas.json");
  if (!areasJson.ok) return areasJson.result;

  const wagesFile = wagesFileSchema.safeParse(wagesJson.value);
  if (!wagesFile.success) {
    return importFailure(
      "missing_columns",
      'The OFLC wages file must be an object with a "soc" code and a "wages" list.',
    );
  }
  const areas = areasFileSchema.safeParse(areasJson.value);
  if (!areas.success) {
    return importFailure("missing_columns", 'areas.json must be a list of objects with "id" and "name".');
  }

  const soc = wagesFile.data.soc.trim();
  if (!/^\d{2}-\d{4}$/.test(soc)) return importFailure("bad_value", `"${soc}" is not a SOC code (expected NN-NNNN).`);
  const occupation = SOC_OCCUPATIONS[soc];
  if (!occupation) {
    return importFailure(
      "unknown_occupation",
      `SOC ${soc} is not mapped to one of our roles (we import ${Object.keys(SOC_OCCUPATIONS).join(", ")}); nothing was imported.`,
    );
  }

  const areaNames = new Map(areas.data.map((a) => [a.id, a.name]));
  const wageYear = input.wageYear;
  const period = `July ${wageYear} – June ${wageYear + 1}`;
  const figures: PayFigureRecord[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Map<string, { row: number; signature: string }>();

  for (const [index, raw] of wagesFile.data.wages.entries()) {
    const row = index + 1;
    const entry = wageEntrySchema.safeParse(raw);
    if (!entry.success) {
      const field = entry.error.issues[0]?.path.join(".") || "entry";
      return importFailure("bad_value", `Wage entry ${row}: ${field} is missing or not a positive number.`, row);
    }
    const { area_id: areaCode } = entry.data;
    const signature = JSON.stringify(entry.data);
    const first = seen.get(areaCode);
    if (first) {
      if (first.signature !== signature) {
        return importFailure(
          "conflicting_duplicate",
          `Wage entry ${row}: area ${areaCode} appears again with different wages (first at entry ${first.row}).`,
          row,
        );
      }
      skipped.push({ row, reason: `duplicate of entry ${first.row}` });
      continue;
    }
    seen.set(areaCode, { row, signature });
    const areaName = areaNames.get(areaCode);
    if (!areaName) {
      skipped.push({ row, reason: `area ${areaCode} is not in areas.json` });
      continue;
    }
    for (const { key, sourceLevel, level } of OFLC_LEVELS) {
      figures.push({
        roleSlug: occupation.role,
        occupationCode: soc,
        occupationName: occupation.title,
        level,
        sourceLevel,
        areaCode,
        areaName,
        company: "",
        basis: "wage_floor",
        p10: null,
        p25: null,
        p50: dollarsToCents(entry.data[key] * HOURS_PER_YEAR),
        p75: null,
        p90: null,
        mean: null,
        sampleSize: null,
        employment: null,
        period,
        sample: null,
      });
    }
  }

  return {
    ok: true,
    value: {
      sources: [
        {
          source: {
            id: `oflc-prevailing-wage-${wageYear}-${soc}`,
            name: `OFLC prevailing wage levels, ${occupation.title} (${soc}), ${period}`,
            publisher: "U.S. Department of Labor, Office of Foreign Labor Certification",
            url: "https://flag.dol.gov/wage-data/wage-search",
            licence: "Public domain (U.S. Government data)",
            attribution: `Source: U.S. Department of Labor, OFLC prevailing wage levels for ${occupation.title}, ${period}. Levels I–IV are legal wage floors for visa filings, not observed pay.`,
            period,
            asOf: `${wageYear}-07-01`,
          },
          figures,
        },
      ],
      skipped,
      notes: [],
    },
  };
}

function parseJson(
  bytes: Uint8Array,
  label: string,
): { ok: true; value: unknown } | { ok: false; result: ImportResult } {
  const decoded = decodeText(bytes, `${label} as JSON`);
  if (!decoded.ok) return { ok: false, result: { ok: false, error: decoded.error } };
  try {
    return { ok: true, value: JSON.parse(decoded.text) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      result: importFailure("wrong_file_type", `${capitalise(label)} is not valid JSON (${reason}).`),
    };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
