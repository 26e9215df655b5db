// The verdict on "who earns more" for two roles at one level, decided from the figures
// and, where the source publishes rows, a bootstrap interval of the median difference.
// Pure: literal inputs in, a verdict out, so each rule has a unit test. The rules, in
// order (the first that applies decides):
//
//   1. a role has no figure                               → missing
//   2. a figure stands in (a parent role's, or all levels) → no_like_for_like (stand_in)
//   3. the two figures come from different sources/years  → no_like_for_like (different_sources)
//   4. fewer than MIN_SAMPLE_SIZE rows or respondents     → too_few
//   5. rows on both sides: the 95% bootstrap interval of median(second) − median(first)
//        excludes zero                                    → higher (the role whose median is higher)
//        includes zero, and lies within ±NEARLY_IDENTICAL_SHARE of the lower median
//                                                         → nearly_identical
//        includes zero, wider than that                   → no_clear_difference
//   6. medians only (a survey's published medians)        → medians_only (the gap, no interval)

import { bootstrapMedianDifference, DEFAULT_BOOTSTRAP, type BootstrapOptions } from "./bootstrap";
import { MIN_SAMPLE_SIZE } from "./stats";

/** 0 is the pair's first role, 1 its second. */
export type Side = 0 | 1;

/** What the rules need to know about one role's figure. */
export interface VerdictSide {
  /** The figure shown for the role, or null when there is none. `id` is the same for the
   *  same published figure, so a stand-in shared by both roles is recognised. */
  figure: { id: string; sourceId: string; p50: number | null; sampleSize: number | null } | null;
  /** The role's own figure at exactly this level (not a parent role's, not all levels). */
  own: boolean;
  /** The rows behind the figure, when the source publishes them. */
  sample: readonly number[] | null;
}

export interface Interval {
  /** median(second) − median(first), cents. */
  difference: number;
  low: number;
  high: number;
}

export type Verdict =
  | { kind: "missing"; sides: Side[] }
  /** `shared`: both roles show the very same stand-in figure, which is no comparison at all. */
  | { kind: "no_like_for_like"; reason: "stand_in"; standIns: Side[]; shared: boolean }
  | { kind: "no_like_for_like"; reason: "different_sources" }
  | { kind: "too_few"; sizes: [number, number] }
  | ({ kind: "higher"; higher: Side } & Interval)
  | ({ kind: "nearly_identical" } & Interval)
  | ({ kind: "no_clear_difference" } & Interval)
  /** `higher` is null when the two medians are equal. */
  | { kind: "medians_only"; difference: number; higher: Side | null };

export type VerdictKind = Verdict["kind"];

/** An interval that includes zero and stays within this share of the lower median either
 *  way means the two medians are, as far as the data can tell, nearly identical. */
export const NEARLY_IDENTICAL_SHARE = 0.1;

export function compareSides(
  first: VerdictSide,
  second: VerdictSide,
  bootstrap: BootstrapOptions = DEFAULT_BOOTSTRAP,
): Verdict {
  const sides = [first, second] as const;
  const missing = ([0, 1] as const).filter((i) => sides[i].figure?.p50 == null);
  if (missing.length > 0) return { kind: "missing", sides: missing };
  const a = first.figure!;
  const b = second.figure!;

  const standIns = ([0, 1] as const).filter((i) => !sides[i].own);
  if (standIns.length > 0) return { kind: "no_like_for_like", reason: "stand_in", standIns, shared: a.id === b.id };
  if (a.sourceId !== b.sourceId) return { kind: "no_like_for_like", reason: "different_sources" };

  if (first.sample && second.sample) {
    const sizes: [number, number] = [first.sample.length, second.sample.length];
    if (Math.min(...sizes) < MIN_SAMPLE_SIZE) return { kind: "too_few", sizes };
    const interval = bootstrapMedianDifference(first.sample, second.sample, bootstrap);
    if (interval.low > 0) return { kind: "higher", higher: 1, ...interval };
    if (interval.high < 0) return { kind: "higher", higher: 0, ...interval };
    const lowerMedian = Math.min(a.p50!, b.p50!);
    const widest = Math.max(-interval.low, interval.high);
    return widest <= NEARLY_IDENTICAL_SHARE * lowerMedian
      ? { kind: "nearly_identical", ...interval }
      : { kind: "no_clear_difference", ...interval };
  }

  const sizes: [number, number] = [a.sampleSize ?? 0, b.sampleSize ?? 0];
  if (Math.min(...sizes) < MIN_SAMPLE_SIZE) return { kind: "too_few", sizes };
  const difference = b.p50! - a.p50!;
  return { kind: "medians_only", difference, higher: difference === 0 ? null : difference > 0 ? 1 : 0 };
}

/** Whether the verdict compares the two roles at all (the chart draws them side by side
 *  only then). */
export function isComparison(verdict: Verdict): boolean {
  return !["missing", "no_like_for_like", "too_few"].includes(verdict.kind);
}
