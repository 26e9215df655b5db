import { describe, expect, test } from "vitest";
import {
  compileKeyword,
  containsKeyword,
  countWords,
  hasNumber,
  splitSentences,
  stem,
  toMatchable,
} from "~/interview/text.ts";

const matches = (text: string, keyword: string) => containsKeyword(toMatchable(text), compileKeyword(keyword));

describe("stemming-lite", () => {
  test.each([
    ["caching", "cache"],
    ["cached", "caches"],
    ["queries", "query"],
    ["indexes", "index"],
    ["normalised", "normalized"],
    ["shipped", "ship"],
    ["disagreed", "disagree"],
    ["load balancers", "load balancing"],
    ["retried", "retries"],
    ["behaviour", "behavior"],
  ])("%s and %s share a stem", (a, b) => {
    expect(a.split(" ").map(stem)).toEqual(b.split(" ").map(stem));
  });

  test("short words and numbers are left alone", () => {
    expect(stem("add")).toBe("add");
    expect(stem("adding")).toBe("add");
    expect(stem("2024")).toBe("2024");
  });
});

describe("keyword matching", () => {
  test("matches whole words and phrases after normalisation, not substrings", () => {
    expect(matches("We added Composite Indexes on both columns.", "composite index")).toBe(true);
    expect(matches("We reindexed the table.", "index")).toBe(false);
    expect(matches("I'd look at the query plan.", "execution plan")).toBe(false);
  });

  test("a trailing * matches any word starting with the prefix", () => {
    expect(matches("I prioritised the riskiest work.", "prioriti*")).toBe(true);
    expect(matches("Prioritization came first.", "prioriti*")).toBe(true);
    expect(matches("Priority one.", "prioriti*")).toBe(false);
  });

  test("accents and punctuation do not get in the way", () => {
    expect(matches("We used Node.js with a café-style cache", "node js")).toBe(true);
    expect(matches("We used Node.js with a café-style cache", "cafe")).toBe(true);
  });
});

describe("sentences and words", () => {
  test("splits on sentence punctuation and line breaks but not on abbreviations", () => {
    expect(splitSentences("We used Redis, e.g. for sessions. It worked!\nNext line")).toEqual([
      "We used Redis, e.g. for sessions.",
      "It worked!",
      "Next line",
    ]);
  });

  test("breaks long run-on text at clause boundaries", () => {
    const runOn = `${"we had a problem with the build ".repeat(5)}, so I rewrote the pipeline from scratch over two weeks and it got much faster`;
    expect(splitSentences(runOn).length).toBeGreaterThan(1);
  });

  test("counts contractions and hyphenated words as one word", () => {
    expect(countWords("I didn't re-run the well-known tests.")).toBe(6);
    expect(countWords("")).toBe(0);
  });

  test("recognises digits, percentages and number words", () => {
    expect(hasNumber("errors fell by 40%")).toBe(true);
    expect(hasNumber("we doubled throughput")).toBe(true);
    expect(hasNumber("it went much better")).toBe(false);
  });
});
