import { randomLcg } from "d3-random";
import { describe, expect, it } from "vitest";
import { bootstrapMedianDifference, DEFAULT_BOOTSTRAP, resampledMedian } from "~/market/bootstrap";
import { percentile } from "~/market/stats";

const range = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + i * step);

/** The textbook resample: n values drawn with replacement, sorted, their median taken. */
function naiveMedian(sorted: number[], random: () => number): () => number {
  return () => {
    const resample = sorted.map(() => sorted[Math.floor(random() * sorted.length)]).sort((x, y) => x - y);
    return percentile(resample, 0.5);
  };
}

function frequencies(draw: () => number, times: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < times; i++) {
    const v = draw();
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return new Map([...counts].map(([v, c]) => [v, c / times]));
}

function binomialAtLeast(n: number, p: number, k: number): number {
  let total = 0;
  for (let i = k; i <= n; i++) {
    let choose = 1;
    for (let j = 0; j < i; j++) choose = (choose * (n - j)) / (j + 1);
    total += choose * p ** i * (1 - p) ** (n - i);
  }
  return total;
}

describe("drawing a resample's median directly", () => {
  it("gives each value of an odd sample its exact probability of being the resample's median", () => {
    const sample = [10, 20, 30, 40, 50];
    const observed = frequencies(resampledMedian(sample, randomLcg(7)), 100_000);
    // The median of 5 draws is at most the k-th value when at least 3 draws are.
    const atMost = (k: number) => binomialAtLeast(5, k / 5, 3);
    sample.forEach((value, i) => {
      expect(observed.get(value) ?? 0).toBeCloseTo(atMost(i + 1) - atMost(i), 2);
    });
  });

  it("matches the textbook resample-and-sort distribution for an even sample", () => {
    const sample = [1, 2, 4, 8];
    const fast = frequencies(resampledMedian(sample, randomLcg(11)), 100_000);
    const slow = frequencies(naiveMedian(sample, randomLcg(12)), 100_000);
    for (const value of new Set([...fast.keys(), ...slow.keys()])) {
      expect(Math.abs((fast.get(value) ?? 0) - (slow.get(value) ?? 0)), `median ${value}`).toBeLessThan(0.01);
    }
  });
});

describe("bootstrap of a median difference", () => {
  const a = range(76, 100_000, 1_700);
  const b = range(60, 125_000, 2_100);

  it("agrees with the textbook bootstrap's interval on salary-like samples", () => {
    const random = randomLcg(3);
    const slowA = naiveMedian(a, random);
    const slowB = naiveMedian(b, random);
    const differences = Array.from({ length: 20_000 }, () => slowB() - slowA()).sort((x, y) => x - y);
    const fast = bootstrapMedianDifference(a, b, { resamples: 20_000, confidence: 0.95, seed: 4 });
    const width = fast.high - fast.low;
    expect(Math.abs(fast.low - percentile(differences, 0.025))).toBeLessThan(0.03 * width);
    expect(Math.abs(fast.high - percentile(differences, 0.975))).toBeLessThan(0.03 * width);
    expect(fast.difference).toBe(percentile(b, 0.5) - percentile(a, 0.5));
  });

  it("is deterministic, and its default bounds barely move from one seed to another", () => {
    expect(bootstrapMedianDifference(a, b)).toEqual(bootstrapMedianDifference([...a].reverse(), b));
    const bounds = [1, 2, 3, 4, 5].map((seed) => bootstrapMedianDifference(a, b, { ...DEFAULT_BOOTSTRAP, seed }));
    const width = bounds[0].high - bounds[0].low;
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    expect(spread(bounds.map((x) => x.low))).toBeLessThan(0.05 * width);
    expect(spread(bounds.map((x) => x.high))).toBeLessThan(0.05 * width);
  });

  it("gives a zero-width interval for constant samples and excludes zero for separated ones", () => {
    expect(bootstrapMedianDifference([5, 5, 5], [5, 5])).toEqual({ difference: 0, low: 0, high: 0 });
    const apart = bootstrapMedianDifference(range(40, 100, 1), range(40, 200, 1));
    expect(apart.low).toBeGreaterThan(0);
    expect(apart.difference).toBe(100);
  });

  it("handles single values and refuses an empty sample", () => {
    expect(bootstrapMedianDifference([1], [3])).toEqual({ difference: 2, low: 2, high: 2 });
    expect(() => bootstrapMedianDifference([], [1])).toThrow(RangeError);
  });
});
