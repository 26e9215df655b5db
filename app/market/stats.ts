// Summary statistics for salary samples.

/** Survey cells with fewer respondents (distinct rows) than this are not imported:
 *  a handful of self-reported salaries says little about a market. */
export const MIN_SAMPLE_SIZE = 30;

/**
 * The p-th percentile (0 ≤ p ≤ 1) of ascending-sorted values by linear interpolation
 * between closest ranks: h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * This is Hyndman & Fan's definition 7, the default of R, NumPy and Excel's
 * PERCENTILE.INC, so anyone can reproduce our figures from the same rows.
 */
export function percentile(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) throw new RangeError("percentile of an empty sample");
  if (p < 0 || p > 1) throw new RangeError(`percentile rank out of range: ${p}`);
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, n - 1);
  return sortedAscending[lower] + (h - lower) * (sortedAscending[upper] - sortedAscending[lower]);
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("mean of an empty sample");
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export interface SampleSummary {
  n: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  mean: number;
}

export function summarise(values: readonly number[]): SampleSummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p10: percentile(sorted, 0.1),
    p25: percentile(sorted, 0.25),
    p50: percentile(sorted, 0.5),
    p75: percentile(sorted, 0.75),
    p90: percentile(sorted, 0.9),
    mean: mean(sorted),
  };
}
