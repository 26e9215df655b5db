import { describe, expect, it } from "vitest";
import { newestPerSeries, selectRange } from "~/market/select";
import { figure as fig } from "../../fixtures/market/figures";

const BLS_SWE = fig({
  sourceId: "bls-2024",
  publisher: "U.S. Bureau of Labor Statistics",
  sourceName: "BLS OEWS May 2024",
  occupationCode: "15-1252",
  p50: 13_308_000,
  sampleSize: null,
  employment: 1_654_440,
});
const SURVEY_SWE_SENIOR = fig({
  sourceId: "aijobs-2024",
  publisher: "ai-jobs.net",
  level: "senior",
  sourceLevel: "SE",
  p50: 18_465_000,
});
const SO_FULL_STACK = fig({
  sourceId: "so-2024",
  publisher: "Stack Overflow",
  basis: "survey_median",
  roleSlug: "full-stack-engineer",
  occupationCode: "Developer, full-stack",
  p25: null,
  p75: null,
  p10: null,
  p90: null,
  p50: 13_000_000,
});
const SF_FLOOR_MID = fig({
  sourceId: "oflc",
  publisher: "OFLC",
  basis: "wage_floor",
  level: "mid",
  sourceLevel: "Level II",
  areaCode: "41860",
  areaName: "San Francisco-Oakland-Fremont, CA",
  p50: 16_163_680,
  period: "July 2025 – June 2026",
});

describe("selectRange", () => {
  it("takes the range from observed pay at the level asked for, over an all-levels figure", () => {
    const range = selectRange([BLS_SWE, SURVEY_SWE_SENIOR], { role: "software-engineer", level: "senior" });
    expect(range.primary?.sourceId).toBe("aijobs-2024");
    expect(range.p50).toBe(18_465_000);
    expect(range.figures.map((f) => f.sourceId)).toEqual(["aijobs-2024", "bls-2024"]);
    expect(range.notes).toEqual([]);
  });

  it("falls back to all levels and says so", () => {
    const range = selectRange([BLS_SWE, SURVEY_SWE_SENIOR], { role: "software-engineer", level: "early" });
    expect(range.primary?.sourceId).toBe("bls-2024");
    expect(range.notes).toContain("No early career figures; the range covers all levels.");
  });

  it("prefers observed pay of the parent occupation to a survey median of the role, and notes both", () => {
    const range = selectRange([BLS_SWE, SO_FULL_STACK], { role: "full-stack-engineer", level: "mid" });
    expect(range.primary?.sourceId).toBe("bls-2024");
    expect(range.figures.map((f) => f.sourceId)).toEqual(["bls-2024", "so-2024"]);
    expect(range.notes.join(" ")).toMatch(
      /No figures specific to full-stack engineers; the range is for software engineers\. BLS and OFLC do not separate/,
    );
  });

  it("uses a survey median when nothing observed exists, and says there is no spread", () => {
    const range = selectRange([SO_FULL_STACK], { role: "full-stack-engineer", level: "mid" });
    expect(range.p50).toBe(13_000_000);
    expect(range.p25).toBeNull();
    expect(range.notes.join(" ")).toContain("Only a survey median is available");
  });

  it("for a metro without observed pay, gives the national range and the metro's wage floor at that level", () => {
    const range = selectRange([BLS_SWE, SF_FLOOR_MID], { role: "software-engineer", level: "mid", areaCode: "41860" });
    expect(range.areaName).toBe("San Francisco-Oakland-Fremont, CA");
    expect(range.primary?.areaCode).toBe("US");
    expect(range.figures.at(-1)?.basis).toBe("wage_floor");
    expect(range.notes).toContain("No observed pay for San Francisco-Oakland-Fremont, CA; the range is national.");
    expect(range.notes.join(" ")).toContain(
      "OFLC Level II prevailing wage is $161,637 a year (July 2025 – June 2026): a legal minimum",
    );
  });

  it("never turns a wage floor into a range", () => {
    const range = selectRange([SF_FLOOR_MID], { role: "software-engineer", level: "mid", areaCode: "41860" });
    expect(range.primary).toBeNull();
    expect(range.p50).toBeNull();
    expect(range.notes.join(" ")).toContain("No pay figures for software engineer");
  });

  it("says no public figures exist for a company and that the range is the market's", () => {
    const range = selectRange([BLS_SWE], { role: "software-engineer", level: "mid", company: "Google" });
    expect(range.notes[0]).toBe(
      "No public company-specific figures for Google: the range is for the whole market, not that employer.",
    );
  });

  it("names percentiles the source does not publish", () => {
    const managers = fig({
      roleSlug: "engineering-manager",
      publisher: "U.S. Bureau of Labor Statistics",
      sourceName: "BLS OEWS May 2024",
      p90: null,
    });
    const range = selectRange([managers], { role: "engineering-manager", level: "senior" });
    expect(range.notes.join(" ")).toContain(
      "BLS OEWS May 2024 publishes no p90 for this figure (BLS leaves out estimates at or above its top code",
    );
  });

  it("reports an area code with no figures at all", () => {
    const range = selectRange([BLS_SWE], { role: "software-engineer", level: "mid", areaCode: "00000" });
    expect(range.notes).toContain("No figures at all for area 00000.");
  });
});

describe("newestPerSeries", () => {
  it("keeps the newest period of a series and every distinct series", () => {
    const older = { ...BLS_SWE, sourceId: "bls-2023", asOf: "2023-05-01" };
    const newer = { ...BLS_SWE, asOf: "2024-05-01" };
    expect(newestPerSeries([older, newer, SURVEY_SWE_SENIOR]).map((f) => f.sourceId)).toEqual([
      "bls-2024",
      "aijobs-2024",
    ]);
  });
});
