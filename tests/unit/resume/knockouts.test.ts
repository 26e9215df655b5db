import { describe, expect, it } from "vitest";
import { knockoutQuestions, monthsOfExperience } from "~/resume/knockouts";
import { goodResume } from "../../fixtures/resume/parsed-resume.ts";

const posting = `Senior Backend Engineer
- 5+ years of experience building services in Go
- Bachelor's degree in Computer Science or a related field
- Must be authorized to work in the US; we do not offer visa sponsorship
- Hybrid: 3 days a week in our Austin office
- Active Secret clearance required`;

describe("knockout questions", () => {
  const today = new Date("2026-12-01T00:00:00Z");
  const items = knockoutQuestions(posting, goodResume(), today);

  it("finds each question the posting implies, quoting its line", () => {
    expect(items.map((item) => item.id)).toEqual(["work_authorisation", "location", "years", "degree", "clearance"]);
    expect(items.find((item) => item.id === "years")?.posting).toBe("- 5+ years of experience building services in Go");
  });

  it("compares years and degree with the resume, and says what only the person can answer", () => {
    // Jun 2017 – Feb 2021 (45 months) and Mar 2021 – Dec 2026 (70, this month included).
    expect(monthsOfExperience(goodResume(), today)).toBe(45 + 70);
    expect(items.find((item) => item.id === "years")).toMatchObject({
      status: "meets",
      resume: "Your dated jobs add up to about 9 years (overlaps counted once).",
    });
    expect(items.find((item) => item.id === "degree")).toMatchObject({
      status: "meets",
      resume: "Your resume shows a bachelor's degree.",
    });
    expect(items.find((item) => item.id === "work_authorisation")?.status).toBe("answer");
    expect(items.find((item) => item.id === "clearance")?.status).toBe("missing");
  });

  it("asks nothing a posting does not raise", () => {
    expect(knockoutQuestions("Frontend Engineer\nReact and TypeScript.", goodResume(), today)).toEqual([]);
    expect(
      knockoutQuestions("Engineer\nBachelor's degree or equivalent practical experience", goodResume(), today),
    ).toEqual([]);
  });
});
