// Regression guard for the parser on resumes it was never tuned on: a fixed sample of the
// held-out half of the corpus (the first two resumes of every held-out template; see
// tests/eval/parser/README.md). `npm run eval:parser` measures the whole corpus.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResumeScanner, type ResumeScanner } from "../../../app/resume/scan.server.ts";
import { checkResume, share, tally, type Check } from "../../eval/parser/checks.ts";
import { CORPUS } from "../../eval/parser/generate/corpus.ts";
import { generatedFiles } from "../../eval/parser/load.ts";

// The held-out figure on this sample when the guard was set, less a margin for honest
// trade-offs; a change that loses more than that has broken a class of resumes.
const CORE_FLOOR = 0.76;
const PER_TEMPLATE_FLOOR = 0.5;

const sample = generatedFiles("heldout").filter((file) => /-0[01]$/u.test(file.truth.id));
const checks = new Map<string, Check[]>();
let scanner: ResumeScanner;

beforeAll(async () => {
  scanner = createResumeScanner({ size: 2, timeLimitMs: 60_000 });
  await Promise.all(
    sample.map(async (file) => {
      const outcome = await scanner.scan(new Uint8Array(readFileSync(file.pdf)));
      if (!outcome.ok) throw new Error(`${file.truth.id}: ${outcome.reason}`);
      checks.set(file.truth.id, checkResume(file.truth, outcome.report.parsed).filter((check) => check.core));
    }),
  );
});

afterAll(async () => {
  await scanner?.close();
});

describe("parser on held-out resumes (sample)", () => {
  it("samples every held-out template", () => {
    const heldOut = CORPUS.filter((entry) => entry.split === "heldout").map((entry) => entry.template);
    expect(new Set(sample.map((file) => file.truth.template))).toEqual(new Set(heldOut));
    expect(sample.every((file) => file.truth.split === "heldout")).toBe(true);
  });

  it(`reads at least ${CORE_FLOOR * 100}% of the core fields`, () => {
    const all = [...checks.values()].flat();
    console.log(`held-out sample: ${(100 * share(tally(all))).toFixed(1)}% of ${all.length} core fields`);
    expect(share(tally(all))).toBeGreaterThanOrEqual(CORE_FLOOR);
  });

  it(`reads at least ${PER_TEMPLATE_FLOOR * 100}% of the core fields of every template`, () => {
    const byTemplate = new Map<string, Check[]>();
    for (const file of sample) byTemplate.set(file.truth.template, [...(byTemplate.get(file.truth.template) ?? []), ...(checks.get(file.truth.id) ?? [])]);
    const low = [...byTemplate.entries()].filter(([, list]) => share(tally(list)) < PER_TEMPLATE_FLOOR).map(([template]) => template);
    expect(low).toEqual([]);
  });
});
