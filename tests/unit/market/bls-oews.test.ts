import { describe, expect, it } from "vitest";
import { parseBlsOews } from "~/market/importers/bls-oews";
import type { ImportResult, ParsedImport } from "~/market/records";
import { csv, fixtureFile, PDF_BYTES, shippedFile, text, xlsx } from "../../fixtures/market/files";

const TECH_CSV = "bls_oews/oews_national_tech_2020_2024.csv";
const HEADER = [
  "OCC_CODE",
  "OCC_TITLE",
  "O_GROUP",
  "TOT_EMP",
  "A_MEAN",
  "A_PCT10",
  "A_PCT25",
  "A_MEDIAN",
  "A_PCT75",
  "A_PCT90",
];
const SWE_2024 = [
  "15-1252",
  "Software Developers",
  "detailed",
  "1654440",
  "144570",
  "79850",
  "103050",
  "133080",
  "169000",
  "211450",
];

function parsed(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

function figure(value: ParsedImport, sourceId: string, code: string) {
  return value.sources.find((s) => s.source.id === sourceId)?.figures.find((f) => f.occupationCode === code);
}

describe("BLS OEWS importer on the shipped tech CSV", () => {
  it("reads May 2024 software developers as published: median $133,080", async () => {
    const value = parsed(
      await parseBlsOews({ bytes: shippedFile(TECH_CSV), fileName: "oews_national_tech_2020_2024.csv" }),
    );
    const swe = figure(value, "bls-oews-national-may-2024", "15-1252");
    expect(swe).toMatchObject({
      roleSlug: "software-engineer",
      level: "all",
      areaCode: "US",
      basis: "observed",
      p10: 7_985_000,
      p25: 10_305_000,
      p50: 13_308_000,
      p75: 16_900_000,
      p90: 21_145_000,
      mean: 14_457_000,
      employment: 1_654_440,
      sampleSize: null,
      period: "May 2024",
    });
  });

  it("makes one source per survey period, dated to the survey month", async () => {
    const value = parsed(
      await parseBlsOews({ bytes: shippedFile(TECH_CSV), fileName: "oews_national_tech_2020_2024.csv" }),
    );
    expect(value.sources.map((s) => [s.source.id, s.source.asOf])).toEqual([
      ["bls-oews-national-may-2020", "2020-05-01"],
      ["bls-oews-national-may-2021", "2021-05-01"],
      ["bls-oews-national-may-2022", "2022-05-01"],
      ["bls-oews-national-may-2023", "2023-05-01"],
      ["bls-oews-national-may-2024", "2024-05-01"],
    ]);
  });

  it("stores top-coded ('#') wages as missing and says how many there were", async () => {
    const value = parsed(await parseBlsOews({ bytes: shippedFile(TECH_CSV), fileName: "x.csv" }));
    const managers = figure(value, "bls-oews-national-may-2024", "11-3021");
    expect(managers?.p90).toBeNull();
    expect(managers?.p50).toBe(17_120_000);
    expect(value.notes.join(" ")).toMatch(/5 wage cells were top-coded/);
  });

  it("skips occupations we do not map, naming the row", async () => {
    const value = parsed(await parseBlsOews({ bytes: shippedFile(TECH_CSV), fileName: "x.csv" }));
    expect(value.skipped).toContainEqual({
      row: 5,
      reason: 'occupation "15-1211 Computer Systems Analysts" is not mapped to one of our roles',
    });
  });
});

describe("BLS OEWS importer on the official national xlsx", () => {
  it("reads the same May 2024 figures from the workbook as from the CSV conversion", async () => {
    const fromXlsx = parsed(
      await parseBlsOews({ bytes: fixtureFile("national_M2024_dl.xlsx"), fileName: "national_M2024_dl.xlsx" }),
    );
    const fromCsv = parsed(await parseBlsOews({ bytes: shippedFile(TECH_CSV), fileName: "x.csv" }));
    const may2024 = fromCsv.sources.find((s) => s.source.id === "bls-oews-national-may-2024");
    expect(fromXlsx.sources).toHaveLength(1);
    expect(fromXlsx.sources[0].source).toEqual(may2024?.source);
    expect(fromXlsx.sources[0].figures).toEqual(may2024?.figures);
  });

  it("reads a workbook whose header spells columns in lower case, as older releases do", async () => {
    const bytes = await xlsx([HEADER.map((h) => h.toLowerCase()), SWE_2024]);
    const value = parsed(await parseBlsOews({ bytes, fileName: "national_M2024_dl.xlsx" }));
    expect(value.sources[0].figures[0].p50).toBe(13_308_000);
  });

  it("refuses a workbook without an OCC_CODE sheet", async () => {
    const bytes = await xlsx(
      [
        ["Field", "Description"],
        ["AREA", "area code"],
      ],
      "Field Descriptions",
    );
    const result = await parseBlsOews({ bytes, fileName: "national_M2024_dl.xlsx" });
    expect(result).toMatchObject({ ok: false, error: { kind: "missing_columns" } });
  });

  it("refuses a ZIP archive that is not a workbook", async () => {
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]);
    const result = await parseBlsOews({ bytes: zipHeaderOnly, fileName: "national_M2024_dl.xlsx" });
    expect(result).toMatchObject({ ok: false, error: { kind: "wrong_file_type" } });
  });
});

describe("BLS OEWS importer on malformed samples", () => {
  const name = "national_M2024_dl.csv";

  it("names every missing column", async () => {
    const bytes = csv(
      HEADER.filter((h) => h !== "A_MEDIAN" && h !== "TOT_EMP"),
      [SWE_2024.slice(0, 8)],
    );
    const result = await parseBlsOews({ bytes, fileName: name });
    expect(result).toMatchObject({ ok: false, error: { kind: "missing_columns" } });
    if (!result.ok) expect(result.error.message).toMatch(/Missing columns TOT_EMP, A_MEDIAN/);
  });

  it("keeps '*' cells as missing without failing", async () => {
    const row = [...SWE_2024];
    row[9] = "*";
    const value = parsed(await parseBlsOews({ bytes: csv(HEADER, [row]), fileName: name }));
    expect(value.sources[0].figures[0]).toMatchObject({ p90: null, p50: 13_308_000 });
  });

  it("rejects a wage that is not a number, naming the row and column", async () => {
    const row = [...SWE_2024];
    row[7] = "n/a";
    const result = await parseBlsOews({ bytes: csv(HEADER, [SWE_2024, row]), fileName: name });
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 3 } });
    if (!result.ok) expect(result.error.message).toContain("Row 3, column A_MEDIAN");
  });

  it("rejects an occupation code that is not a SOC code", async () => {
    const row = ["151252", ...SWE_2024.slice(1)];
    const result = await parseBlsOews({ bytes: csv(HEADER, [row]), fileName: name });
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 2 } });
  });

  it("skips an unknown SOC code as an occupation we do not map", async () => {
    const row = ["99-9999", "Unknown Occupation", ...SWE_2024.slice(2)];
    const result = await parseBlsOews({ bytes: csv(HEADER, [SWE_2024, row]), fileName: name });
    expect(parsed(result).skipped).toEqual([
      { row: 3, reason: 'occupation "99-9999 Unknown Occupation" is not mapped to one of our roles' },
    ]);
  });

  it("drops an exact duplicate row and refuses a conflicting one", async () => {
    const dup = parsed(await parseBlsOews({ bytes: csv(HEADER, [SWE_2024, SWE_2024]), fileName: name }));
    expect(dup.sources[0].figures).toHaveLength(1);
    expect(dup.skipped).toEqual([{ row: 3, reason: "duplicate of row 2" }]);

    const changed = [...SWE_2024];
    changed[7] = "140000";
    const conflict = await parseBlsOews({ bytes: csv(HEADER, [SWE_2024, changed]), fileName: name });
    expect(conflict).toMatchObject({ ok: false, error: { kind: "conflicting_duplicate", row: 3 } });
  });

  it("refuses an empty file and a header without rows", async () => {
    expect(await parseBlsOews({ bytes: text(""), fileName: name })).toMatchObject({
      ok: false,
      error: { kind: "empty_file" },
    });
    expect(await parseBlsOews({ bytes: csv(HEADER, []), fileName: name })).toMatchObject({
      ok: false,
      error: { kind: "empty_file" },
    });
  });

  it("refuses a PDF with a message saying what it is", async () => {
    const result = await parseBlsOews({ bytes: PDF_BYTES, fileName: "national_M2024_dl.csv" });
    expect(result).toMatchObject({ ok: false, error: { kind: "wrong_file_type" } });
    if (!result.ok) expect(result.error.message).toContain("PDF");
  });

  it("asks for the period when neither the file name nor a column gives it", async () => {
    const result = await parseBlsOews({ bytes: csv(HEADER, [SWE_2024]), fileName: "wages.csv" });
    expect(result).toMatchObject({ ok: false, error: { kind: "missing_input" } });
  });

  it("refuses a row for an area other than the national total", async () => {
    const bytes = csv(
      ["AREA", "AREA_TITLE", ...HEADER],
      [
        ["99", "U.S.", ...SWE_2024],
        ["41860", "San Francisco", ...SWE_2024],
      ],
    );
    const result = await parseBlsOews({ bytes, fileName: name });
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 3 } });
  });

  it("reports a row with more cells than the header", async () => {
    const result = await parseBlsOews({ bytes: csv(HEADER, [SWE_2024, [...SWE_2024, "extra"]]), fileName: name });
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 3 } });
  });
});
