import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatCount, formatDate, formatDateTime, formatMoney, formatMoneyRounded } from "~/format";

describe("display formatting", () => {
  it("shows cents only when an amount has some, and a sign below zero", () => {
    expect(formatMoney(4900)).toBe("$49");
    expect(formatMoney(4950)).toBe("$49.50");
    expect(formatMoney(-1234)).toBe("-$12.34");
    expect(formatMoney(-0)).toBe("$0");
    expect(formatMoney(4900, "eur")).toBe("€49");
  });

  it("rounds figures whose cents mean nothing to whole units", () => {
    expect(formatMoneyRounded(11_393_950)).toBe("$113,940");
    expect(formatMoneyRounded(-40)).toBe("$0");
  });

  it("groups counts with commas", () => {
    expect(formatCount(1_654_440)).toBe("1,654,440");
  });

  it("writes moments in UTC whatever the server's zone", () => {
    expect(formatDate("2026-11-29T23:30:00-05:00")).toBe("30 Nov 2026");
    expect(formatDateTime(new Date(Date.UTC(2026, 10, 29, 14, 5)))).toBe("29 Nov 2026, 14:05 UTC");
  });

  it("writes calendar dates for prose with the month in words, and leaves other text alone", () => {
    expect(formatCalendarDate("2025-06-03")).toBe("June 3, 2025");
    expect(formatCalendarDate("2025-13-03")).toBe("2025-13-03");
    expect(formatCalendarDate("next week")).toBe("next week");
  });
});
