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
  it("turns a duty phrase before a verb into what was done, in the person's words", () => {
    expect(suggestionsFor(["Responsible for managing the deployment pipeline"])[0]).toMatchObject({
      entry: "Senior Software Engineer, Stripe",
      rewrite: "Managed the deployment pipeline.",
    });
  });

  it("puts 'by [X%]' where the number of a change goes, and nowhere else", () => {
    expect(suggestionsFor(["Reduced build times for the mobile app"])[0].rewrite).toBe(
      "Reduced build times for the mobile app by [X%].",
    );
    for (const suggestion of suggestionsFor([
      "Responsible for designing the onboarding flow",
      "I built the admin console",
    ])) {
      expect(suggestion.rewrite).not.toMatch(/\[(?:metric|X%)\]|improving/u);
    }
  });

  it("offers nothing for a bullet that describes a product or a team instead of an action", () => {
    expect(suggestionsFor(["Phabricator is used daily by 2,000 engineers at the company"])).toEqual([]);
    expect(suggestionsFor(["Worked on the YouTube Captions team across three time zones"])).toEqual([]);
    expect(suggestionsFor(["Helped the team with releases", "Was part of the platform team"])).toEqual([]);
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

  it("never invents a figure and never breaks a sentence: every rewrite opens with a past-tense verb", () => {
    const bullets = [
      "Responsible for onboarding 12 customers",
      "Worked on the billing system",
      "Helped migrate 40 services to Kubernetes",
      "Participated in the 2021 security audit",
      "Tasked with improving release quality",
      "Responsible for the on-call rotation",
    ];
    for (const suggestion of suggestionsFor(bullets, "2022-01")) {
      expect(digits(suggestion.rewrite), suggestion.rewrite).toEqual(digits(suggestion.original));
      expect(suggestion.rewrite).not.toMatch(/\d+%|\[[^\]]*\/[^\]]*\]/u);
      expect(suggestion.rewrite).toMatch(
        /^\p{Lu}\p{Ll}+ed\b|^(?:Led|Built|Ran|Won|Made|Cut|Set|Grew|Wrote|Drove|Took|Gave|Held|Kept|Sold|Taught|Brought|Began|Chose|Found)\b/u,
      );
    }
  });

  it("leaves strong, quantified bullets alone", () => {
    expect(suggestionsFor(["Cut cloud spend by 22% by rightsizing 300 instances"])).toEqual([]);
  });

  it("shows duty phrases before bullets that only lack a number, and at most a screenful", () => {
    const bullets = [
      ...Array.from({ length: 20 }, (_, i) => `Reduced latency of service ${"abcdefghijklmnopqrst"[i]}`),
      "Responsible for hiring engineers",
    ];
    const suggestions = suggestionsFor(bullets);
    expect(suggestions).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestions[0].original).toBe("Responsible for hiring engineers");
  });
});
