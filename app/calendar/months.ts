// Month arithmetic for employment dates, which people give as months ("2024-03", what
// <input type="month"> posts), not days. The rules, each with its own function so no caller
// guesses:
//
// - Time in a job counts both the first and the last month (the resume and LinkedIn
//   convention): May–Aug is 4 months, Sep 2025–Oct 2026 is 14. Exact by that convention.
// - A gap between two jobs counts the months in neither (both ends excluded): a job ending
//   in January and the next starting in December leave a 10-month gap (Feb–Nov).
// - Time since the last month worked runs from the first day of the next month to today,
//   rounded to the nearest month, and is approximate ("about") unless today is the 1st:
//   last month September, today 3 December → about 2 months.
//
// All arithmetic is in UTC. Display of month names lives in ~/format. Pure.

/** A calendar month, month 1–12. */
export interface Month {
  year: number;
  month: number;
}

/** A length of time in whole months; `approximate` when it was rounded. */
export interface MonthSpan {
  months: number;
  approximate: boolean;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads "YYYY-MM"; null for anything else. */
export function parseMonth(text: string): Month | null {
  const match = MONTH_PATTERN.exec(text.trim());
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** "YYYY-MM". */
export function monthKey(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

/** The UTC month a moment falls in. */
export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The month `count` months after `m` (before it when negative). */
export function addMonths(m: Month, count: number): Month {
  const index = m.year * 12 + (m.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Signed difference in months: 0 for the same month, 1 from March to April. */
export function monthDifference(from: Month, to: Month): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** Months in a job from its first to its last month, both counted: May–Aug → 4. Never below 1. */
export function monthsWorked(first: Month, last: Month): number {
  return Math.max(monthDifference(first, last) + 1, 1);
}

/** Months in neither job between a job's last month and the next one's first: Jan → Dec → 10. Never below 0. */
export function monthsBetweenJobs(lastOfEarlier: Month, firstOfLater: Month): number {
  return Math.max(monthDifference(lastOfEarlier, firstOfLater) - 1, 0);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Time from the first day after `lastMonthWorked` to `today`, rounded to the nearest whole
 * month (half a month or more rounds up), approximate unless today is the 1st. Zero when
 * today is still in, or before, that month.
 */
export function timeSince(lastMonthWorked: Month, today: Date): MonthSpan {
  const from = addMonths(lastMonthWorked, 1);
  const now = monthOf(today);
  const whole = monthDifference(from, now);
  if (whole < 0) return { months: 0, approximate: false };
  const daysIn = today.getUTCDate() - 1;
  const roundsUp = daysIn >= daysInMonth(now.year, now.month) / 2;
  return { months: whole + (roundsUp ? 1 : 0), approximate: daysIn > 0 };
}

/** The first month of a gap that began after `lastMonthWorked`. */
export function gapStart(lastMonthWorked: Month): Month {
  return addMonths(lastMonthWorked, 1);
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/**
 * A length of time as said aloud: "4 months", "1 year", "2 years and 3 months". An
 * approximate span gets "about", and under two years is said in months, as people say
 * it: "about 14 months". Zero months is "less than a month".
 */
export function describeSpan(span: MonthSpan | number): string {
  const { months, approximate } = typeof span === "number" ? { months: span, approximate: false } : span;
  if (months <= 0) return "less than a month";
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const exact =
    years === 0 || (approximate && months < 24)
      ? plural(months, "month")
      : rest === 0
        ? plural(years, "year")
        : `${plural(years, "year")} and ${plural(rest, "month")}`;
  return approximate ? `about ${exact}` : exact;
}
