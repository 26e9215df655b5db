// CI's guard on the job-match evaluation (npm run eval:match prints the full table): the
// tuning cases must stay at their figures and the held-out ones (every batch) must not
// fall below the figures in README.
import { describe, expect, it } from "vitest";
import { loadCases } from "../../eval/match/cases.ts";
import { evaluateCase, splitsOf, summarize } from "../../eval/match/evaluate.ts";

const results = loadCases().map(evaluateCase);
const parts = splitsOf(results);
const tuning = summarize(parts.tuning);
const heldout = summarize(parts["held-out"]);
const fresh = summarize(parts.fresh);
const fresh2 = summarize(parts["fresh-2"]);
const fresh3 = summarize(parts["fresh-3"]);
const fresh4 = summarize(parts["fresh-4"]);
const fresh5 = summarize(parts["fresh-5"]);
const fresh6 = summarize(parts["fresh-6"]);
const batches = Object.entries(parts)
  .filter(([name]) => name !== "tuning")
  .map(([, part]) => summarize(part));

describe("job-match evaluation", () => {
  it("has at least 40 cases, about a quarter held out", () => {
    const held = batches.reduce((total, part) => total + part.cases, 0);
    expect(tuning.cases + held).toBeGreaterThanOrEqual(40);
    expect(held / (tuning.cases + held)).toBeGreaterThan(0.2);
    for (const part of [fresh, fresh2, fresh3, fresh4, fresh5, fresh6]) expect(part.cases).toBeGreaterThanOrEqual(10);
  });

  it("never lets stuffing raise the match, always flags it, and never flags a real resume", () => {
    for (const split of [tuning, ...batches])
      expect([split.stuffingRaised, split.stuffingUnflagged, split.falseStuffing]).toEqual([0, 0, 0]);
  });

  it("keeps recall and precision on the tuning cases at 95% or more", () => {
    expect(
      Math.min(tuning.matchedRecall, tuning.missingRecall, tuning.listedRecall, tuning.precision),
    ).toBeGreaterThanOrEqual(0.95);
    expect(tuning.importanceAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(tuning.titleAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("does not fall below the title agreement figures in README", () => {
    expect(heldout.titleAccuracy).toBeGreaterThanOrEqual(1);
    expect(fresh.titleAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(fresh2.titleAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(fresh3.titleAccuracy).toBeGreaterThanOrEqual(1);
    expect(fresh4.titleAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(fresh5.titleAccuracy).toBeGreaterThanOrEqual(0.6);
    expect(fresh6.titleAccuracy).toBeGreaterThanOrEqual(1);
  });

  it("does not fall below the held-out figures in README", () => {
    expect(heldout.matchedRecall).toBeGreaterThanOrEqual(0.98);
    expect(heldout.missingRecall).toBeGreaterThanOrEqual(1);
    expect(heldout.precision).toBeGreaterThanOrEqual(0.958);
    expect(fresh.matchedRecall).toBeGreaterThanOrEqual(0.973);
    expect(fresh.missingRecall).toBeGreaterThanOrEqual(1);
    expect(fresh.precision).toBeGreaterThanOrEqual(0.97);
    expect(fresh2.matchedRecall).toBeGreaterThanOrEqual(0.958);
    expect(fresh2.missingRecall).toBeGreaterThanOrEqual(1);
    expect(fresh2.precision).toBeGreaterThanOrEqual(0.977);
    expect(fresh3.matchedRecall).toBeGreaterThanOrEqual(0.645);
    expect(fresh3.missingRecall).toBeGreaterThanOrEqual(0.428);
    expect(fresh3.precision).toBeGreaterThanOrEqual(0.916);
    expect(fresh4.matchedRecall).toBeGreaterThanOrEqual(0.368);
    expect(fresh4.missingRecall).toBeGreaterThanOrEqual(0.36);
    expect(fresh4.precision).toBeGreaterThanOrEqual(1);
    expect(fresh5.matchedRecall).toBeGreaterThanOrEqual(0.788);
    expect(fresh5.missingRecall).toBeGreaterThanOrEqual(0.656);
    expect(fresh5.precision).toBeGreaterThanOrEqual(0.988);
    expect(Math.min(fresh6.matchedRecall, fresh6.missingRecall)).toBeGreaterThanOrEqual(1);
    expect(fresh6.precision).toBeGreaterThanOrEqual(0.937);
  });
});
