// How the negotiation tool writes percentiles, placements and sources (money, counts and
// dates: ~/format; titles, names and lists: ~/writer). Pure; every module of the domain may use it.
import { formatCount } from "~/format";
import { withArticle } from "~/writer/articles";
import type { Level } from "~/market/types";
import type { VestingSchedule } from "./schema";

/** A level as an adjective: "an early-career role", "mid-level data engineers". */
export const LEVEL_WORDS: Record<Level, string> = {
  early: "early-career",
  mid: "mid-level",
  senior: "senior",
  staff: "staff-level",
};
/** A level as in "at the senior level". */
export const LEVEL_NAMES: Record<Level, string> = {
  early: "early-career",
  mid: "mid",
  senior: "senior",
  staff: "staff",
};

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 62nd… */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** "median", "62nd percentile". */
export function percentileName(percentile: number): string {
  return percentile === 50 ? "median" : `${ordinal(percentile)} percentile`;
}

export type PlacementWords = { kind: "within" | "below" | "above"; percentile: number };

/** "at the 62nd percentile", "below the 10th percentile", "above the median". */
export function describePlacement(placement: PlacementWords): string {
  const preposition = placement.kind === "within" ? "at" : placement.kind;
  return `${preposition} the ${percentileName(placement.percentile)}`;
}

export function vestingScheduleLabel(vesting: VestingSchedule): string {
  switch (vesting.name) {
    case "even":
      return "vesting evenly";
    case "cliff_even":
      return "with a one-year cliff, then vesting evenly";
    case "amazon_5_15_40_40":
      return `on Amazon's ${vesting.yearlyPercents.join("/")} schedule`;
    case "custom":
      return `on ${withArticle(`${vesting.yearlyPercents.join("/")} schedule`)}`;
  }
}

/** "BLS OEWS, May 2024": the period is left out when the source's name already gives it
 *  ("…, national, May 2024"), so it is not said twice. */
export function sourceWithPeriod(sourceName: string, period: string): string {
  return period === "" || sourceName.includes(period) ? sourceName : `${sourceName}, ${period}`;
}

/** What a source's sample is, in words: respondents when counted, else jobs covered. */
export function describeSample(source: { sampleSize: number | null; employment: number | null }): string {
  if (source.sampleSize !== null) return `n = ${formatCount(source.sampleSize)}`;
  if (source.employment !== null) return `covering an estimated ${formatCount(source.employment)} jobs`;
  return "sample size not published";
}
