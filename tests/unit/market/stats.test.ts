import { describe, expect, it } from "vitest";
import { mean, percentile, summarise } from "~/market/stats";

describe("percentile (linear between closest ranks, Excel PERCENTILE.INC)", () => {
  it("interpolates between ranks like PERCENTILE.INC", () => {
    const values = [10, 20, 30, 40];
    expect(percentile(values, 0.25)).toBe(17.5);
    expect(percentile(values, 0.5)).toBe(25);
    expect(percentile(values, 0.9)).toBeCloseTo(37);
  });

  it("returns the extremes at 0 and 1 and the value itself for one observation", () => {
    expect(percentile([5, 7, 9], 0)).toBe(5);
    expect(percentile([5, 7, 9], 1)).toBe(9);
    expect(percentile([42], 0.9)).toBe(42);
  });

  it("refuses an empty sample or a rank outside 0..1", () => {
    expect(() => percentile([], 0.5)).toThrow(RangeError);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
  });
});

describe("summarise", () => {
  it("sorts the sample first and reports n, mean and p10..p90", () => {
    const s = summarise([30, 10, 20, 40, 50]);
    expect(s).toEqual({ n: 5, p10: 14, p25: 20, p50: 30, p75: 40, p90: 46, mean: 30 });
  });
});
