import { describe, expect, it } from "vitest";
import { hasDegree, isInstitutionName, isPlaceName, pastTense, titleScore, verbForm } from "~/resume/lexicon";
import { stem } from "~/resume/text";

describe("word lists", () => {
  it("knows places by their state, province or country, and work modes", () => {
    for (const place of [
      "Santa Clara, CA",
      "Toronto, ON",
      "London, UK",
      "São Paulo, Brazil",
      "Remote",
      "Palo Alto, CA & Ithaca, NY",
    ]) {
      expect(isPlaceName(place), place).toBe(true);
    }
    for (const text of ["Nexus AI, Co-Founder & CTO", "Research Intern Santa Clara, CA", "Python, Go", "Stripe"]) {
      expect(isPlaceName(text), text).toBe(false);
    }
  });

  it("tells a job title from an employer", () => {
    expect(titleScore("Research Intern")).toBeGreaterThan(titleScore("NVIDIA Research"));
    expect(titleScore("Co-Founder & CTO")).toBeGreaterThan(0);
    expect(titleScore("Google DeepMind")).toBe(0);
  });

  it("recognises degrees and schools", () => {
    expect(["PhD", "B.Sc. in Physics", "MEng in Computer Science", "MBA", "Bachelor of Arts"].every(hasDegree)).toBe(
      true,
    );
    expect(hasDegree("Computer Science")).toBe(false);
    expect(isInstitutionName("Boğaziçi University")).toBe(true);
    expect(isInstitutionName("Stripe")).toBe(false);
  });

  it("knows action verbs in every form and puts them in the past tense", () => {
    expect(verbForm("managing")).toEqual({ base: "manage", form: "gerund" });
    expect(verbForm("Leads")).toEqual({ base: "lead", form: "third_person" });
    expect(verbForm("Shipped")).toEqual({ base: "ship", form: "past" });
    expect(["build", "plan", "identify", "lead"].map(pastTense)).toEqual(["built", "planned", "identified", "led"]);
  });

  it("stems word forms to meet each other", () => {
    expect(new Set(["managing", "manager", "management", "managed", "manages"].map(stem)).size).toBe(1);
    expect(stem("payments")).toBe(stem("payment"));
  });
});
