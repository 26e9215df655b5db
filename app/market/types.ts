// Shared shapes of market data, used by the public pages and the negotiation tool.
// Money is annual pay in integer USD cents.

export const LEVELS = ["early", "mid", "senior", "staff"] as const;
export type Level = (typeof LEVELS)[number];

/** observed: what people were paid; wage_floor: a legal minimum (OFLC levels);
 *  survey_median: a self-reported survey median. */
export type PayBasis = "observed" | "wage_floor" | "survey_median";

/** How a source is credited wherever its figures are shown. */
export interface SourceCredit {
  publisher: string;
  url: string;
  licence: string;
  /** The credit line to print wherever the source's figures are shown. */
  attribution: string;
  /** The period the source covers, as the source names it, e.g. "May 2024". */
  period: string;
  /** ISO date (YYYY-MM-DD) of the data. */
  asOf: string;
}

/** What one pay figure measures and where, as the source published it; annual USD cents. */
export interface PayFigureFields {
  basis: PayBasis;
  occupationCode: string;
  occupationName: string;
  /** Our level, or "all" when the source has no levels. */
  level: Level | "all";
  /** The source's own level name (EN/MI/SE/EX, "Level II"…), "" when none. */
  sourceLevel: string;
  areaCode: string;
  areaName: string;
  company: string;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
  sampleSize: number | null;
  employment: number | null;
}

/** One figure exactly as a source published it, with everything needed to cite it. */
export interface PayFigureView extends SourceCredit, PayFigureFields {
  sourceId: string;
  sourceName: string;
  roleSlug: string;
  currency: "USD";
}

/** The rows behind the figures that have them (salary surveys), keyed by the figure. */
export type FigureSamples = ReadonlyMap<PayFigureView, readonly number[]>;

/** Every stored figure, and the rows behind those that have them. */
export interface MarketData {
  figures: readonly PayFigureView[];
  samples: FigureSamples;
}

/** The best available range for role × level × area, with every source behind it. */
export interface MarketRange {
  roleSlug: string;
  level: Level;
  areaCode: string;
  areaName: string;
  /** The figure the range is taken from (the most specific observed one). */
  primary: PayFigureView | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  /** Every figure considered, primary first. */
  figures: PayFigureView[];
  /** Plain sentences saying what is missing or approximated, e.g.
   *  "No public company-specific figures for Google." */
  notes: string[];
}
