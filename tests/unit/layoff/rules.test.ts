// The rules every writer (built-in or model) must keep, read from channel-rules.json.
import { describe, expect, it } from "vitest";
import { CHANNELS, PHRASE_RULES } from "~/layoff/channels";
import { composeLayoffExplanation } from "~/layoff/compose";
import { checkLayoffRules, phraseBreaches } from "~/layoff/rules";
import type { LayoffExplanation } from "~/layoff/schema";
import { countWords, speakingSeconds } from "~/writer/compose";
import { layoffInput, TODAY, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

const input = layoffInput();
const valid = composeLayoffExplanation(input, { today: TODAY });

function withSpoken(doc: LayoffExplanation, text: string): LayoffExplanation {
  const words = countWords(text);
  return { ...doc, spokenAnswer: { text, words, seconds: speakingSeconds(words) } };
}

describe("layoff explanation rules", () => {
  it("are data: every channel has an audience and every rule compiles", () => {
    expect(Object.values(CHANNELS).every((c) => c.audience === "public" || c.audience === "private")).toBe(true);
    expect(CHANNELS.linkedinPost.audience).toBe("public");
    expect(CHANNELS.spokenAnswer.seconds).toEqual({ min: 25, max: 35 });
    expect(PHRASE_RULES.map((r) => r.id)).toEqual(
      expect.arrayContaining(["privacy", "no_performance_in_public", "job_search_not_a_strength", "freelance_is_work"]),
    );
  });

  it("accept the built-in document", () => {
    expect(checkLayoffRules(valid, input)).toEqual([]);
  });

  it("refuse a spoken answer too long to say in about 35 seconds", () => {
    const long = withSpoken(valid, `${valid.spokenAnswer.text} ${"More detail here. ".repeat(10)}`);
    expect(checkLayoffRules(long, input)).toContain(
      `Interview answer has ${long.spokenAnswer.words} words; it must have 63–87.`,
    );
  });

  it("refuse a word count that doesn't match the text", () => {
    const wrong = { ...valid, spokenAnswer: { ...valid.spokenAnswer, words: 12 } };
    expect(checkLayoffRules(wrong, input)).toContain("Interview answer's word count is wrong.");
  });

  it("refuse blame, apology and oversharing in any written part", () => {
    const doc = {
      ...valid,
      linkedinPost: `${valid.linkedinPost} Leadership was incompetent.`,
      coverLetterLines: "Unfortunately, I was let go.",
      whyChosenAnswer: `${valid.whyChosenAnswer} I was devastated.`,
    };
    expect(checkLayoffRules(doc, input)).toEqual(
      expect.arrayContaining([
        "LinkedIn post blames someone: “incompetent”.",
        "Cover letter apologises: “Unfortunately”.",
        "Why were you chosen? overshares feelings, money or legal matters: “devastated”.",
      ]),
    );
  });

  it("refuse performance in public texts but allow it in the interview answer", () => {
    const perf = layoffInput(TYPICAL_FORM, { layoffType: "performance_adjacent" });
    const doc = { ...valid, linkedinPost: `${valid.linkedinPost} It was partly about performance and fit.` };
    expect(phraseBreaches(doc, perf).map((b) => `${b.channel}:${b.rule}`)).toContain(
      "linkedinPost:no_performance_in_public",
    );
    const spoken = withSpoken(
      valid,
      valid.spokenAnswer.text.replace("In March 2024", "Partly because of my performance, in March 2024"),
    );
    expect(phraseBreaches(spoken, perf).filter((b) => b.channel === "spokenAnswer")).toEqual([]);
  });

  it("refuse health or family detail anywhere, the advice included", () => {
    const doc = {
      ...valid,
      resumeGapLine: "Career break: cared for my mother after surgery.",
      thingsNotToSay: [{ phrase: "Her diagnosis", why: "private" }],
    };
    const rules = phraseBreaches(doc, input)
      .filter((b) => b.rule === "privacy")
      .map((b) => b.channel);
    expect(rules).toEqual(expect.arrayContaining(["resumeGapLine", "thingsNotToSay"]));
    expect(
      phraseBreaches({ ...valid, coverLetterLines: "I moved our platform to the parent company's cloud." }, input),
    ).toEqual([]);
  });

  it("refuse the job search as an achievement and freelance work called a career break", () => {
    const freelancer = layoffInput(TYPICAL_FORM, { since: ["freelancing"] });
    const doc = {
      ...valid,
      coverLetterLines: "Since then I've focused on my job search.",
      resumeGapLine: "Career break, April 2024 – present.",
    };
    const found = phraseBreaches(doc, freelancer).map((b) => `${b.channel}:${b.rule}`);
    expect(found).toEqual(
      expect.arrayContaining(["coverLetterLines:job_search_not_a_strength", "resumeGapLine:freelance_is_work"]),
    );
    expect(phraseBreaches(doc, input).map((b) => b.rule)).not.toContain("freelance_is_work");
  });

  it("refuse a claim of not being selected unless the person said everyone went", () => {
    const claim = { ...valid, whyChosenAnswer: "It had nothing to do with my performance; my entire team was let go." };
    expect(
      checkLayoffRules(claim, input).filter((p) => p.includes("claims you weren't selected individually")),
    ).toHaveLength(2);
    expect(checkLayoffRules(claim, layoffInput(TYPICAL_FORM, { everyoneAffected: "on" }))).toEqual([]);
  });

  it("refuse a spoken answer that doesn't name the company or say what comes next", () => {
    const vague = withSpoken(
      valid,
      "I worked as a backend developer for some years and did good work there. Then my role was cut. " +
        "Since then I've kept learning and building, which has been good for me. I took some courses and wrote code. " +
        "I'm glad to talk about any of that in more detail. I know what I bring to a team and I'm ready to start.",
    );
    expect(checkLayoffRules(vague, input)).toEqual([
      "Interview answer doesn't name Acme Payments.",
      "Interview answer doesn't say what you want next.",
    ]);
  });

  it("refuse a headline over one line or 120 characters", () => {
    expect(checkLayoffRules({ ...valid, linkedinHeadline: "a".repeat(121) }, input)).toEqual([
      "LinkedIn headline has 121 characters; it must have 1–120.",
    ]);
    expect(checkLayoffRules({ ...valid, linkedinHeadline: "Engineer\nOpen to work" }, input)).toEqual([
      "LinkedIn headline must be one line.",
    ]);
  });

  it("match banned phrases by whole word, not inside other words", () => {
    const doc = { ...valid, linkedinPost: `${valid.linkedinPost} Our unsorry toxicology lab.` };
    expect(checkLayoffRules(doc, input)).toEqual([]);
  });
});
