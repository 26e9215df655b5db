import { describe, expect, it } from "vitest";
import { checkFacts, describeFactViolations, numbersIn } from "~/writer/fact-check";
import type { AllowedFacts } from "~/writer/types";

const allowed: AllowedFacts = {
  texts: [
    "Senior Backend Engineer",
    "Acme Payments",
    "Led the migration of billing to Stripe, cutting failed payments by 30% across 4 markets and saving $1.2M",
    "lead a small platform team at a product company",
    "kubernetes",
  ],
  numbers: [2020, 2, 2024, 3, 49, 4, 1, 8],
  names: ["LinkedIn", "OpenToWork", "March 2024", "Mar 2024", "March"],
};

const values = (text: string) => checkFacts([text], allowed).map((v) => v.value);

describe("fact check", () => {
  it("rejects a number the user never gave", () => {
    expect(values("I cut failed payments by 45% across 4 markets.")).toEqual(["45"]);
    expect(values("Our team of twelve shipped it.")).toEqual(["twelve"]);
  });

  it("rejects an employer or product the user never named", () => {
    expect(values("Before Acme Payments I was at Google, shipping on AWS.")).toEqual(["Google", "AWS"]);
    expect(values("I joined after my time at eBay.")).toEqual(["eBay"]);
  });

  it("rejects dates the user never gave", () => {
    expect(values("In June 2023, the company cut jobs.")).toEqual(["2023", "June"]);
    expect(values("On Tuesday I was told.")).toEqual(["Tuesday"]);
  });

  it("rejects vague quantities unless the user used them", () => {
    expect(values("Hundreds of people lost their jobs.")).toEqual(["hundreds"]);
  });

  it("accepts the user's facts rephrased: numbers in words or other notation, names in other case", () => {
    expect(
      values(
        "For four years I was a senior backend engineer at Acme Payments. In March 2024 my role was cut. " +
          "I led the Stripe billing migration, cutting failed payments by thirty percent in four markets and saving 1.2 million dollars. " +
          "I run Kubernetes and I'm looking for a Platform Engineering role. #OpenToWork on LinkedIn.",
      ),
    ).toEqual([]);
  });

  it("accepts ordinary words capitalised at the start of a sentence or heading", () => {
    expect(
      values("Since then, I've been learning. Now I'm ready. Thanks for reading! What I can speak to is the work."),
    ).toEqual([]);
  });

  it("accepts numbers the composer worked out (durations, dates)", () => {
    expect(values("After 4 years and 1 month, I left in March 2024; it has been 8 months.")).toEqual([]);
  });

  it("reads numbers in digits, with separators, scales and in words", () => {
    expect(
      numbersIn("1,200 jobs, $1.2M, 5k users, two hundred and fifty people, 3.5 stars").map((n) => n.value),
    ).toEqual([1200, 1_200_000, 5000, 3.5, 250]);
    expect(numbersIn("no one, one of us")).toEqual([]);
  });

  it("describes what it found for the person", () => {
    expect(describeFactViolations(checkFacts(["At Google I grew revenue 45%."], allowed))).toBe(
      "It mentioned “45”, “Google”, which are not in your details.",
    );
  });
});
