import { describe, expect, it } from "vitest";
import { parseOflcWages } from "~/market/importers/oflc";
import type { ImportResult, ParsedImport } from "~/market/records";
import { shippedFile, text } from "../../fixtures/market/files";

const AREAS = shippedFile("oflc_prevailing_wage/areas.json");
const SMALL_AREAS = text(JSON.stringify([{ id: "41860", name: "San Francisco-Oakland-Fremont, CA" }]));
const SF = { area_id: "41860", l1: 65.24, l2: 77.71, l3: 90.18, l4: 102.65 };

function wages(soc: string, entries: unknown[]): Uint8Array {
  return text(JSON.stringify({ soc, wages: entries }));
}

function parsed(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

describe("OFLC prevailing wage importer on the shipped files", () => {
  it("stores Levels I–IV for every area as annual wage floors (hourly × 2080)", () => {
    const value = parsed(
      parseOflcWages({
        wagesBytes: shippedFile("oflc_prevailing_wage/wages_15-1252.json"),
        areasBytes: AREAS,
        wageYear: 2025,
      }),
    );
    const [{ source, figures }] = value.sources;
    expect(source).toMatchObject({
      id: "oflc-prevailing-wage-2025-15-1252",
      period: "July 2025 – June 2026",
      asOf: "2025-07-01",
    });
    expect(figures).toHaveLength(530 * 4);
    const sf = figures.filter((f) => f.areaCode === "41860");
    expect(sf.map((f) => [f.sourceLevel, f.level, f.p50])).toEqual([
      ["Level I", "early", 13_569_920],
      ["Level II", "mid", 16_163_680],
      ["Level III", "senior", 18_757_440],
      ["Level IV", "staff", 21_351_200],
    ]);
    expect(
      sf.every(
        (f) =>
          f.basis === "wage_floor" &&
          f.roleSlug === "software-engineer" &&
          f.areaName === "San Francisco-Oakland-Fremont, CA",
      ),
    ).toBe(true);
  });
});

describe("OFLC prevailing wage importer on malformed samples", () => {
  it("refuses a SOC code we do not map, and imports nothing", () => {
    const result = parseOflcWages({ wagesBytes: wages("15-1211", [SF]), areasBytes: SMALL_AREAS, wageYear: 2025 });
    expect(result).toMatchObject({ ok: false, error: { kind: "unknown_occupation" } });
    if (!result.ok) expect(result.error.message).toContain("15-1211");
  });

  it("asks for the wage year and for areas.json, which the wages file does not carry", () => {
    expect(
      parseOflcWages({ wagesBytes: wages("15-1252", [SF]), areasBytes: SMALL_AREAS, wageYear: null }),
    ).toMatchObject({
      ok: false,
      error: { kind: "missing_input" },
    });
    expect(parseOflcWages({ wagesBytes: wages("15-1252", [SF]), areasBytes: null, wageYear: 2025 })).toMatchObject({
      ok: false,
      error: { kind: "missing_input" },
    });
  });

  it("names the entry whose level wage is missing", () => {
    const { l3: _dropped, ...withoutL3 } = SF;
    const result = parseOflcWages({
      wagesBytes: wages("15-1252", [SF, withoutL3]),
      areasBytes: SMALL_AREAS,
      wageYear: 2025,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 2 } });
    if (!result.ok) expect(result.error.message).toContain("l3");
  });

  it("skips an area that areas.json does not name, and an exact duplicate entry", () => {
    const unknown = { ...SF, area_id: "99999" };
    const value = parsed(
      parseOflcWages({ wagesBytes: wages("15-1252", [SF, unknown, SF]), areasBytes: SMALL_AREAS, wageYear: 2025 }),
    );
    expect(value.sources[0].figures).toHaveLength(4);
    expect(value.skipped).toEqual([
      { row: 2, reason: "area 99999 is not in areas.json" },
      { row: 3, reason: "duplicate of entry 1" },
    ]);
  });

  it("refuses the same area twice with different wages", () => {
    const result = parseOflcWages({
      wagesBytes: wages("15-1252", [SF, { ...SF, l1: 10 }]),
      areasBytes: SMALL_AREAS,
      wageYear: 2025,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: "conflicting_duplicate", row: 2 } });
  });

  it("refuses an empty file, a file that is not JSON, and JSON of another shape", () => {
    const args = { areasBytes: SMALL_AREAS, wageYear: 2025 };
    expect(parseOflcWages({ wagesBytes: text(""), ...args })).toMatchObject({
      ok: false,
      error: { kind: "empty_file" },
    });
    expect(parseOflcWages({ wagesBytes: text("soc,area\n15-1252,41860\n"), ...args })).toMatchObject({
      ok: false,
      error: { kind: "wrong_file_type" },
    });
    expect(parseOflcWages({ wagesBytes: text('[{"soc":"15-1252"}]'), ...args })).toMatchObject({
      ok: false,
      error: { kind: "missing_columns" },
    });
  });
});
