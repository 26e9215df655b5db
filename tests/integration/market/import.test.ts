import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, ensureDbReady } from "~/db.server";
import { importMarketFile } from "~/market/import.server";
import { FIXTURES_DIR, SHIPPED_DIR } from "../../fixtures/market/files";

const TECH_CSV = path.join(SHIPPED_DIR, "bls_oews/oews_national_tech_2020_2024.csv");

async function figureRows() {
  const rows = await db.payFigure.findMany({
    orderBy: [{ sourceId: "asc" }, { occupationCode: "asc" }, { level: "asc" }, { areaCode: "asc" }],
  });
  return rows.map(({ id: _id, ...rest }) => rest);
}

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "market-import-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

beforeAll(async () => {
  await ensureDbReady();
});

describe("importing a market file into the database", () => {
  it("stores each period as a source with its figures and the file's checksum", async () => {
    const result = await importMarketFile("bls", TECH_CSV);
    expect(result.ok).toBe(true);
    const source = await db.marketSource.findUniqueOrThrow({
      where: { id: "bls-oews-national-may-2024" },
      include: { figures: true },
    });
    expect(source.fileSha256).toBe("f721ee8a0f13a52778d16eef6fb0148124705b78ff44b102376cc294b15acb56");
    expect(source.asOf.toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(source.figures.find((f) => f.occupationCode === "15-1252")?.p50).toBe(13_308_000);
  });

  it("leaves the same rows when the same file is imported again", async () => {
    await importMarketFile("bls", TECH_CSV);
    const first = await figureRows();
    await importMarketFile("bls", TECH_CSV);
    expect(await figureRows()).toEqual(first);
    expect(await db.marketSource.count({ where: { id: { startsWith: "bls-oews-national-" } } })).toBe(5);
  });

  it("replaces a period's figures when the official workbook for it is imported", async () => {
    await importMarketFile("bls", TECH_CSV);
    const result = await importMarketFile("bls", path.join(FIXTURES_DIR, "national_M2024_dl.xlsx"));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.sources).toEqual([
      {
        id: "bls-oews-national-may-2024",
        name: "BLS Occupational Employment and Wage Statistics, national, May 2024",
        figures: 3,
      },
    ]);
    expect(await db.payFigure.count({ where: { sourceId: "bls-oews-national-may-2024" } })).toBe(3);
  });

  it("keeps the stored data when a malformed file is refused", async () => {
    await importMarketFile("bls", TECH_CSV);
    const before = await figureRows();
    const broken = tempFile(
      "national_M2024_dl.csv",
      "OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n15-1252,Software Developers,1,2,3,4,oops,6,7\n",
    );
    const result = await importMarketFile("bls", broken);
    expect(result).toMatchObject({ ok: false, error: { kind: "bad_value", row: 2 } });
    expect(await figureRows()).toEqual(before);
  });

  it("finds areas.json next to an OFLC wages file and needs the wage year", async () => {
    const wages = path.join(SHIPPED_DIR, "oflc_prevailing_wage/wages_15-2051.json");
    expect(await importMarketFile("oflc", wages)).toMatchObject({ ok: false, error: { kind: "missing_input" } });
    const result = await importMarketFile("oflc", wages, { wageYear: 2025 });
    expect(result.ok && result.summary.sources[0].figures).toBe(2120);
  });

  it("reports a file that cannot be read", async () => {
    const result = await importMarketFile("so", path.join(os.tmpdir(), "no-such-market-file.csv"));
    expect(result).toMatchObject({ ok: false, error: { kind: "missing_input" } });
  });
});
