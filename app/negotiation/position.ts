// Where an offer sits in the market: the offer's yearly value, its percentile in the best
// available range, the sources behind that range, and what the data does not cover.
import type { Level, MarketRange, PayBasis, PayFigureView, SourceCredit } from "~/market/types";
import type { NegotiationInput } from "./schema";
import { formatCount, formatMoney } from "~/format";
import { listPhrase } from "~/writer/lists";
import { ordinal, vestingScheduleLabel } from "./wording";

export const PERCENTILE_LABELS = [10, 25, 50, 75, 90] as const;
export type PercentileLabel = (typeof PERCENTILE_LABELS)[number];

export interface PercentilePoint {
  percentile: PercentileLabel;
  cents: number;
}

/** "within": interpolated between (or exactly at) published percentiles.
 *  "below"/"above": outside them; `percentile` is the lowest/highest one published. */
export type Placement =
  | { kind: "within"; percentile: number }
  | { kind: "below"; percentile: PercentileLabel }
  | { kind: "above"; percentile: PercentileLabel };

export interface OfferValue {
  baseCents: number;
  bonusCents: number;
  equityFirstYearCents: number;
  equityYearlyAverageCents: number;
  /** What vests in each year of the schedule, whole dollars; empty without equity. */
  equityByYearCents: number[];
  signOnCents: number;
  /** Base + target bonus + average yearly equity: what the offer pays in a typical year. */
  yearlyTotalCents: number;
  /** Base + target bonus + first year's vesting + sign-on bonus. */
  firstYearTotalCents: number;
}

/** The range the offer is placed against. */
export interface MarketBand {
  roleSlug: string;
  level: Level;
  /** The primary source's level: "all" when the source has no levels. */
  sourceLevel: Level | "all" | null;
  areaName: string;
  basis: PayBasis | null;
  sourceName: string | null;
  period: string | null;
  /** Published percentiles, ascending. */
  points: PercentilePoint[];
}

export interface SourceCitation extends SourceCredit {
  sourceName: string;
  basis: PayBasis;
  sampleSize: number | null;
  employment: number | null;
  primary: boolean;
}

/** The local legal wage floor (OFLC prevailing wage) for the occupation, area and level. */
export interface WageFloor {
  cents: number;
  /** "Level II". */
  sourceLevel: string;
  areaName: string;
  occupationName: string;
  sourceName: string;
  publisher: string;
  period: string;
  url: string;
}

export interface MarketPosition {
  value: OfferValue;
  band: MarketBand | null;
  floor: WageFloor | null;
  base: Placement | null;
  yearlyTotal: Placement | null;
  sources: SourceCitation[];
  /** What is missing or approximated in the market data, as plain sentences. */
  notes: string[];
  /** How the yearly figures were worked out from the offer, as plain sentences. */
  valuation: string[];
}

/** Figures older than this are flagged: pay moves within a couple of years. */
const STALE_AFTER_DAYS = 2 * 365;

const wholeDollars = (cents: number) => Math.round(cents / 100) * 100;

/** Yearly equity value: the first year's vesting and the average over the schedule. */
function equityPerYear(offer: NegotiationInput): {
  firstYearCents: number;
  averageCents: number;
  byYearCents: number[];
} {
  if (offer.equity === null) return { firstYearCents: 0, averageCents: 0, byYearCents: [] };
  const { totalCents, vesting } = offer.equity;
  const byYearCents = vesting.yearlyPercents.map((percent) => wholeDollars((totalCents * percent) / 100));
  return {
    firstYearCents: byYearCents[0],
    averageCents: wholeDollars(totalCents / vesting.yearlyPercents.length),
    byYearCents,
  };
}

function valueOffer(offer: NegotiationInput): OfferValue {
  const bonusCents = wholeDollars((offer.baseCents * offer.bonusPercent) / 100);
  const equity = equityPerYear(offer);
  return {
    baseCents: offer.baseCents,
    bonusCents,
    equityFirstYearCents: equity.firstYearCents,
    equityYearlyAverageCents: equity.averageCents,
    equityByYearCents: equity.byYearCents,
    signOnCents: offer.signOnCents,
    yearlyTotalCents: offer.baseCents + bonusCents + equity.averageCents,
    firstYearTotalCents: offer.baseCents + bonusCents + equity.firstYearCents + offer.signOnCents,
  };
}

/** Linear interpolation between the published percentiles (ascending); outside them only
 *  "below the lowest"/"above the highest" is known. */
export function placeAmount(cents: number, points: PercentilePoint[]): Placement | null {
  if (points.length === 0) return null;
  const lowest = points[0];
  const highest = points[points.length - 1];
  if (cents < lowest.cents) return { kind: "below", percentile: lowest.percentile };
  if (cents > highest.cents) return { kind: "above", percentile: highest.percentile };
  // The first point at or above the amount: on a flat stretch, the lowest percentile.
  const upper = points.findIndex((point) => point.cents >= cents);
  const high = points[upper];
  if (high.cents === cents) return { kind: "within", percentile: high.percentile };
  const low = points[upper - 1];
  const share = (cents - low.cents) / (high.cents - low.cents);
  return { kind: "within", percentile: Math.round(low.percentile + share * (high.percentile - low.percentile)) };
}

type BandReading = { ok: true; points: PercentilePoint[] } | { ok: false; note: string };

function readPoints(range: MarketRange): BandReading {
  const published: [PercentileLabel, number | null][] = [
    [10, range.primary?.p10 ?? null],
    [25, range.p25],
    [50, range.p50],
    [75, range.p75],
    [90, range.p90],
  ];
  // Some sources' percentiles are computed to the cent ($237,187.50): whole dollars are
  // all the precision a salary range has, and what an email should quote.
  const points = published
    .filter((entry): entry is [PercentileLabel, number] => entry[1] !== null)
    .map(([percentile, cents]) => ({ percentile, cents: wholeDollars(cents) }));
  if (points.length === 0) {
    return {
      ok: false,
      note: "The market figures found publish no percentiles, so the offer isn't placed against a range.",
    };
  }
  const usable = points.every(
    (point, i) =>
      Number.isSafeInteger(point.cents) && point.cents > 0 && (i === 0 || point.cents >= points[i - 1].cents),
  );
  if (!usable) {
    return {
      ok: false,
      note: "The market figures found are inconsistent (percentiles out of order or not positive), so the offer isn't placed against them.",
    };
  }
  return { ok: true, points };
}

function citation(figure: PayFigureView, primary: boolean): SourceCitation {
  return {
    sourceName: figure.sourceName,
    publisher: figure.publisher,
    url: figure.url,
    licence: figure.licence,
    attribution: figure.attribution,
    period: figure.period,
    asOf: figure.asOf,
    basis: figure.basis,
    sampleSize: figure.sampleSize,
    employment: figure.employment,
    primary,
  };
}

/** Whole days from one ISO date to another (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

function bandNotes(offer: NegotiationInput, range: MarketRange, points: PercentilePoint[], today: string): string[] {
  const notes: string[] = [];
  const primary = range.primary;
  if (primary?.level === "all") {
    notes.push(
      `The source has no experience levels: the range covers every level of this occupation, not only ${offer.level}.`,
    );
  }
  if (primary?.basis === "wage_floor") {
    notes.push("These figures are legal wage floors for visa filings, not observed pay; actual pay is usually higher.");
  }
  if (primary?.basis === "survey_median") {
    notes.push("This source is a self-reported survey.");
  }
  const missing = PERCENTILE_LABELS.filter((label) => !points.some((point) => point.percentile === label));
  if (missing.length > 0) {
    const lowest = ordinal(points[0].percentile);
    const highest = ordinal(points[points.length - 1].percentile);
    notes.push(
      `No ${listPhrase(missing.map(ordinal), "or")} percentile is published, so amounts below the ${lowest} or above the ${highest} percentile are described only as below or above it.`,
    );
  }
  if (offer.equity !== null || offer.bonusPercent > 0) {
    notes.push(
      "The range is pay as the source measures it, which usually leaves out stock and part of bonuses, so the yearly total is compared with a range that excludes them: read its placement as generous.",
    );
  }
  if (primary && daysBetween(primary.asOf, today) > STALE_AFTER_DAYS) {
    notes.push(`The figures are from ${primary.period}, more than two years ago; pay has likely moved since.`);
  }
  return notes;
}

function companyNote(offer: NegotiationInput, range: MarketRange | null): string | null {
  const company = offer.company.toLowerCase();
  const figures = range?.figures ?? [];
  if (figures.some((figure) => figure.company.trim().toLowerCase() === company)) return null;
  // The market module may have said so already, in its own words.
  if (range?.notes.some((note) => note.toLowerCase().includes(company))) return null;
  return `No public company-specific figures for ${offer.company}; the range is for the role across employers.`;
}

function valuationLines(offer: NegotiationInput, value: OfferValue): string[] {
  const lines: string[] = [];
  if (value.bonusCents > 0) {
    lines.push(`Target bonus: ${offer.bonusPercent}% of base is ${formatMoney(value.bonusCents)} a year.`);
  }
  const equity = offer.equity;
  if (equity !== null) {
    const years = equity.vesting.yearlyPercents.length;
    if (equity.shares) {
      lines.push(
        `Equity: ${formatCount(equity.shares.count)} shares at ${formatMoney(equity.shares.priceCents)} are worth ${formatMoney(equity.totalCents)} at that price.`,
      );
    }
    const schedule = vestingScheduleLabel(equity.vesting);
    if (value.equityFirstYearCents === value.equityYearlyAverageCents) {
      lines.push(
        `Equity: ${formatMoney(equity.totalCents)} over ${years} years ${schedule} is ${formatMoney(value.equityYearlyAverageCents)} a year.`,
      );
    } else {
      lines.push(
        `Equity: ${formatMoney(equity.totalCents)} over ${years} years ${schedule} vests ${formatMoney(value.equityFirstYearCents)} in the first year and ${formatMoney(value.equityYearlyAverageCents)} a year on average. The yearly total uses the average; the first-year total uses the first year.`,
      );
    }
  }
  if (value.signOnCents > 0) {
    lines.push(`Sign-on bonus: ${formatMoney(value.signOnCents)}, counted in the first year only.`);
  }
  lines.push(
    `Estimated yearly total: ${formatMoney(value.yearlyTotalCents)} (base, target bonus and average yearly equity); first year: ${formatMoney(value.firstYearTotalCents)}.`,
  );
  return lines;
}

function wageFloor(range: MarketRange | null): WageFloor | null {
  const figure = range?.figures.find((candidate) => candidate.basis === "wage_floor" && candidate.p50 !== null);
  if (!figure || figure.p50 === null) return null;
  return {
    cents: wholeDollars(figure.p50),
    sourceLevel: figure.sourceLevel,
    areaName: figure.areaName,
    occupationName: figure.occupationName,
    sourceName: figure.sourceName,
    publisher: figure.publisher,
    period: figure.period,
    url: figure.url,
  };
}

/** Places the offer in `range` (null when the market module found nothing).
 *  `today` is an ISO date, used to flag old figures. */
export function placeOffer(offer: NegotiationInput, range: MarketRange | null, today: string): MarketPosition {
  const value = valueOffer(offer);
  const notes: string[] = [];
  let band: MarketBand | null = null;
  if (range === null) {
    notes.push(
      `No market figures were found for ${offer.role} (${offer.level}) in ${offer.location}, so the offer isn't placed against a range.`,
    );
  } else {
    notes.push(...range.notes);
    const reading = readPoints(range);
    if (reading.ok) {
      band = {
        roleSlug: range.roleSlug,
        level: range.level,
        sourceLevel: range.primary?.level ?? null,
        // Where the figures are from, which is national when the area asked for has none.
        areaName: range.primary?.areaName ?? range.areaName,
        basis: range.primary?.basis ?? null,
        sourceName: range.primary?.sourceName ?? null,
        period: range.primary?.period ?? null,
        points: reading.points,
      };
      notes.push(...bandNotes(offer, range, reading.points, today));
    } else {
      notes.push(reading.note);
    }
  }
  const company = companyNote(offer, range);
  if (company !== null) notes.push(company);
  // The market module lists the primary figure first among the figures it considered.
  const figures = range === null ? [] : range.figures.length > 0 ? range.figures : range.primary ? [range.primary] : [];
  const sources = figures.map((figure, index) => citation(figure, index === 0 && range?.primary !== null));
  return {
    value,
    band,
    floor: wageFloor(range),
    base: band ? placeAmount(value.baseCents, band.points) : null,
    yearlyTotal: band ? placeAmount(value.yearlyTotalCents, band.points) : null,
    sources,
    notes: [...new Set(notes)],
    valuation: valuationLines(offer, value),
  };
}
