import { describe, expect, it } from "vitest";
import type { MarketRange } from "~/market/types";
import { placeOffer } from "~/negotiation/position";
import { planCounter, roundCounter, type LeverKind } from "~/negotiation/strategy";
import { BLS_IT_MANAGERS_2024, SOFTWARE_DEVELOPERS_RANGE, SO_BACKEND_2024, TODAY, compute, offerFrom, rangeFrom } from "../../fixtures/negotiation/computations";

const plan = (changes: Record<string, string | string[]>, range: MarketRange | null = SOFTWARE_DEVELOPERS_RANGE) => compute(offerFrom(changes), range).plan;
const leverKinds = (changes: Record<string, string | string[]>, range: MarketRange | null = SOFTWARE_DEVELOPERS_RANGE): LeverKind[] =>
  plan(changes, range).levers.map((lever) => lever.kind);

const AMAZON_GRANT = { equityKind: "dollars", equityAmount: "$200,000", vestingSchedule: "amazon-5-15-40-40" };

describe("rounding a counter", () => {
  it.each([
    [167_540_00, 168_000_00], // $1,000 steps under $200k
    [199_499_00, 199_000_00],
    [169_000_00, 169_000_00],
    [211_450_00, 210_000_00], // $5,000 steps from $200k
    [212_500_00, 215_000_00],
    [512_000_00, 510_000_00], // $10,000 steps from $500k
  ])("rounds %i cents to %i", (cents, rounded) => {
    expect(roundCounter(cents)).toBe(rounded);
  });

  it("rounds up when asked, so a matched offer is never undercut", () => {
    expect(roundCounter(187_400_00, "up")).toBe(188_000_00);
    expect(roundCounter(258_300_00, "up")).toBe(260_000_00);
  });
});

describe("the base counter", () => {
  it("anchors at the 75th percentile when the offer is below it", () => {
    const { base, rationale } = plan({ baseSalary: "$150,000" });
    expect(base).toEqual({
      kind: "counter",
      cents: 169_000_00,
      anchor: { kind: "percentile", percentile: 75, marketCents: 169_000_00 },
      stepCents: 1_000_00,
      cap: null,
    });
    expect(rationale).toContain(
      "Counter at $169,000: the 75th percentile ($169,000) rounded to the nearest $1,000, above the median and inside the published range.",
    );
  });

  it("caps a market ask at 20% above the offer and points to the level instead", () => {
    const result = plan({ baseSalary: "$70,000", companyLevel: "L3" });
    expect(result.base).toMatchObject({ kind: "counter", cents: 84_000_00, cap: { percent: 20, cents: 84_000_00 } });
    const level = result.levers.find((lever) => lever.kind === "level");
    expect(level?.ask).toBe("Ask whether the role can be offered at the level above L3.");
    expect(level?.why).toContain("more than 20% above the offer");
  });

  it("goes halfway to the 90th percentile when the offer is already above the 75th", () => {
    // $180,000 + ($211,450 − $180,000) / 2 = $195,725, rounded to $196,000.
    expect(plan({ baseSalary: "$180,000" }).base).toMatchObject({ kind: "counter", cents: 196_000_00, anchor: { kind: "toward-90th" } });
  });

  it("asks for no more base when the offer is above what the data supports", () => {
    const result = plan({ baseSalary: "$250,000" });
    expect(result.base).toEqual({ kind: "none", reason: "above-data" });
    expect(result.rationale).toContain(
      "The offered base is already above the 90th percentile: the data doesn't support asking for more base, so the plan uses the other levers.",
    );
  });

  it("skips a token ask less than one rounding step above the offer", () => {
    expect(plan({ baseSalary: "$168,600" }).base).toEqual({ kind: "none", reason: "too-close", targetCents: 169_000_00, stepCents: 1_000_00 });
  });

  it("anchors at the median when a source publishes nothing above it", () => {
    expect(plan({ baseSalary: "$160,000" }, rangeFrom(SO_BACKEND_2024)).base).toMatchObject({
      kind: "counter",
      cents: 170_000_00,
      anchor: { kind: "percentile", percentile: 50 },
    });
  });

  it("never asks for less than the offer, nor for less than a step more", () => {
    for (let dollars = 10_000; dollars <= 400_000; dollars += 2_713) {
      const offer = offerFrom({ baseSalary: String(dollars) });
      const { base } = planCounter(offer, placeOffer(offer, SOFTWARE_DEVELOPERS_RANGE, TODAY), ["base"], null, TODAY);
      if (base.kind === "counter") expect(base.cents - offer.baseCents).toBeGreaterThanOrEqual(1_000_00);
    }
  });

  it("rests the ask on a competing offer above the market, rounded up", () => {
    const result = plan({ baseSalary: "$200,000", competingBase: "$258,300" });
    expect(result.base).toMatchObject({
      kind: "counter",
      cents: 260_000_00,
      anchor: { kind: "competing-offer", competingCents: 258_300_00, aboveMarket: true },
    });
    expect(result.rationale).toContain(
      "Counter at $260,000: your competing base of $258,300, rounded up to the nearest $5,000. It is above the 90th percentile of the market range, so the ask rests on that offer, not on market data.",
    );
  });

  it("never undercuts the competing base it matches", () => {
    expect(plan({ baseSalary: "$150,000", competingBase: "$187,400" }).base).toMatchObject({ cents: 188_000_00, anchor: { kind: "competing-offer" } });
  });

  it("keeps the market anchor when a competing base is lower than it", () => {
    expect(plan({ baseSalary: "$150,000", competingBase: "$155,000" }).base).toMatchObject({ cents: 169_000_00, anchor: { kind: "percentile" } });
  });

  it("without market data asks only on the strength of a competing offer", () => {
    expect(plan({ baseSalary: "$150,000" }, null).base).toEqual({ kind: "none", reason: "no-data" });
    expect(plan({ baseSalary: "$150,000", competingBase: "$165,000" }, null).base).toMatchObject({
      cents: 165_000_00,
      anchor: { kind: "competing-offer", aboveMarket: false },
    });
  });
});

describe("levers when base is stuck", () => {
  it("sizes the sign-on bonus to the base gap plus the front-loaded shortfall", () => {
    // Base gap $169,000 − $150,000 = $19,000; first year vests $10,000 against $50,000 on average.
    const result = plan({ baseSalary: "$150,000", ...AMAZON_GRANT });
    expect(result).toMatchObject({ yearlyGapCents: 19_000_00, firstYearShortfallCents: 40_000_00 });
    const signOn = result.levers.find((lever) => lever.kind === "sign-on");
    expect(signOn?.amountCents).toBe(59_000_00);
    expect(signOn?.why).toContain("the first year's gap of $19,000 and the $40,000 by which the first year's vesting falls short");
  });

  it("suggests extra equity worth the yearly gap over the vesting period, and an even schedule", () => {
    const levers = plan({ baseSalary: "$150,000", ...AMAZON_GRANT }).levers;
    expect(levers.find((lever) => lever.kind === "equity")?.amountCents).toBe(76_000_00);
    expect(levers.find((lever) => lever.kind === "vesting")?.why).toBe("The first year vests $10,000 against an average of $50,000 a year.");
    expect(levers.find((lever) => lever.kind === "refresh")?.why).toContain("vests over 4 years");
  });

  it("closes the gap to a larger competing yearly total", () => {
    const result = plan({ baseSalary: "$250,000", competingTotal: "$280,000" });
    expect(result.yearlyGapCents).toBe(30_000_00);
    expect(result.levers.find((lever) => lever.kind === "sign-on")?.amountCents).toBe(30_000_00);
  });

  it("suggests nothing when the offer beats the data and nothing else matters more", () => {
    const result = plan({ baseSalary: "$250,000" });
    expect(result.levers).toEqual([]);
  });

  it("suggests a higher level when base is below the median", () => {
    expect(leverKinds({ baseSalary: "$120,000" })).toContain("level");
    expect(leverKinds({ baseSalary: "$150,000" })).not.toContain("level");
  });

  it.each([
    [["base"], "level"],
    [["total"], "sign-on"],
    [["equity"], "equity"],
    [["start-date"], "start-date"],
    [["remote"], "remote"],
  ] as const)("puts the lever that serves %j first", (priority, first) => {
    expect(leverKinds({ baseSalary: "$120,000", ...AMAZON_GRANT, priority: [...priority] })[0]).toBe(first);
  });

  it("mentions the offered start date in the start-date lever", () => {
    const lever = plan({ priority: "start-date", startDate: "2025-07-14" }).levers.find((l) => l.kind === "start-date");
    expect(lever?.ask).toBe("Settle the start date you want (the offer says July 14, 2025).");
  });
});

describe("time to decide", () => {
  it.each([
    ["2025-06-02", { kind: "extension", hours: 48, deadline: "2025-06-02", askUntil: "2025-06-04" }],
    ["2025-06-04", { kind: "extension", hours: 48, deadline: "2025-06-04", askUntil: "2025-06-06" }],
    ["2025-06-05", { kind: "none" }],
    ["2025-06-01", { kind: "deadline-passed", deadline: "2025-06-01" }],
    ["", { kind: "none" }],
  ])("with a deadline of %j (today %s)", (deadline, time) => {
    expect(plan({ deadline }).time).toEqual(time);
  });

  it("says why it asks for more time", () => {
    expect(plan({ deadline: "2025-06-03" }).rationale).toContain("The deadline (June 3, 2025) is close: ask for 48 more hours, until June 5, 2025.");
  });
});

it("uses the range's own top percentile when it stops at the 75th", () => {
  const result = plan({ baseSalary: "$230,000", competingBase: "$250,000" }, rangeFrom(BLS_IT_MANAGERS_2024));
  expect(result.rationale.find((line) => line.startsWith("Counter at"))).toContain("above the 75th percentile of the market range");
});
