import { describe, expect, it } from "vitest";
import type { MarketRange } from "~/market/types";
import { placeAmount, placeOffer, type PercentilePoint } from "~/negotiation/position";
import {
  BLS_IT_MANAGERS_2024,
  BLS_SOFTWARE_DEVELOPERS_2022,
  BLS_SOFTWARE_DEVELOPERS_2024,
  SOFTWARE_DEVELOPERS_RANGE,
  SO_BACKEND_2024,
  TODAY,
  offerFrom,
  rangeFrom,
} from "../../fixtures/negotiation/computations";

const place = (changes: Record<string, string>, range: MarketRange | null = SOFTWARE_DEVELOPERS_RANGE) =>
  placeOffer(offerFrom(changes), range, TODAY);

describe("percentile of an amount", () => {
  it.each([
    // Between published points: linear interpolation, rounded to a whole percentile.
    ["150,000", { kind: "within", percentile: 62 }], // 50 + 25 × 16,920 / 35,920 = 61.8
    ["185,000", { kind: "within", percentile: 81 }], // 75 + 15 × 16,000 / 42,450 = 80.7
    ["90,000", { kind: "within", percentile: 17 }], // 10 + 15 × 10,150 / 23,200 = 16.6
    // Exactly at a published point.
    ["133,080", { kind: "within", percentile: 50 }],
    ["79,850", { kind: "within", percentile: 10 }],
    ["211,450", { kind: "within", percentile: 90 }],
    // Outside the published points: only below the 10th / above the 90th is known.
    ["70,000", { kind: "below", percentile: 10 }],
    ["250,000", { kind: "above", percentile: 90 }],
  ])("places a base of %s USD in BLS May 2024 Software Developers", (baseSalary, placement) => {
    expect(place({ baseSalary }).base).toEqual(placement);
  });

  it("describes amounts outside a range without its 10th as below the 25th", () => {
    const range = rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, { primary: null, figures: [] });
    expect(place({ baseSalary: "$90,000" }, range).base).toEqual({ kind: "below", percentile: 25 });
  });

  it("treats a flat stretch of the range as the lower of its percentiles", () => {
    const points: PercentilePoint[] = [
      { percentile: 25, cents: 100_000_00 },
      { percentile: 50, cents: 120_000_00 },
      { percentile: 75, cents: 120_000_00 },
    ];
    expect(placeAmount(120_000_00, points)).toEqual({ kind: "within", percentile: 50 });
  });
});

describe("placing an offer", () => {
  it("reports the range used, with its published percentiles in order", () => {
    const { band } = place({});
    expect(band).toMatchObject({
      areaName: "United States",
      sourceLevel: "all",
      basis: "observed",
      period: "May 2024",
    });
    expect(band?.points).toEqual([
      { percentile: 10, cents: 79_850_00 },
      { percentile: 25, cents: 103_050_00 },
      { percentile: 50, cents: 133_080_00 },
      { percentile: 75, cents: 169_000_00 },
      { percentile: 90, cents: 211_450_00 },
    ]);
  });

  it("cites every source with its sample and date, the primary one first", () => {
    const { sources } = place({});
    expect(
      sources.map(({ sourceName, period, asOf, sampleSize, employment, primary }) => ({
        sourceName,
        period,
        asOf,
        sampleSize,
        employment,
        primary,
      })),
    ).toEqual([
      {
        sourceName: "BLS Occupational Employment and Wage Statistics",
        period: "May 2024",
        asOf: "2024-05-12",
        sampleSize: null,
        employment: 1_654_440,
        primary: true,
      },
      {
        sourceName: "Stack Overflow Developer Survey",
        period: "2024",
        asOf: "2024-07-24",
        sampleSize: 776,
        employment: null,
        primary: false,
      },
    ]);
  });

  it("says the source has no levels and no company-specific figures", () => {
    const { notes } = place({});
    expect(notes).toContain(
      "The source has no experience levels: the range covers every level of this occupation, not only senior.",
    );
    expect(notes).toContain(
      "No public company-specific figures for Acme Robotics; the range is for the role across employers.",
    );
  });

  it("passes on the market module's notes, such as nearest figures for an unknown metro", () => {
    const note = "No figures for Boise, ID: showing the national range instead.";
    const { notes } = place({}, rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, { notes: [note] }));
    expect(notes[0]).toBe(note);
  });

  it("does not repeat a company note the market module already gave", () => {
    const note = "No public company-specific figures for Acme Robotics.";
    const { notes } = place({}, rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, { notes: [note] }));
    expect(notes.filter((line) => line.includes("Acme Robotics"))).toEqual([note]);
  });

  it("does not claim company figures are missing when the range has them", () => {
    const companyFigure = { ...BLS_SOFTWARE_DEVELOPERS_2024, company: "Acme Robotics" };
    const { notes } = place({}, rangeFrom(companyFigure));
    expect(notes.some((line) => line.includes("company-specific"))).toBe(false);
  });

  it("places nothing without market data, and says so", () => {
    const position = place({ location: "Boise, ID" }, null);
    expect(position).toMatchObject({ band: null, base: null, yearlyTotal: null, sources: [] });
    expect(position.notes[0]).toBe(
      "No market figures were found for Senior Software Engineer (senior) in Boise, ID, so the offer isn't placed against a range.",
    );
  });

  it("quotes percentiles computed to the cent in whole dollars", () => {
    // ai-jobs.net 2024, back-end engineers, senior: the 75th percentile is computed as $237,187.50.
    const position = place({}, rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, { p75: 237_187_50, p90: 288_200_00 }));
    expect(position.band?.points.find((point) => point.percentile === 75)).toEqual({
      percentile: 75,
      cents: 237_188_00,
    });
  });

  it("refuses a range whose percentiles are out of order", () => {
    const position = place({}, rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, { p75: 120_000_00 }));
    expect(position.base).toBeNull();
    expect(position.notes).toContain(
      "The market figures found are inconsistent (percentiles out of order or not positive), so the offer isn't placed against them.",
    );
  });

  it("places against a top-coded range only up to its 75th, and notes the missing 90th", () => {
    const position = place({ baseSalary: "$230,000" }, rangeFrom(BLS_IT_MANAGERS_2024));
    expect(position.base).toEqual({ kind: "above", percentile: 75 });
    expect(position.notes).toContain(
      "No 90th percentile is published, so amounts below the 10th or above the 75th percentile are described only as below or above it.",
    );
  });

  it("places against a median-only survey as below or above the median", () => {
    const range = rangeFrom(SO_BACKEND_2024);
    expect(place({ baseSalary: "$160,000" }, range).base).toEqual({ kind: "below", percentile: 50 });
    expect(place({ baseSalary: "$170,000" }, range).base).toEqual({ kind: "within", percentile: 50 });
    expect(place({}, range).notes).toContain("This source is a self-reported survey.");
  });

  it("flags figures more than two years old", () => {
    const old = place({}, rangeFrom(BLS_SOFTWARE_DEVELOPERS_2022)).notes;
    expect(old).toContain("The figures are from May 2022, more than two years ago; pay has likely moved since.");
    expect(place({}).notes.some((line) => line.includes("more than two years"))).toBe(false);
  });
});

describe("yearly value of an offer", () => {
  it("converts $200k over 4 years with a one-year cliff into $50k a year", () => {
    const { value, valuation } = place({
      equityKind: "dollars",
      equityAmount: "$200,000",
      vestingSchedule: "cliff_even",
      vestingYears: "4",
    });
    expect(value.equityFirstYearCents).toBe(50_000_00);
    expect(value.equityYearlyAverageCents).toBe(50_000_00);
    expect(value.yearlyTotalCents).toBe(200_000_00);
    expect(valuation).toContain(
      "Equity: $200,000 over 4 years with a one-year cliff, then vesting evenly is $50,000 a year.",
    );
  });

  it("values Amazon's 5/15/40/40 schedule by its first year and its average, and says which is used", () => {
    const { value, valuation } = place({
      equityKind: "dollars",
      equityAmount: "$200,000",
      vestingSchedule: "amazon_5_15_40_40",
      signOnBonus: "$30,000",
    });
    expect(value).toMatchObject({
      equityFirstYearCents: 10_000_00,
      equityYearlyAverageCents: 50_000_00,
      yearlyTotalCents: 200_000_00,
      firstYearTotalCents: 190_000_00,
    });
    expect(valuation).toContain(
      "Equity: $200,000 over 4 years on Amazon's 5/15/40/40 schedule vests $10,000 in the first year and $50,000 a year on average. The yearly total uses the average; the first-year total uses the first year.",
    );
  });

  it("adds the target bonus to the yearly total and places the total too", () => {
    const position = place({ bonusPercent: "15" });
    expect(position.value).toMatchObject({ bonusCents: 22_500_00, yearlyTotalCents: 172_500_00 });
    expect(position.yearlyTotal).toEqual({ kind: "within", percentile: 76 }); // 75 + 15 × 3,500 / 42,450
    expect(position.notes.some((line) => line.startsWith("The range is pay as the source measures it"))).toBe(true);
  });

  it("values shares at the given price", () => {
    const { value, valuation } = place({
      equityKind: "shares",
      equityAmount: "2,000",
      sharePrice: "$25.50",
      vestingSchedule: "even",
      vestingYears: "3",
    });
    expect(value.equityYearlyAverageCents).toBe(17_000_00);
    expect(valuation[0]).toBe("Equity: 2,000 shares at $25.50 are worth $51,000 at that price.");
  });
});
