import { describe, expect, it } from "vitest";
import { compareScans } from "~/resume/compare";
import { sampleReport } from "../../fixtures/resume/sample-report.ts";

describe("comparing two scans", () => {
  const before = sampleReport({ jobDescription: "Senior Engineer. Kubernetes, Go and Terraform." });
  const after = sampleReport({
    phone: true,
    currentJobStart: "Mar 2020",
    bullets: [
      "Led the ledger migration to Kubernetes, cutting deploys by 40%",
      "Owned the on-call rotation for 12 services",
    ],
    jobDescription: "Senior Engineer. Kubernetes, Go and Terraform.",
  });

  it("reports the score change and which parts moved", () => {
    const comparison = compareScans(before, after);
    expect(comparison.delta).toBe(after.score.total - before.score.total);
    expect(comparison.delta).toBeGreaterThan(0);
    expect(comparison.categories.find((category) => category.id === "contact")).toMatchObject({
      previous: 8,
      current: 10,
      delta: 2,
    });
  });

  it("lists what the new version fixed and what it broke", () => {
    const comparison = compareScans(before, after);
    expect(comparison.fixed.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(["contact.phone", "bullets.weak-opener", "experience.gap"]),
    );
    expect(comparison.added).toEqual([]);
    expect(compareScans(after, before).added.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(["contact.phone"]),
    );
  });

  it("compares job-match scores when both scans had a job description", () => {
    expect(compareScans(before, after).match).toMatchObject({
      previous: before.match?.score,
      current: after.match?.score,
    });
    expect(compareScans(sampleReport(), after).match.delta).toBeNull();
  });

  it("says when the two scans were scored by different rule versions", () => {
    expect(compareScans(before, after).sameRuleset).toBe(true);
    const older = { ...before, rulesetVersion: "ats-rules-0" };
    expect(compareScans(older, after)).toMatchObject({ sameRuleset: false, previousVersion: "ats-rules-0" });
  });

  it("finds no change between a report and itself", () => {
    const comparison = compareScans(before, before);
    expect(comparison).toMatchObject({ delta: 0, fixed: [], added: [], gatesFixed: [], gatesAdded: [] });
  });
});
