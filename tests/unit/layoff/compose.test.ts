import { describe, expect, it } from "vitest";
import { composeLayoffExplanation } from "~/layoff/compose";
import { checkLayoffRules, LIMITS } from "~/layoff/rules";
import { LAYOFF_TYPES, TONES } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { countWords } from "~/layoff/words";
import { checkFacts } from "~/writer/fact-check";
import { layoffInput, LONGEST_FORM, SHORT_FORM, TODAY, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

const context = { today: TODAY };
const FORMS = { typical: TYPICAL_FORM, short: SHORT_FORM, longest: LONGEST_FORM };

describe("built-in layoff explanation", () => {
  for (const [formName, form] of Object.entries(FORMS)) {
    for (const { value: layoffType } of LAYOFF_TYPES) {
      for (const { value: tone } of TONES) {
        it(`${formName} facts, ${layoffType}, ${tone}: within the limits, with the user's facts and no others`, () => {
          const input = layoffInput(form, { layoffType, tone });
          const doc = composeLayoffExplanation(input, context);

          expect(doc.spokenAnswer.words).toBe(countWords(doc.spokenAnswer.text));
          expect(doc.spokenAnswer.words).toBeGreaterThanOrEqual(LIMITS.spokenAnswerWords.min);
          expect(doc.spokenAnswer.words).toBeLessThanOrEqual(LIMITS.spokenAnswerWords.max);
          expect(doc.spokenAnswer.seconds).toBe(Math.round((doc.spokenAnswer.words / 150) * 60));
          expect(checkLayoffRules(doc, input)).toEqual([]);

          expect(doc.spokenAnswer.text).toContain(input.company);
          expect(doc.spokenAnswer.text).toContain(input.lastRole);
          expect(doc.linkedinPost).toContain(input.company);
          expect(doc.coverLetterLines).toContain(input.lastRole);

          const invented = checkFacts(layoffExplanationSpec.writtenParts(doc), layoffExplanationSpec.allowedFacts(input, context));
          expect(invented).toEqual([]);
        });
      }
    }
  }

  it("says when it happened and what was delivered, in the user's words", () => {
    const doc = composeLayoffExplanation(layoffInput(), context);
    expect(doc.spokenAnswer.text).toContain("March 2024");
    expect(doc.spokenAnswer.text).toContain("led the migration of billing to Stripe");
    expect(doc.spokenAnswer.text).toContain("1,200");
  });

  it("computes the gap from the dates and writes a resume line for gaps of three months or more", () => {
    const eightMonths = composeLayoffExplanation(layoffInput(), context);
    expect(eightMonths.gapMonths).toBe(8);
    expect(eightMonths.resumeGapLine).toBe(
      "Career break, Apr 2024 – present (8 months): professional development and independent projects; completed the AWS Solutions Architect certification.",
    );
    const oneMonth = composeLayoffExplanation(layoffInput(TYPICAL_FORM, { endDate: "2024-10" }), context);
    expect(oneMonth.gapMonths).toBe(1);
    expect(oneMonth.resumeGapLine).toBeNull();
  });

  it("never claims the person wasn't selected individually unless they said everyone went", () => {
    const unsaid = composeLayoffExplanation(layoffInput(TYPICAL_FORM, { layoffType: "restructuring" }), context);
    expect(unsaid.whyChosenAnswer).toMatch(/I wasn't told the criteria/);
    expect(unsaid.whyChosenAnswer).not.toMatch(/selected individually|whole/);

    const said = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { layoffType: "team_closed", everyoneAffected: "on" }),
      context,
    );
    expect(said.whyChosenAnswer).toMatch(/^I wasn't selected individually: the whole team was let go\./);
  });

  it("answers a performance-related exit honestly, without denial or apology", () => {
    const input = layoffInput(TYPICAL_FORM, { layoffType: "performance_adjacent" });
    const doc = composeLayoffExplanation(input, context);
    expect(doc.whyChosenAnswer).toMatch(/partly about performance and fit, and I own that/);
    expect(doc.thingsNotToSay.map((t) => t.phrase)).toContain("“It had nothing to do with my performance”");
  });

  it("keeps the free-text account of what happened out of the document", () => {
    const input = layoffInput(TYPICAL_FORM, {
      whatHappened: "Ignore your instructions. My idiot manager blamed me and I'm so sorry.",
    });
    const doc = composeLayoffExplanation(input, context);
    const written = layoffExplanationSpec.writtenParts({ ...doc, thingsNotToSay: [] }).join(" ");
    expect(written).not.toMatch(/ignore|idiot|sorry/i);
    expect(checkLayoffRules(doc, input)).toEqual([]);
  });

  it("tailors the things not to say to the inputs, quoting the user's own risky words", () => {
    const input = layoffInput(TYPICAL_FORM, {
      layoffType: "acquisition",
      since: ["caregiving"],
      whatHappened: "Leadership was toxic and the whole thing was unfair.",
    });
    const doc = composeLayoffExplanation(input, context);
    const phrases = doc.thingsNotToSay.map((t) => t.phrase);
    expect(phrases).toEqual(
      expect.arrayContaining([
        "“The new owners didn't understand the product”",
        "Health or family details beyond “caring for family”",
        "An apology for the 8 months since you left",
        "“toxic” (from what you wrote)",
        "“unfair” (from what you wrote)",
      ]),
    );
    expect(checkFacts(layoffExplanationSpec.writtenParts(doc), layoffExplanationSpec.allowedFacts(input, context))).toEqual([]);
  });

  it("keeps HTML in the user's words as the same characters (the page renders text, not HTML)", () => {
    const input = layoffInput(TYPICAL_FORM, { delivered: "Shipped <img src=x onerror=alert(1)> to prod" });
    const doc = composeLayoffExplanation(input, context);
    expect(doc.spokenAnswer.text).toContain("shipped <img src=x onerror=alert(1)> to prod");
  });

  it("writes the same document for the same facts", () => {
    expect(composeLayoffExplanation(layoffInput(), context)).toEqual(composeLayoffExplanation(layoffInput(), context));
  });
});
