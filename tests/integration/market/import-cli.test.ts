import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";

const run = promisify(execFile);

/** Runs `npm run market:import -- <args>` against this test file's database. */
async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["app/market/import-cli.ts", ...args], {
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run market:import", () => {
  it("imports a file, prints what it stored and skipped, and stores the same on a second run", async () => {
    const file = path.resolve("prisma/data/market/so_survey/so2024_us_median_salary_by_devtype.csv");
    const first = await importCli("so", file);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("22 figures in 1 source(s)");
    expect(first.stdout).toContain("so-survey-2024: 22 figures — Stack Overflow Developer Survey 2024");
    const again = await importCli("so", file);
    expect(again.code).toBe(0);
    expect(await db.payFigure.count({ where: { sourceId: "so-survey-2024" } })).toBe(22);
  });

  it("exits 1 with the row at fault for a malformed file, and 2 for an unknown source", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-"));
    const bad = path.join(dir, "so.csv");
    fs.writeFileSync(
      bad,
      "survey_year,country,dev_type,n_respondents,median_yearly_comp_usd\n2024,United States,Data engineer,many,150000\n",
    );
    const malformed = await importCli("so", bad);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('Not imported: Row 2: n_respondents "many" is not a positive whole number.');
    const unknown = await importCli("glassdoor", bad);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown source "glassdoor"');
  });
});
