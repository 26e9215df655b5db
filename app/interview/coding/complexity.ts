// An empirical complexity hint: how the running time grows with the input size, from the
// slope of log(time) against log(size) over the large inputs. A hint, not a proof: timings
// on a busy machine are noisy, and small times are dominated by constant costs.

export interface TimingSample {
  size: number;
  ms: number;
}

/** Below this a timing says more about the machine than about the code. */
const MIN_MEASURABLE_MS = 5;

export function growthExponent(samples: readonly TimingSample[]): number | null {
  const usable = samples.filter((sample) => sample.ms >= MIN_MEASURABLE_MS && sample.size > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((sample) => Math.log(sample.size));
  const ys = usable.map((sample) => Math.log(sample.ms));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  const covariance = xs.reduce((total, x, i) => total + (x - mx) * (ys[i]! - my), 0);
  const variance = xs.reduce((total, x) => total + (x - mx) ** 2, 0);
  return variance === 0 ? null : Math.round((covariance / variance) * 100) / 100;
}

export function describeGrowth(
  samples: readonly TimingSample[],
  timedOutAt: number | null,
): { exponent: number | null; label: string } {
  const exponent = growthExponent(samples);
  if (timedOutAt !== null && samples.length === 0)
    return {
      exponent,
      label: `too slow to measure: the smallest large input (${timedOutAt.toLocaleString("en-US")}) ran out of time`,
    };
  const tail = timedOutAt !== null ? `; ran out of time at size ${timedOutAt.toLocaleString("en-US")}` : "";
  if (exponent === null)
    return {
      exponent,
      label: `too fast to measure at these sizes (constant or logarithmic growth, or close to it)${tail}`,
    };
  const shape =
    exponent < 0.5
      ? "about constant or logarithmic"
      : exponent < 1.4
        ? "roughly linear (or n log n)"
        : exponent < 2.4
          ? "roughly quadratic"
          : exponent < 3.4
            ? "roughly cubic"
            : "steeper than cubic (exponential?)";
  return {
    exponent,
    label: `${shape}: doubling the input multiplied the time by about ${Math.round(2 ** exponent * 10) / 10}${tail}`,
  };
}
