// Employment dates are months ("2024-03", what <input type="month"> posts): people
// remember the month they left, rarely the day. All arithmetic is in UTC.

import { MONTH_NAMES } from "~/format";

export { MONTH_NAMES };

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month, month 1–12. */
export interface Month {
  year: number;
  month: number;
}

/** Reads "YYYY-MM"; null for anything else. */
export function parseMonth(text: string): Month | null {
  const match = MONTH_PATTERN.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The UTC month a moment falls in. */
export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** "March 2024". */
export function formatMonth(m: Month): string {
  return `${MONTH_NAMES[m.month - 1]} ${m.year}`;
}

/** "Mar 2024", for resume lines. */
export function formatShortMonth(m: Month): string {
  return `${MONTH_NAMES[m.month - 1].slice(0, 3)} ${m.year}`;
}

/** "8 months", "1 year", "2 years and 3 months" — a duration in months said aloud. */
export function describeMonths(total: number): string {
  const years = Math.floor(total / 12);
  const months = total % 12;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (years === 0) return plural(Math.max(months, 1), "month");
  if (months === 0) return plural(years, "year");
  return `${plural(years, "year")} and ${plural(months, "month")}`;
}
