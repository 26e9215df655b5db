import { describe, expect, it } from "vitest";
import { composeLayoffExplanation } from "~/layoff/compose";
import { checkLayoffRules, findBannedPhrases } from "~/layoff/rules";
import type { LayoffExplanation } from "~/layoff/schema";
import { countWords, speakingSeconds } from "~/layoff/words";
import { layoffInput, TODAY, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

const input = layoffInput();
const valid = composeLayoffExplanation(input, { today: TODAY });

function withSpoken(doc: LayoffExplanation, text: string): LayoffExplanation {
  const words = countWords(text);
  return { ...doc, spokenAnswer: { text, words, seconds: speakingSeconds(words) } };
}

describe("layoff explanation rules", () => {
  it("accept the built-in document", () => {
    expect(checkLayoffRules(valid, input)).toEqual([]);
  });

  it("refuse a spoken answer too long to say in about 35 seconds", () => {
    const long = withSpoken(valid, `${valid.spokenAnswer.text} ${"More detail here. ".repeat(10)}`);
    expect(long.spokenAnswer.words).toBe(valid.spokenAnswer.words + 30);
    expect(checkLayoffRules(long, input)).toContain(`The interview answer has ${long.spokenAnswer.words} words; it must have 65–95.`);
  });

  it("refuse a word count that doesn't match the text", () => {
    const wrong = { ...valid, spokenAnswer: { ...valid.spokenAnswer, words: 12 } };
    expect(checkLayoffRules(wrong, input)).toContain("The interview answer's word count is wrong.");
  });

  it("refuse blame, apology and oversharing in any part", () => {
    const doc = {
      ...valid,
      linkedinPost: `${valid.linkedinPost} Leadership was incompetent.`,
      coverLetterLines: "Unfortunately, I was let go.",
      whyChosenAnswer: `${valid.whyChosenAnswer} I was devastated.`,
    };
    expect(checkLayoffRules(doc, input)).toEqual(
      expect.arrayContaining([
        "The LinkedIn post blames: “incompetent”.",
        "The cover-letter lines apologises: “Unfortunately”.",
        "The “why were you chosen?” answer overshares: “devastated”.",
      ]),
    );
  });

  it("refuse a claim of not being selected unless the person said everyone went", () => {
    const claim = { ...valid, whyChosenAnswer: "It had nothing to do with my performance; my entire team was let go." };
    const problems = checkLayoffRules(claim, input);
    expect(problems.filter((p) => p.includes("claims you weren't selected individually"))).toHaveLength(2);

    const said = layoffInput(TYPICAL_FORM, { everyoneAffected: "on" });
    expect(checkLayoffRules(claim, said)).toEqual([]);
  });

  it("refuse a spoken answer that doesn't name the company or say what comes next", () => {
    const vague = withSpoken(
      valid,
      "I worked as a backend developer for some years and did good work there. Then my role was cut. " +
        "Since then I've kept learning and building, which has been good for me. I took some courses and wrote code. " +
        "I'm glad to talk about any of that in more detail. I know what I bring to a team and I'm ready to start again soon.",
    );
    expect(checkLayoffRules(vague, input)).toEqual([
      "The interview answer doesn't name Acme Payments.",
      "The interview answer doesn't say what you want next.",
    ]);
  });

  it("refuse a headline over one line or 120 characters", () => {
    expect(checkLayoffRules({ ...valid, linkedinHeadline: "a".repeat(121) }, input)).toEqual([
      "The LinkedIn headline has 121 characters; it must have 1–120.",
    ]);
    expect(checkLayoffRules({ ...valid, linkedinHeadline: "Engineer\nOpen to work" }, input)).toEqual([
      "The LinkedIn headline must be one line.",
    ]);
  });

  it("find banned phrases by whole word, not inside other words", () => {
    expect(findBannedPhrases("I regret nothing", false).map((f) => f.rule)).toEqual(["apology"]);
    expect(findBannedPhrases("Our unsorry toxicology lab", false)).toEqual([]);
  });
});
