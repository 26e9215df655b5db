import { describe, expect, it } from "vitest";
import type { MarketRange, PayFigureView } from "~/market/types";
import { roundCounter } from "~/negotiation/strategy";
import {
  BLS_SOFTWARE_DEVELOPERS_2024,
  SOFTWARE_DEVELOPERS_RANGE,
  SO_BACKEND_2024,
  TODAY,
  compute,
  offerFrom,
  rangeFrom,
} from "../../fixtures/negotiation/computations";

const plan = (
  changes: Record<string, string | string[]>,
  range: MarketRange | null = SOFTWARE_DEVELOPERS_RANGE,
  yours: MarketRange | null = null,
) => compute(offerFrom(changes), range, TODAY, yours).plan;

/** OFLC, July 2025 – June 2026, Software Developers (15-1252), San Francisco, Level II (wages_15-1252.json). */
const SF_LEVEL_II_FLOOR: PayFigureView = {
  ...BLS_SOFTWARE_DEVELOPERS_2024,
  sourceId: "oflc",
  sourceName: "OFLC prevailing wage levels, Software Developers (15-1252), July 2025 – June 2026",
  publisher: "U.S. Department of Labor, Office of Foreign Labor Certification",
  period: "July 2025 – June 2026",
  basis: "wage_floor",
  level: "mid",
  sourceLevel: "Level II",
  areaCode: "41860",
  areaName: "San Francisco-Oakland-Fremont, CA",
  p10: null,
  p25: null,
  p50: 161_637_00,
  p75: null,
  p90: null,
  employment: null,
};
const WITH_SF_FLOOR = {
  ...SOFTWARE_DEVELOPERS_RANGE,
  figures: [...SOFTWARE_DEVELOPERS_RANGE.figures, SF_LEVEL_II_FLOOR],
};
const AMAZON_GRANT = { equityKind: "dollars", equityAmount: "$200,000", vestingSchedule: "amazon_5_15_40_40" };

describe("rounding a counter", () => {
  it.each([
    [167_540_00, 168_000_00],
    [199_499_00, 199_000_00],
    [211_450_00, 210_000_00],
    [212_500_00, 215_000_00],
    [512_000_00, 510_000_00],
  ])("rounds %i cents to %i", (cents, rounded) => expect(roundCounter(cents)).toBe(rounded));

  it("rounds up when asked, so a matched offer is never undercut", () => {
    expect(roundCounter(187_400_00, "up")).toBe(188_000_00);
  });
});

describe("choosing the argument", () => {
  it("leads with a competing offer over a local floor, and a floor over the market median", () => {
    expect(plan({ baseSalary: "$140,000", competingBase: "$155,000" }, WITH_SF_FLOOR).lead?.kind).toBe(
      "competing_offer",
    );
    const floorLed = plan({ baseSalary: "$125,000" }, WITH_SF_FLOOR);
    expect(floorLed.lead?.kind).toBe("local_floor");
    expect(floorLed.supporting?.kind).toBe("below_median");
  });

  it("leads with the level when the person's own level is above the offer's", () => {
    const result = plan({ baseSalary: "$150,000", yourLevel: "staff" });
    expect(result.lead?.kind).toBe("level_mismatch");
    expect(result.asks[0]).toEqual({ kind: "level", levelName: null, yourLevel: "staff" });
    expect(result.base).toEqual({ kind: "none", reason: "level_first" });
  });

  it("lets back-loaded vesting lead when total pay matters most, and asks for the sign-on relative to the one offered", () => {
    const result = plan({ baseSalary: "$150,000", ...AMAZON_GRANT, signOnBonus: "$20,000", priority: "total" });
    expect(result.lead?.kind).toBe("vesting_gap");
    expect(result.asks.find((ask) => ask.kind === "sign_on")).toEqual({
      kind: "sign_on",
      totalCents: 60_000_00,
      offeredCents: 20_000_00,
      years: 2,
      reason: "vesting",
    });
  });

  it("finds no argument when the offer is above the median, and asks whether base has room without a number", () => {
    const result = plan({ baseSalary: "$150,000", priority: "base" });
    expect(result.lead).toBeNull();
    expect(result.base).toEqual({ kind: "question" });
    expect(result.leftOut.map((item) => item.what)).toContain(
      "Where the offer sits in the range (at the 62nd percentile)",
    );
  });

  it("leaves a lower competing offer out, and says why", () => {
    const result = plan({ baseSalary: "$150,000", competingBase: "$140,000" });
    expect(result.ranked.map((argument) => argument.kind)).not.toContain("competing_offer");
    expect(result.leftOut.find((item) => item.what === "Your other offer")?.why).toMatch(/not higher than this one/);
  });

  it("never asks Amazon to change its vesting schedule, citing the reported practice", () => {
    const result = plan({ company: "Amazon", baseSalary: "$150,000", ...AMAZON_GRANT, priority: "total" });
    const vesting = result.leftOut.find((item) => item.what === "Asking to change the vesting schedule");
    expect(vesting?.why).toMatch(/^Amazon: The sign-on bonus is paid across the first two years/);
  });

  it("advises accepting when the base is above the 90th percentile and nothing else argues for more", () => {
    const result = plan({ baseSalary: "$250,000" });
    expect(result.mode).toBe("accept");
    expect(result.advice).toMatch(/^Consider accepting as it stands/);
    expect(result.asks).toEqual([]);
  });
});

describe("the base counter", () => {
  it("anchors a below-median offer at the 75th percentile, capped at 20% above the offer, with each step recorded", () => {
    const result = plan({ baseSalary: "$120,000" });
    expect(result.base).toEqual({
      kind: "counter",
      cents: 144_000_00,
      anchor: { kind: "percentile", percentile: 75, marketCents: 169_000_00 },
      stepCents: 1_000_00,
      cap: { percent: 20, cents: 144_000_00 },
    });
    expect(result.derivations).toContainEqual({ cents: 144_000_00, op: "percent", of: 120_000_00, percent: 120 });
  });

  it("asks for at least the local floor, rounded up", () => {
    const result = plan({ baseSalary: "$160,000" }, WITH_SF_FLOOR);
    expect(result.lead?.kind).toBe("local_floor");
    expect(result.base.kind === "counter" && result.base.cents).toBe(169_000_00);
  });

  it("rests the ask on a higher competing base, rounded up", () => {
    const result = plan({ baseSalary: "$180,000", competingBase: "$214,300" });
    expect(result.base).toMatchObject({
      kind: "counter",
      cents: 215_000_00,
      anchor: { kind: "competing_offer", competingCents: 214_300_00 },
    });
  });

  it("asks a survey median when the source publishes nothing above it", () => {
    const result = plan({ baseSalary: "$150,000" }, rangeFrom(SO_BACKEND_2024));
    expect(result.lead?.kind).toBe("below_median");
    expect(result.base).toMatchObject({
      kind: "counter",
      cents: 170_000_00,
      anchor: { kind: "percentile", percentile: 50 },
    });
  });

  it("frames the ask as a yearly total when total pay matters most", () => {
    const result = plan({ baseSalary: "$120,000", priority: ["total", "base"] });
    expect(result.asks.map((ask) => ask.kind).slice(0, 2)).toEqual(["total", "base"]);
  });
});

describe("time", () => {
  it.each([
    ["2025-06-04", false, { kind: "extension", hours: 48, deadline: "2025-06-04", askUntil: "2025-06-06" }],
    ["2025-06-07", false, { kind: "extension", hours: 48, deadline: "2025-06-07", askUntil: "2025-06-09" }],
    ["2025-06-20", false, { kind: "review", hours: 48 }],
    ["", false, { kind: "review", hours: 48 }],
    ["2025-06-04", true, { kind: "none" }],
    ["2025-06-01", true, { kind: "deadline_passed", deadline: "2025-06-01" }],
  ])("with a deadline of %j, already replied %s: %j", (deadline, replied, expected) => {
    expect(plan({ deadline, alreadyReplied: replied ? "on" : "" }).time).toEqual(expected);
  });
});
