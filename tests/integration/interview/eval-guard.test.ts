// A fast guard on the interview evaluation set (npm run eval:interview runs all of it): a
// sample of the hand-rated answers, every kind of case, both parts, with a few code answers
// run in the real sandbox. It fails when the feedback drifts far from the hand ratings.
import { afterAll, describe, expect, it } from "vitest";
import { EVAL_CASES as ALL_CASES, HELD_OUT_AUTHORS } from "../../eval/interview/cases/index.ts";
import { agreement, evaluateCase, type CaseOutcome } from "../../eval/interview/evaluate.ts";
import { sandboxRunner } from "../../eval/interview/run-code.ts";

// Tuning authors only: a failure here names cases, and held-out cases must stay unread.
const EVAL_CASES = ALL_CASES.filter((evalCase) => !HELD_OUT_AUTHORS.includes(evalCase.author));
// Every second text case, and the first correct and first buggy code answer per language.
const text = EVAL_CASES.filter((evalCase) => !evalCase.code).filter((_, i) => i % 2 === 0);
const code = (["javascript", "typescript", "python"] as const).flatMap((language) =>
  [true, false].flatMap(
    (allPass) =>
      EVAL_CASES.find((evalCase) => evalCase.code?.language === language && evalCase.allPass === allPass) ?? [],
  ),
);

let runner: Awaited<ReturnType<typeof sandboxRunner>> | null = null;
afterAll(() => runner?.close());

describe("interview evaluation guard", () => {
  it("agrees with the hand ratings on a sample of written answers", async () => {
    const outcomes: CaseOutcome[] = [];
    for (const evalCase of text) outcomes.push(await evaluateCase(evalCase, null));
    const result = agreement(outcomes);
    expect(result.exact / result.count).toBeGreaterThanOrEqual(0.75);
    expect(result.withinOne / result.count).toBeGreaterThanOrEqual(0.9);
    const stuffed = outcomes.filter((outcome) => outcome.evalCase.kind === "keyword_stuffed_wrong");
    expect(stuffed.length).toBeGreaterThan(0);
    expect(stuffed.filter((outcome) => outcome.got !== "poor").map((outcome) => outcome.evalCase.id)).toEqual([]);
  }, 180_000);

  it("runs code answers: correct ones pass every test, buggy and slow ones fail one", async () => {
    runner = await sandboxRunner();
    for (const evalCase of code) {
      const outcome = await evaluateCase(evalCase, runner.runCode);
      expect(outcome.allPassed, evalCase.id).toBe(evalCase.allPass);
    }
  }, 300_000);
});
