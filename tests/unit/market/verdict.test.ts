import { describe, expect, it } from "vitest";
import { compareSides, isComparison, NEARLY_IDENTICAL_SHARE, type VerdictSide } from "~/market/verdict";

const range = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + i * step);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A role's own figure with its rows (a salary-survey cell). */
function rows(values: number[], id = `cell-${values[0]}`, sourceId = "aijobs-2024"): VerdictSide {
  return { figure: { id, sourceId, p50: median(values), sampleSize: values.length }, own: true, sample: values };
}

/** A published median without rows (a developer-survey figure). */
function medianOnly(p50: number, n: number, id = `so-${p50}`, sourceId = "so-2025"): VerdictSide {
  return { figure: { id, sourceId, p50, sampleSize: n }, own: true, sample: null };
}

const NONE: VerdictSide = { figure: null, own: false, sample: null };

describe("verdict rules", () => {
  it("says which role has no figure at all", () => {
    expect(compareSides(NONE, medianOnly(100, 50))).toEqual({ kind: "missing", sides: [0] });
    expect(compareSides(NONE, NONE)).toEqual({ kind: "missing", sides: [0, 1] });
    const noMedian: VerdictSide = {
      figure: { id: "x", sourceId: "s", p50: null, sampleSize: 40 },
      own: true,
      sample: null,
    };
    expect(compareSides(medianOnly(100, 50), noMedian)).toEqual({ kind: "missing", sides: [1] });
  });

  it("never compares a stand-in, and recognises one stand-in shown for both roles", () => {
    const parent = { ...rows(range(100, 150_000, 500), "swe-senior"), own: false };
    expect(compareSides(parent, parent)).toEqual({
      kind: "no_like_for_like",
      reason: "stand_in",
      standIns: [0, 1],
      shared: true,
    });
    const own = rows(range(40, 140_000, 500));
    expect(compareSides(own, parent)).toEqual({
      kind: "no_like_for_like",
      reason: "stand_in",
      standIns: [1],
      shared: false,
    });
    // Rows or not, a stand-in is never compared, even when its median differs wildly.
    const allLevels = { ...medianOnly(90_000, 5000), own: false };
    expect(compareSides(medianOnly(200_000, 100), allLevels).kind).toBe("no_like_for_like");
  });

  it("does not compare figures from different sources or years", () => {
    const a = rows(range(40, 100_000, 100), "a", "aijobs-2024");
    const b = rows(range(40, 200_000, 100), "b", "aijobs-2023");
    expect(compareSides(a, b)).toEqual({ kind: "no_like_for_like", reason: "different_sources" });
  });

  it("calls fewer than 30 rows or respondents on either side too few to compare", () => {
    expect(compareSides(rows(range(29, 100_000, 100)), rows(range(500, 300_000, 10)))).toEqual({
      kind: "too_few",
      sizes: [29, 500],
    });
    expect(compareSides(rows([100_000]), rows([200_000]))).toMatchObject({ kind: "too_few", sizes: [1, 1] });
    expect(compareSides(medianOnly(100, 12), medianOnly(200, 900))).toEqual({ kind: "too_few", sizes: [12, 900] });
  });

  it("names the higher role when the interval of the difference excludes zero, either way round", () => {
    const low = rows(range(60, 100_000, 500));
    const high = rows(range(60, 150_000, 500));
    const second = compareSides(low, high);
    expect(second).toMatchObject({ kind: "higher", higher: 1, difference: 50_000 });
    if (second.kind !== "higher") throw new Error("unreachable");
    expect(second.low).toBeGreaterThan(0);
    expect(second.low).toBeLessThan(second.difference);
    expect(second.high).toBeGreaterThan(second.difference);
    expect(compareSides(high, low)).toMatchObject({ kind: "higher", higher: 0, difference: -50_000 });
  });

  it("calls an interval spanning zero nearly identical only when it is narrow", () => {
    // Two large, interleaved samples: medians $500 apart, interval well inside ±10%.
    const a = rows(range(1000, 100_000, 100));
    const b = rows(range(1000, 100_050, 100));
    const close = compareSides(a, b);
    expect(close.kind).toBe("nearly_identical");
    if (close.kind !== "nearly_identical") throw new Error("unreachable");
    expect(close.low).toBeLessThan(0);
    expect(close.high).toBeGreaterThan(0);
    expect(Math.max(-close.low, close.high)).toBeLessThanOrEqual(NEARLY_IDENTICAL_SHARE * 100_000);

    // Small, spread-out samples: the gap could be large either way, so no verdict.
    const spreadA = rows(range(30, 60_000, 5000));
    const spreadB = rows(range(30, 62_000, 5000));
    expect(compareSides(spreadA, spreadB).kind).toBe("no_clear_difference");
  });

  it("reports a survey's medians as a gap without an interval, or no gap when equal", () => {
    expect(compareSides(medianOnly(13_800_000, 1650), medianOnly(17_500_000, 687))).toEqual({
      kind: "medians_only",
      difference: 3_700_000,
      higher: 1,
    });
    expect(compareSides(medianOnly(100, 40), medianOnly(100, 40, "other"))).toEqual({
      kind: "medians_only",
      difference: 0,
      higher: null,
    });
  });

  it("counts as a comparison only the verdicts that compare like for like", () => {
    expect(isComparison({ kind: "no_like_for_like", reason: "stand_in", standIns: [0, 1], shared: true })).toBe(false);
    expect(isComparison({ kind: "too_few", sizes: [3, 40] })).toBe(false);
    expect(isComparison({ kind: "medians_only", difference: 1, higher: 1 })).toBe(true);
  });
});
