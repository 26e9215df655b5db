import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, ensureDbReady } from "~/db.server";
import { importMarketFile } from "~/market/import.server";
import { findRange, listMetros, listRoles, roleFigures } from "~/market/query.server";
import { ROLE_SLUGS } from "~/market/roles";
import { seedMarketData } from "~/market/seed.server";
import { SHIPPED_MARKET_FILES } from "~/market/shipped-files";

let firstSeed: Awaited<ReturnType<typeof seedMarketData>>;

beforeAll(async () => {
  await ensureDbReady();
  // Test databases come pre-seeded; start this file from an empty market to see a first seed.
  await db.marketSource.deleteMany();
  firstSeed = await seedMarketData();
});

describe("seeding the shipped market data", () => {
  it("imports every shipped file once, with the expected figures per source", async () => {
    expect(firstSeed.imported.map((i) => i.file)).toEqual(SHIPPED_MARKET_FILES.map((f) => f.file));
    const counts = await db.payFigure.groupBy({ by: ["sourceId"], _count: { _all: true } });
    const bySource = Object.fromEntries(counts.map((c) => [c.sourceId, c._count._all]));
    expect(bySource).toEqual({
      "bls-oews-national-may-2020": 1,
      "bls-oews-national-may-2021": 3,
      "bls-oews-national-may-2022": 3,
      "bls-oews-national-may-2023": 3,
      "bls-oews-national-may-2024": 3,
      "oflc-prevailing-wage-2025-15-1252": 2120,
      "oflc-prevailing-wage-2025-15-2051": 2120,
      "oflc-prevailing-wage-2025-11-3021": 2120,
      "aijobs-salaries-2022": 5,
      "aijobs-salaries-2023": 9,
      "aijobs-salaries-2024": 22,
      "devopsjobs-salaries-2021": 2,
      // Every US developer type with 30 or more respondents: our roles' and the others,
      // kept without a role as reference points for skill evidence.
      "so-survey-2023": 28,
      "so-survey-2024": 22,
      "so-survey-2025": 21,
    });
  });

  it("keeps the de-duplicated salaries behind each salary-survey cell, and no rows for summaries", async () => {
    const cell = await db.payFigure.findFirstOrThrow({
      where: { sourceId: "aijobs-salaries-2024", roleSlug: "full-stack-engineer", level: "senior" },
    });
    const sample = JSON.parse(cell.sample ?? "[]") as number[];
    expect(sample).toHaveLength(76);
    expect(sample[38]).toBeGreaterThanOrEqual(sample[37]);
    expect((sample[37] + sample[38]) / 2).toBe(cell.p50);
    expect(await db.payFigure.count({ where: { basis: { not: "observed" }, sample: { not: null } } })).toBe(0);
  });

  it("skips every file on a second run, by checksum", async () => {
    const started = performance.now();
    const again = await seedMarketData();
    expect(again.imported).toEqual([]);
    expect(again.unchanged).toHaveLength(SHIPPED_MARKET_FILES.length);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("records Stack Overflow's ODbL attribution on its sources", async () => {
    const so = await db.marketSource.findUniqueOrThrow({ where: { id: "so-survey-2025" } });
    expect(so.attribution).toContain("© Stack Overflow, made available under the Open Database License (ODbL) 1.0");
  });
});

describe("market queries", () => {
  it("lists the BLS May 2024 software developers median, $133,080, among the role's figures", async () => {
    const figures = await roleFigures("software-engineer");
    const bls = figures.find((f) => f.sourceId === "bls-oews-national-may-2024");
    expect(bls).toMatchObject({
      p50: 13_308_000,
      employment: 1_654_440,
      period: "May 2024",
      asOf: "2024-05-01",
      basis: "observed",
    });
  });

  it("gives engineering managers' range from BLS May 2024 when no level-specific pay exists", async () => {
    const range = await findRange({ role: "engineering-manager", level: "early" });
    expect(range.primary?.sourceId).toBe("bls-oews-national-may-2024");
    expect(range.p50).toBe(17_120_000);
    expect(range.p90).toBeNull();
    expect(range.notes).toContain("No early career figures; the range covers all levels.");
  });

  it("gives senior full-stack engineers their own observed range, with the parent and survey figures behind it", async () => {
    const range = await findRange({ role: "full-stack-engineer", level: "senior" });
    expect(range.primary).toMatchObject({
      sourceId: "aijobs-salaries-2024",
      roleSlug: "full-stack-engineer",
      sampleSize: 76,
      p50: 16_188_000,
    });
    const sources = range.figures.map((f) => f.sourceId);
    expect(sources).toContain("so-survey-2025");
    expect(sources).toContain("bls-oews-national-may-2024");
    expect(sources).not.toContain("bls-oews-national-may-2023");
  });

  it("falls back to software engineers for senior front-end engineers and says why", async () => {
    const range = await findRange({ role: "frontend-engineer", level: "senior" });
    expect(range.primary?.roleSlug).toBe("software-engineer");
    expect(range.primary?.level).toBe("senior");
    expect(range.notes.join(" ")).toContain(
      "No figures specific to front-end engineers; the range is for software engineers.",
    );
  });

  it("for San Francisco, keeps the national range and adds the OFLC Level III floor for senior", async () => {
    const range = await findRange({ role: "backend-engineer", level: "senior", areaCode: "41860", company: "Google" });
    expect(range.areaName).toBe("San Francisco-Oakland-Fremont, CA");
    expect(range.primary?.areaCode).toBe("US");
    const floor = range.figures.find((f) => f.basis === "wage_floor");
    expect(floor).toMatchObject({ sourceLevel: "Level III", p50: 18_757_440, occupationCode: "15-1252" });
    expect(range.notes[0]).toMatch(/^No public company-specific figures for Google/);
    expect(range.notes.join(" ")).toContain("OFLC Level III prevailing wage is $187,574 a year");
  });

  it("lists all roles with observed pay and the OFLC metros by name", async () => {
    const roles = await listRoles();
    expect(roles.map((r) => r.profile.slug)).toEqual([...ROLE_SLUGS]);
    expect(roles.filter((r) => !r.hasObservedPay).map((r) => r.profile.slug)).toEqual(["frontend-engineer"]);
    const metros = await listMetros();
    expect(metros).toHaveLength(530);
    expect(metros).toContainEqual({ areaCode: "41860", areaName: "San Francisco-Oakland-Fremont, CA" });
  });

  it("serves a newly imported file's figures at once", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "so-"));
    const file = path.join(dir, "so2026_us_median_salary_by_devtype.csv");
    fs.writeFileSync(
      file,
      'survey_year,country,dev_type,n_respondents,median_yearly_comp_usd\n2026,United States,"Developer, front-end",250,150000\n',
    );
    expect(
      (await findRange({ role: "frontend-engineer", level: "mid" })).figures.some(
        (f) => f.sourceId === "so-survey-2026",
      ),
    ).toBe(false);
    await importMarketFile("so", file);
    const range = await findRange({ role: "frontend-engineer", level: "mid" });
    expect(range.figures.some((f) => f.sourceId === "so-survey-2026" && f.p50 === 15_000_000)).toBe(true);
  });
});
