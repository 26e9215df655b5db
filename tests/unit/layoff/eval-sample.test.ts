// The CI guard for `npm run eval:layoff`: the same checks (facts kept whole, nothing
// invented, month arithmetic, spoken length, channel rules, Harper's grammar check) on a
// sample — the first story of every kind file, tuning and held-out alike. A held-out failure
// is reported only by story and check, never with its text, so the guard keeps them blind.
import { describe, expect, it } from "vitest";
import { evaluateStory, grammarChecker, loadStories, type Part } from "../../eval/layoff/checks";

const sample = (part: Part) => {
  const seen = new Set<string>();
  return loadStories(part).filter((story) => !seen.has(story.kind) && seen.add(story.kind));
};

describe("layoff evaluation, on a sample", () => {
  it("has at least 30 stories, about a third held out by kind", () => {
    const tuning = loadStories("tuning");
    const heldOut = loadStories("held-out");
    expect(tuning.length + heldOut.length).toBeGreaterThanOrEqual(30);
    expect(heldOut.length / (tuning.length + heldOut.length)).toBeGreaterThan(0.3);
    const tuningKinds = new Set(tuning.map((s) => s.kind));
    expect(heldOut.filter((s) => tuningKinds.has(s.kind))).toEqual([]);
  });

  it("meets every target on one story of each kind", async () => {
    const grammar = await grammarChecker();
    const failures: string[] = [];
    for (const part of ["tuning", "held-out"] as const) {
      for (const story of sample(part)) {
        const result = await evaluateStory(story, part, grammar);
        failures.push(
          ...result.failures.map((f) =>
            part === "tuning" ? `${story.id} ${f.check}: ${f.detail}` : `held-out ${story.id} ${f.check}`,
          ),
        );
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
