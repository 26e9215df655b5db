// The reasons a counter can rest on, found before any text is written: each is a true,
// citable fact about this offer (a local wage floor it falls under, a better competing
// offer, a level below the person's own, a base under the market median, vesting that
// leaves the first years short). They are ranked, the strongest leads, and every fact that
// would weaken the ask is listed as left out, with why, for the plan page (never the email).
import type { Level } from "~/market/types";
import { formatMoney } from "~/format";
import type { CompanyFacts } from "./company-facts";
import type { MarketBand, MarketPosition, PercentilePoint, WageFloor } from "./position";
import type { NegotiationInput, Priority } from "./schema";
import { listPhrase } from "~/writer/lists";
import { describePlacement, percentileName } from "./wording";

export type ArgumentKind = "local_floor" | "competing_offer" | "level_mismatch" | "below_median" | "vesting_gap";

/** A market range as the email cites it: which figures, for whom, from where. */
export interface BandCitation {
  band: MarketBand;
  medianCents: number;
  p75Cents: number | null;
  /** The broader role whose figures stand in for the person's, e.g. "software engineer"; null when they are the role's own. */
  standInRole: string | null;
  sampleSize: number | null;
  employment: number | null;
}

export type NegotiationArgument =
  | { kind: "local_floor"; strength: number; floor: WageFloor; offerBaseCents: number }
  | {
      kind: "competing_offer";
      strength: number;
      /** What the other offer beats this one on; both when it beats it on base and on total. */
      basis: "base" | "total" | "both";
      competingBaseCents: number | null;
      competingTotalCents: number | null;
    }
  | {
      kind: "level_mismatch";
      strength: number;
      offeredLevel: Level;
      yourLevel: Level;
      /** The company's own name for the level asked for ("L5 (Senior Software Engineer)"); null when unknown. */
      askLevelName: string | null;
      offeredLevelName: string | null;
      /** Your level's market median, cited when the offered base is under it. */
      yourLevelMedian: BandCitation | null;
    }
  | { kind: "below_median"; strength: number; market: BandCitation; offerBaseCents: number }
  | {
      kind: "vesting_gap";
      strength: number;
      yearlyPercents: number[];
      /** The leading years that vest less than the average, and by how much (whole dollars, cents). */
      shortfalls: { year: number; vestsCents: number; shortCents: number }[];
      averageCents: number;
      totalShortCents: number;
      offeredSignOnCents: number;
    };

export interface LeftOut {
  what: string;
  why: string;
}

export interface ArgumentChoice {
  lead: NegotiationArgument | null;
  /** A second reason for the same ask, cited after the lead. */
  supporting: NegotiationArgument | null;
  /** The back-loaded vesting, when it is not the lead: it backs a sign-on ask of its own. */
  vesting: Extract<NegotiationArgument, { kind: "vesting_gap" }> | null;
  /** Every reason found, strongest first, for the plan page. */
  ranked: NegotiationArgument[];
  leftOut: LeftOut[];
}

/** Amounts closer than this are no argument: a difference a recruiter would call noise. */
export const MEANINGFUL_GAP_CENTS = 1_000_00;

/** Base ranks: a concrete alternative beats a legal fact, which beats a levelling case,
 *  which beats a market statistic. Priorities then move the vesting argument. */
const STRENGTH: Record<ArgumentKind, number> = {
  competing_offer: 100,
  local_floor: 90,
  level_mismatch: 80,
  below_median: 60,
  vesting_gap: 55,
};
/** When total pay or equity matters most, the arithmetic of the person's own grant is the
 *  strongest reason for a sign-on: it outranks market statistics and a levelling case. */
const VESTING_PRIORITY_BONUS = 30;
/** A survey median or a range across all levels is weaker evidence than observed pay at the level. */
const WEAK_BAND_PENALTY = 15;

const LEVEL_ORDER: Level[] = ["early", "mid", "senior", "staff"];

const pointCents = (points: PercentilePoint[], percentile: number) =>
  points.find((point) => point.percentile === percentile)?.cents ?? null;

export function bandCitation(position: MarketPosition, standInRole: string | null): BandCitation | null {
  const band = position.band;
  if (!band) return null;
  const medianCents = pointCents(band.points, 50);
  if (medianCents === null) return null;
  const primary = position.sources.find((source) => source.primary);
  return {
    band,
    medianCents,
    p75Cents: pointCents(band.points, 75),
    standInRole,
    sampleSize: primary?.sampleSize ?? null,
    employment: primary?.employment ?? null,
  };
}

function weakBand(citation: BandCitation): boolean {
  return citation.band.basis !== "observed" || citation.band.sourceLevel === "all";
}

/** What the arguments (and the plan, and the saved computation) are worked out from. */
export interface ArgumentContext {
  offer: NegotiationInput;
  position: MarketPosition;
  /** The same offer placed at the person's own level, when it is above the offer's. */
  yourLevelPosition: MarketPosition | null;
  company: CompanyFacts | null;
  /** The company's own names: the offered level as typed, and the level the plan asks for. */
  levelNames: { offered: string | null; ask: string | null };
  /** The broader role whose figures stand in for the person's ("software engineer"); null when they are its own. */
  standInRole: string | null;
  priorities: Priority[];
}

function floorArgument({ offer, position }: ArgumentContext): NegotiationArgument | null {
  const floor = position.floor;
  if (!floor || floor.cents - offer.baseCents < MEANINGFUL_GAP_CENTS) return null;
  return { kind: "local_floor", strength: STRENGTH.local_floor, floor, offerBaseCents: offer.baseCents };
}

function competingArgument({ offer, position }: ArgumentContext): NegotiationArgument | null {
  const beatsBase =
    offer.competingBaseCents !== null && offer.competingBaseCents - offer.baseCents >= MEANINGFUL_GAP_CENTS;
  const beatsTotal =
    offer.competingTotalCents !== null &&
    offer.competingTotalCents - position.value.yearlyTotalCents >= MEANINGFUL_GAP_CENTS;
  if (!beatsBase && !beatsTotal) return null;
  return {
    kind: "competing_offer",
    strength: STRENGTH.competing_offer,
    basis: beatsBase && beatsTotal ? "both" : beatsBase ? "base" : "total",
    competingBaseCents: beatsBase ? offer.competingBaseCents : null,
    competingTotalCents: beatsTotal ? offer.competingTotalCents : null,
  };
}

function levelArgument(context: ArgumentContext): NegotiationArgument | null {
  const { offer, yourLevelPosition, levelNames, standInRole } = context;
  if (offer.yourLevel === null || LEVEL_ORDER.indexOf(offer.yourLevel) <= LEVEL_ORDER.indexOf(offer.level)) return null;
  const citation = yourLevelPosition ? bandCitation(yourLevelPosition, standInRole) : null;
  const yourLevelMedian =
    citation && citation.medianCents - offer.baseCents >= MEANINGFUL_GAP_CENTS && !weakBand(citation) ? citation : null;
  return {
    kind: "level_mismatch",
    strength: STRENGTH.level_mismatch,
    offeredLevel: offer.level,
    yourLevel: offer.yourLevel,
    askLevelName: levelNames.ask,
    offeredLevelName: levelNames.offered,
    yourLevelMedian,
  };
}

function belowMedianArgument({ offer, position, standInRole }: ArgumentContext): NegotiationArgument | null {
  const market = bandCitation(position, standInRole);
  if (!market || market.medianCents - offer.baseCents < MEANINGFUL_GAP_CENTS) return null;
  return {
    kind: "below_median",
    strength: STRENGTH.below_median - (weakBand(market) ? WEAK_BAND_PENALTY : 0),
    market,
    offerBaseCents: offer.baseCents,
  };
}

function vestingArgument({ offer, position, priorities }: ArgumentContext): NegotiationArgument | null {
  const equity = offer.equity;
  if (!equity) return null;
  const { equityByYearCents, equityYearlyAverageCents: averageCents } = position.value;
  const shortfalls: { year: number; vestsCents: number; shortCents: number }[] = [];
  for (const [index, vestsCents] of equityByYearCents.entries()) {
    if (vestsCents >= averageCents) break;
    shortfalls.push({ year: index + 1, vestsCents, shortCents: averageCents - vestsCents });
  }
  const totalShortCents = shortfalls.reduce((sum, year) => sum + year.shortCents, 0);
  if (totalShortCents - offer.signOnCents < MEANINGFUL_GAP_CENTS * 5) return null;
  const bonus = priorities[0] === "total" || priorities[0] === "equity" ? VESTING_PRIORITY_BONUS : 0;
  return {
    kind: "vesting_gap",
    strength: STRENGTH.vesting_gap + bonus,
    yearlyPercents: equity.vesting.yearlyPercents,
    shortfalls,
    averageCents,
    totalShortCents,
    offeredSignOnCents: offer.signOnCents,
  };
}

/** Whether an argument backs a higher base (the others back a level or a sign-on). */
export function backsBase(argument: NegotiationArgument): boolean {
  switch (argument.kind) {
    case "local_floor":
    case "below_median":
      return true;
    case "competing_offer":
      return argument.basis !== "total";
    case "level_mismatch":
    case "vesting_gap":
      return false;
  }
}

function leftOutFacts(context: ArgumentContext, found: NegotiationArgument[]): LeftOut[] {
  const { offer, position, company } = context;
  const leftOut: LeftOut[] = [];
  const has = (kind: ArgumentKind) => found.some((argument) => argument.kind === kind);
  const points = position.band?.points ?? [];
  const above = points.filter((point) => point.cents <= offer.baseCents);
  if (above.length > 0) {
    const names = listPhrase(
      above.map((point) => `${percentileName(point.percentile)} (${formatMoney(point.cents)})`),
      "and",
    );
    leftOut.push({
      what: `The market ${names}`,
      why: "The offered base is already at or above them; quoting them would tell the employer the offer is already high, so the email cites none of them.",
    });
  }
  if (
    position.base &&
    position.base.kind !== "below" &&
    !(position.base.kind === "within" && position.base.percentile < 50)
  ) {
    leftOut.push({
      what: `Where the offer sits in the range (${describePlacement(position.base)})`,
      why: "An offer's own percentile only helps the ask when it is low; above the median it argues against it.",
    });
  }
  if (position.floor && !has("local_floor")) {
    leftOut.push({
      what: `The local prevailing wage (${formatMoney(position.floor.cents)}, ${position.floor.sourceLevel})`,
      why: "It is a legal minimum and the offer is already above it, so it gives no reason for more.",
    });
  }
  const competingBase = offer.competingBaseCents;
  const competingTotal = offer.competingTotalCents;
  if ((competingBase !== null || competingTotal !== null) && !has("competing_offer")) {
    leftOut.push({
      what: "Your other offer",
      why: "It is not higher than this one, so naming it would show the employer it has nothing to match; the email doesn't mention it.",
    });
  }
  const backLoaded =
    (offer.equity?.vesting.yearlyPercents[0] ?? 100) < 100 / (offer.equity?.vesting.yearlyPercents.length ?? 1);
  if (backLoaded) {
    const fixed = company && !company.scheduleNegotiable;
    const fact = fixed ? company.facts.find((candidate) => candidate.scheduleNegotiable === false) : undefined;
    leftOut.push({
      what: "Asking to change the vesting schedule",
      why: fact
        ? `${company!.name}: ${fact.statement} (${fact.source.publisher}, ${fact.source.date}). The email asks for the sign-on instead.`
        : "Employers rarely change a schedule for one hire; a sign-on that covers the short early years is the usual lever.",
    });
  }
  if (context.priorities.includes("remote")) {
    leftOut.push({
      what: "A remote arrangement as settled",
      why: "You said remote work matters, not that it was agreed, so the email asks about it instead of presuming it.",
    });
  }
  return leftOut;
}

/** Finds every reason for this counter, ranks them and picks what the email leads with. */
export function chooseArguments(context: ArgumentContext): ArgumentChoice {
  const found = [
    competingArgument(context),
    floorArgument(context),
    levelArgument(context),
    belowMedianArgument(context),
    vestingArgument(context),
  ].filter((argument): argument is NegotiationArgument => argument !== null);
  const ranked = [...found].sort((a, b) => b.strength - a.strength);
  const lead = ranked[0] ?? null;
  const supporting =
    lead && backsBase(lead)
      ? (ranked.slice(1).find((argument) => backsBase(argument) && argument.kind !== lead.kind) ?? null)
      : null;
  const vestingCandidate = ranked.find((argument) => argument.kind === "vesting_gap");
  const vesting =
    vestingCandidate && vestingCandidate !== lead && vestingCandidate.kind === "vesting_gap" ? vestingCandidate : null;
  return { lead, supporting, vesting, ranked, leftOut: leftOutFacts(context, found) };
}
