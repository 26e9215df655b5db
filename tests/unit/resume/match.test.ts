import { describe, expect, it } from "vitest";
import { findJobTitle, JOB_DESCRIPTION_MAX_CHARS, matchJob, trimJobDescription } from "~/resume/match";
import { goodResume } from "../../fixtures/resume/parsed-resume.ts";

const posting = `Job Title: Senior Backend Engineer

We build payments infrastructure. You will design payment APIs and own payments reliability.
Requirements: JavaScript, Kubernetes, Terraform and Rust. Experience managing on-call rotations.`;

function resume() {
  const parsed = goodResume();
  parsed.experience[0].bullets = [
    "Rewrote the payment API gateway in JS, cutting p99 latency by 30%",
    "Moved 40 services to k8s and managed the on-call rotation",
  ];
  parsed.skills = ["Terraform", "Go"];
  return parsed;
}

describe("job match", () => {
  it("matches synonyms of tech terms (JS = JavaScript, k8s = Kubernetes)", () => {
    const match = matchJob(resume(), posting);
    expect(match.matched).toEqual(expect.arrayContaining(["JavaScript", "Kubernetes"]));
  });

  it("credits skills shown in bullets above skills only listed, and lists what is missing", () => {
    const match = matchJob(resume(), posting);
    expect(match.keywords.find((keyword) => keyword.keyword === "Kubernetes")).toMatchObject({
      evidence: "shown",
      where: "Moved 40 services to k8s and managed the on-call rotation",
    });
    expect(match.weak).toContain("Terraform");
    expect(match.missing).toContain("Rust");
  });

  it("matches the posting's recurring words by stem (payments ~ payment)", () => {
    const match = matchJob(resume(), posting);
    expect(match.keywords.find((keyword) => keyword.keyword === "payments")).toMatchObject({ kind: "term", evidence: "shown" });
  });

  it("scores evidence above listing: the same skills listed only score lower", () => {
    const shown = matchJob(resume(), posting);
    const listedOnly = resume();
    listedOnly.experience[0].bullets = ["Ran the platform team's weekly planning for 6 people"];
    listedOnly.skills = ["JavaScript", "Kubernetes", "Terraform", "payments", "payment APIs"];
    expect(matchJob(listedOnly, posting).score).toBeLessThan(shown.score);
  });

  it("reads the job title and compares it with the resume's titles, or uses the target role given", () => {
    const match = matchJob(resume(), posting);
    expect(match).toMatchObject({ jobTitle: "Senior Backend Engineer", resumeTitle: "Senior Software Engineer", titleMatched: true });
    expect(matchJob(resume(), posting, "Product Manager")).toMatchObject({ jobTitle: "Product Manager", titleMatched: false });
  });

  it("penalises a skills block far out of proportion to the evidence for it", () => {
    const stuffed = resume();
    stuffed.skills = [...stuffed.skills, ...Array.from({ length: 18 }, (_, i) => `Framework${i}`)];
    const match = matchJob(stuffed, posting);
    expect(match.stuffing).toMatchObject({ ruleId: "match.stuffing", points: 10 });
    expect(match.stuffing?.what).toMatch(/lists 20 skills, but only 0 of them appear/);
    expect(match.score).toBe(Math.max(0, matchJob(resume(), posting).score - 10));
  });

  it("does not call a long skills list stuffing when the jobs show those skills", () => {
    const honest = resume();
    honest.skills = Array.from({ length: 16 }, (_, i) => `Tool${i}`);
    honest.experience[0].bullets = honest.skills.map((skill) => `Built the ${skill} integration for 3 teams`);
    expect(matchJob(honest, posting).stuffing).toBeNull();
  });

  it("trims an over-long posting with a notice", () => {
    const long = `${posting}\n${"Our culture values curiosity. ".repeat(10_000)}`;
    const { text, notice } = trimJobDescription(long);
    expect(text.length).toBeLessThanOrEqual(JOB_DESCRIPTION_MAX_CHARS);
    expect(notice).toMatch(/only the first 20,000 were used/);
    const match = matchJob(resume(), long);
    expect(match.notices).toEqual([notice]);
    expect(match.matched).toContain("Kubernetes");
  });

  it("finds titles in 'hiring a …' phrases and title-like first lines", () => {
    expect(findJobTitle("We are hiring a Staff Data Engineer to join us.")).toBe("Staff Data Engineer");
    expect(findJobTitle("Product Designer\nRemote, EU")).toBe("Product Designer");
    expect(findJobTitle("Come work with us.")).toBeNull();
  });
});
