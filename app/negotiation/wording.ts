// How the negotiation tool writes percentiles, placements, sources, job titles and names
// (money, counts and dates: ~/format). Pure; every module of the domain may use it.
import { titleCase } from "title-case";
import { formatCount } from "~/format";
import type { VestingSchedule } from "./schema";

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

/** "a", "a or b", "a, b or c". */
export function listInWords(items: string[], conjunction: "and" | "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
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
      return `on a ${vesting.yearlyPercents.join("/")} schedule`;
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

/** A job title as an offer letter writes it: "software engineer" → "Software Engineer".
 *  Words the person wrote with an inner capital ("iOS", "DevOps") keep their spelling. */
export function jobTitle(text: string): string {
  const kept = new Map(
    (text.match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((word) => /\p{Lu}/u.test(word.slice(1)) || /^\p{Ll}+\p{Lu}/u.test(word))
      .map((word) => [word.toLowerCase(), word]),
  );
  return titleCase(text).replace(/[\p{L}\p{N}]+/gu, (word) => kept.get(word.toLowerCase()) ?? word);
}

/** The name to greet someone by: "Priya Shah" → "Priya". A name with a title or an initial
 *  first ("Dr. Priya Shah", "J. Smith") is kept whole, since the first word isn't a given name. */
export function greetingName(fullName: string): string {
  const [first = "", ...rest] = fullName.trim().split(/\s+/);
  if (rest.length === 0) return first;
  if (/\.$/.test(first) || first.length === 1) return fullName.trim();
  return first;
}
