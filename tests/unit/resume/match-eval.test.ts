// CI's guard on the job-match evaluation (npm run eval:match prints the full table): the
// tuning cases must stay at their figures and the held-out ones must not fall below them.
import { describe, expect, it } from "vitest";
import { loadCases } from "../../eval/match/cases.ts";
import { evaluateCase, summarize } from "../../eval/match/evaluate.ts";

const results = loadCases().map(evaluateCase);
const tuning = summarize(results.filter((result) => result.split === "tuning"));
const heldout = summarize(results.filter((result) => result.split === "heldout"));

describe("job-match evaluation", () => {
  it("has at least 40 cases, about a quarter held out", () => {
    expect(tuning.cases + heldout.cases).toBeGreaterThanOrEqual(40);
    expect(heldout.cases / (tuning.cases + heldout.cases)).toBeGreaterThan(0.2);
  });

  it("never lets stuffing raise the match, always flags it, and never flags a real resume", () => {
    for (const split of [tuning, heldout])
      expect([split.stuffingRaised, split.stuffingUnflagged, split.falseStuffing]).toEqual([0, 0, 0]);
  });

  it("keeps recall and precision on the tuning cases at 95% or more", () => {
    expect(
      Math.min(tuning.matchedRecall, tuning.missingRecall, tuning.listedRecall, tuning.precision),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it("does not fall below the held-out figures in README", () => {
    expect(heldout.matchedRecall).toBeGreaterThanOrEqual(0.95);
    expect(heldout.missingRecall).toBeGreaterThanOrEqual(0.9);
    expect(heldout.precision).toBeGreaterThanOrEqual(0.9);
  });
});
