// Real published figures (checked against /work/shared/data/market) and form inputs for
// the negotiation tests.
import type { MarketRange, PayFigureView } from "~/market/types";
import { parseNegotiationForm, type NegotiationInput } from "~/negotiation/schema";
import { computeNegotiation } from "~/negotiation/computation";
import type { NegotiationComputation } from "~/negotiation/types";

const BLS = {
  sourceId: "bls-oews",
  sourceName: "BLS Occupational Employment and Wage Statistics",
  publisher: "U.S. Bureau of Labor Statistics",
  url: "https://www.bls.gov/oes/tables.htm",
  licence: "Public domain (US Government work)",
  basis: "observed",
  // OEWS has no levels and no company split.
  level: "all",
  sourceLevel: "",
  company: "",
  areaCode: "US",
  areaName: "United States",
  currency: "USD",
  sampleSize: null,
} as const;

/** BLS OEWS May 2024, national, 15-1252 Software Developers (national_M2024_dl.csv). */
export const BLS_SOFTWARE_DEVELOPERS_2024: PayFigureView = {
  ...BLS,
  attribution: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024",
  period: "May 2024",
  // OEWS estimates refer to the pay period including May 12.
  asOf: "2024-05-12",
  roleSlug: "software-developer",
  occupationCode: "15-1252",
  occupationName: "Software Developers",
  p10: 79_850_00,
  p25: 103_050_00,
  p50: 133_080_00,
  p75: 169_000_00,
  p90: 211_450_00,
  mean: 144_570_00,
  employment: 1_654_440,
};

/** BLS OEWS May 2022, same occupation: for figures that have aged. */
export const BLS_SOFTWARE_DEVELOPERS_2022: PayFigureView = {
  ...BLS_SOFTWARE_DEVELOPERS_2024,
  attribution: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2022",
  period: "May 2022",
  asOf: "2022-05-12",
  p10: 71_280_00,
  p25: 96_790_00,
  p50: 127_260_00,
  p75: 161_480_00,
  p90: 198_100_00,
  mean: 132_930_00,
  employment: 1_534_790,
};

/** BLS OEWS May 2024, 11-3021 Computer and Information Systems Managers: the 90th
 *  percentile is top-coded ("#", at or above $239,200), so it is not published. */
export const BLS_IT_MANAGERS_2024: PayFigureView = {
  ...BLS,
  attribution: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024",
  period: "May 2024",
  asOf: "2024-05-12",
  roleSlug: "engineering-manager",
  occupationCode: "11-3021",
  occupationName: "Computer and Information Systems Managers",
  p10: 104_450_00,
  p25: 134_350_00,
  p50: 171_200_00,
  p75: 216_220_00,
  p90: null,
  mean: 187_990_00,
  employment: 645_970,
};

/** Stack Overflow Developer Survey 2024, United States, "Developer, back-end": median
 *  yearly compensation from 776 respondents (so2024_us_median_salary_by_devtype.csv). */
export const SO_BACKEND_2024: PayFigureView = {
  sourceId: "so-survey",
  sourceName: "Stack Overflow Developer Survey",
  publisher: "Stack Overflow",
  url: "https://survey.stackoverflow.co/2024/",
  licence: "ODbL 1.0",
  attribution: "Stack Overflow Developer Survey 2024",
  period: "2024",
  asOf: "2024-07-24",
  basis: "survey_median",
  roleSlug: "backend-developer",
  occupationCode: "",
  occupationName: "Developer, back-end",
  level: "all",
  sourceLevel: "",
  areaCode: "US",
  areaName: "United States",
  company: "",
  p10: null,
  p25: null,
  p50: 170_000_00,
  p75: null,
  p90: null,
  mean: null,
  sampleSize: 776,
  employment: null,
  currency: "USD",
};

/** The range the market module would build from one primary figure. */
export function rangeFrom(primary: PayFigureView, overrides: Partial<MarketRange> = {}): MarketRange {
  return {
    roleSlug: primary.roleSlug,
    level: "senior",
    areaCode: primary.areaCode,
    areaName: primary.areaName,
    primary,
    p25: primary.p25,
    p50: primary.p50,
    p75: primary.p75,
    p90: primary.p90,
    figures: [primary],
    notes: [],
    ...overrides,
  };
}

export const SOFTWARE_DEVELOPERS_RANGE = rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, {
  figures: [BLS_SOFTWARE_DEVELOPERS_2024, SO_BACKEND_2024],
});

export const TODAY = "2025-06-02";

/** A complete, valid form as the browser posts it. */
export const VALID_FORM: Record<string, string> = {
  company: "Acme Robotics",
  role: "Senior Software Engineer",
  level: "senior",
  companyLevel: "",
  location: "Remote (US)",
  baseSalary: "$150,000",
  bonusPercent: "",
  equityKind: "none",
  equityAmount: "",
  sharePrice: "",
  vestingYears: "",
  vestingSchedule: "",
  signOnBonus: "",
  startDate: "",
  competingBase: "",
  competingTotal: "",
  priority: "base",
  deadline: "",
  recruiterName: "Dana Whitfield",
  yourName: "Alex Kim",
  tone: "warm",
  currency: "USD",
};

/** Parses VALID_FORM with `changes`; fails the test when the form is invalid. */
export function offerFrom(changes: Record<string, string | string[]> = {}): NegotiationInput {
  const result = parseNegotiationForm({ ...VALID_FORM, ...changes });
  if (!result.ok) throw new Error(`fixture form is invalid: ${JSON.stringify(result.fieldErrors)}`);
  return result.input;
}

export function compute(offer: NegotiationInput, range: MarketRange | null, today = TODAY, yours: MarketRange | null = null): NegotiationComputation {
  return computeNegotiation(offer, { offered: range, yours, matchNotes: [], roleSlug: "software-engineer", roleStandIn: false }, today);
}
