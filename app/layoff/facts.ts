// What the layoff writer works out from the dates, by the rules in ~/calendar/months:
// time in the role counts both months; time since runs from the first day after the last
// month worked, rounded, and is "about" unless exact. Pure.
import {
  describeSpan,
  gapStart,
  monthsWorked,
  parseMonth,
  timeSince,
  type Month,
  type MonthSpan,
} from "~/calendar/months";
import { formatMonthYear } from "~/format";
import { GAP_LINE_MIN_MONTHS } from "./channels";
import type { LayoffInput } from "./schema";

export interface LayoffFacts {
  start: Month;
  end: Month;
  tenureMonths: number;
  /** "4 years and 7 months": exact, by the resume convention. */
  tenure: string;
  /** "March 2026", the last month worked. */
  endMonth: string;
  gap: MonthSpan;
  /** "about 8 months". */
  gapText: string;
  /** The first month without the job. */
  gapStart: Month;
  /** "April 2026". */
  gapStartMonth: string;
  /** Whether the time since is long enough for a resume gap line. */
  gapLineDue: boolean;
}

export function layoffFacts(input: LayoffInput, today: Date): LayoffFacts {
  const start = parseMonth(input.startDate)!;
  const end = parseMonth(input.endDate)!;
  const tenureMonths = monthsWorked(start, end);
  const gap = timeSince(end, today);
  const first = gapStart(end);
  return {
    start,
    end,
    tenureMonths,
    tenure: describeSpan(tenureMonths),
    endMonth: formatMonthYear(end.year, end.month),
    gap,
    gapText: describeSpan(gap),
    gapStart: first,
    gapStartMonth: formatMonthYear(first.year, first.month),
    gapLineDue: gap.months >= GAP_LINE_MIN_MONTHS,
  };
}
