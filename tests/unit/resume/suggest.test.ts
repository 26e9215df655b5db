import { describe, expect, it } from "vitest";
import { MAX_SUGGESTIONS, suggestRewrites } from "~/resume/suggest";
import { goodResume, job } from "../../fixtures/resume/parsed-resume.ts";

function suggestionsFor(bullets: string[], end: string = "present") {
  const resume = goodResume();
  resume.experience = [job({ bullets, end })];
  return suggestRewrites(resume);
}

const digits = (text: string) => (text.match(/\d+/gu) ?? []).sort();

describe("bullet rewrites", () => {
  it("turns a duty phrase into what was done and marks where the number goes", () => {
    expect(suggestionsFor(["Responsible for managing the deployment pipeline"])[0]).toMatchObject({
      entry: "Senior Software Engineer, Stripe",
      rewrite: "Managed the deployment pipeline, improving [metric] by [X%].",
    });
  });

  it("keeps that helping was shared work, and puts 'by [X%]' after a change verb", () => {
    expect(suggestionsFor(["Helped reduce build times"])[0].rewrite).toBe("Collaborated with [team or person] to reduce build times by [X%].");
  });

  it("says 'supported' for help without a verb, and names the role for 'was'", () => {
    const [helped, was] = suggestionsFor(["Helped the team with releases", "Was part of the platform team"]);
    expect(helped.rewrite).toBe("Supported the team with releases, improving [metric] by [X%].");
    expect(was.rewrite).toBe("[What you did] as part of the platform team, improving [metric] by [X%].");
  });

  it("drops the first person", () => {
    const [suggestion] = suggestionsFor(["I created the Meme generator in PHP for 300 students"]);
    expect(suggestion.rewrite).toBe("Created the Meme generator in PHP for 300 students.");
    expect(suggestion.reasons).toEqual(["drops the first person"]);
  });

  it("puts a finished job's bullets in the past tense", () => {
    expect(suggestionsFor(["Manage vendor relationships for 3 processors"], "2020-01")[0].rewrite).toBe(
      "Managed vendor relationships for 3 processors.",
    );
  });

  it("never invents a figure: every number in a rewrite was in the original", () => {
    const bullets = [
      "Responsible for onboarding 12 customers",
      "Worked on the billing system",
      "Helped migrate 40 services to Kubernetes",
      "Participated in the 2021 security audit",
      "Tasked with improving release quality",
    ];
    for (const suggestion of suggestionsFor(bullets)) {
      expect(digits(suggestion.rewrite), suggestion.rewrite).toEqual(digits(suggestion.original));
      expect(suggestion.rewrite).not.toMatch(/\d+%/u);
    }
  });

  it("leaves strong, quantified bullets alone", () => {
    expect(suggestionsFor(["Cut cloud spend by 22% by rightsizing 300 instances"])).toEqual([]);
  });

  it("shows duty phrases before bullets that only lack a number, and at most a screenful", () => {
    const bullets = [...Array.from({ length: 20 }, (_, i) => `Built tool number ${"abcdefghijklmnopqrst"[i]}`), "Responsible for hiring"];
    const suggestions = suggestionsFor(bullets);
    expect(suggestions).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestions[0].original).toBe("Responsible for hiring");
  });
});
