// Month arithmetic: each rule with the off-by-one cases that went wrong before.
import { describe, expect, test } from "vitest";
import {
  addMonths,
  describeSpan,
  gapStart,
  monthDifference,
  monthKey,
  monthsBetweenJobs,
  monthsWorked,
  parseMonth,
  timeSince,
} from "~/calendar/months";
import { formatMonthYear, formatShortMonthYear } from "~/format";

const m = (text: string) => parseMonth(text)!;

describe("reading months", () => {
  test("accepts YYYY-MM only", () => {
    expect(parseMonth("2024-03")).toEqual({ year: 2024, month: 3 });
    for (const bad of ["2024-13", "2024-00", "2024-3", "03/2024", "", "2024-03-01"]) expect(parseMonth(bad)).toBeNull();
  });

  test("adds across year ends", () => {
    expect(monthKey(addMonths(m("2024-12"), 1))).toBe("2025-01");
    expect(monthKey(addMonths(m("2024-01"), -1))).toBe("2023-12");
    expect(monthKey(addMonths(m("2024-05"), 27))).toBe("2026-08");
    expect(monthDifference(m("2025-09"), m("2026-10"))).toBe(13);
  });
});

describe("time in a job counts both months", () => {
  test.each([
    ["2024-05", "2024-08", 4],
    ["2025-09", "2026-10", 14],
    ["2026-03", "2026-03", 1],
    ["2024-01", "2024-12", 12],
    ["2019-06", "2025-09", 76],
  ])("%s to %s is %i months", (first, last, months) => {
    expect(monthsWorked(m(first), m(last))).toBe(months);
  });

  test("is said exactly", () => {
    expect(describeSpan(monthsWorked(m("2024-05"), m("2024-08")))).toBe("4 months");
    expect(describeSpan(monthsWorked(m("2025-09"), m("2026-10")))).toBe("1 year and 2 months");
    expect(describeSpan(monthsWorked(m("2024-01"), m("2024-12")))).toBe("1 year");
    expect(describeSpan(1)).toBe("1 month");
  });
});

describe("a gap between jobs counts neither job's months", () => {
  test.each([
    ["2024-01", "2024-12", 10],
    ["2024-03", "2024-04", 0],
    ["2024-03", "2024-03", 0],
    ["2023-11", "2025-02", 14],
  ])("last month %s, next job %s: %i months", (last, next, months) => {
    expect(monthsBetweenJobs(m(last), m(next))).toBe(months);
  });
});

describe("time since the last month worked", () => {
  test("starts the 1st of the next month and rounds to the nearest month", () => {
    // Last worked in September; in early December that is about 2 months, not 3.
    expect(timeSince(m("2026-09"), new Date("2026-12-03T09:00:00Z"))).toEqual({ months: 2, approximate: true });
    // Late in the month it rounds up.
    expect(timeSince(m("2026-09"), new Date("2026-12-20T09:00:00Z"))).toEqual({ months: 3, approximate: true });
    // On the 1st it is exact.
    expect(timeSince(m("2026-06"), new Date("2026-10-01T00:00:00Z"))).toEqual({ months: 3, approximate: false });
    // Still in the last month worked, or its next month's first days.
    expect(timeSince(m("2026-12"), new Date("2026-12-03T00:00:00Z"))).toEqual({ months: 0, approximate: false });
    expect(timeSince(m("2026-11"), new Date("2026-12-03T00:00:00Z"))).toEqual({ months: 0, approximate: true });
  });

  test("half a month is judged by that month's length (February)", () => {
    expect(timeSince(m("2026-04"), new Date("2027-02-14T12:00:00Z")).months).toBe(9);
    expect(timeSince(m("2026-04"), new Date("2027-02-15T12:00:00Z")).months).toBe(10);
  });

  test("is said with 'about', in months under two years", () => {
    expect(describeSpan(timeSince(m("2025-09"), new Date("2026-12-03T00:00:00Z")))).toBe("about 14 months");
    expect(describeSpan({ months: 30, approximate: true })).toBe("about 2 years and 6 months");
    expect(describeSpan({ months: 24, approximate: true })).toBe("about 2 years");
    expect(describeSpan({ months: 3, approximate: false })).toBe("3 months");
    expect(describeSpan({ months: 0, approximate: true })).toBe("less than a month");
  });

  test("the gap starts the month after the last month worked", () => {
    expect(monthKey(gapStart(m("2025-12")))).toBe("2026-01");
  });
});

describe("month names come from ~/format", () => {
  test("long and short", () => {
    expect(formatMonthYear(2024, 3)).toBe("March 2024");
    expect(formatShortMonthYear(2025, 10)).toBe("Oct 2025");
  });
});
