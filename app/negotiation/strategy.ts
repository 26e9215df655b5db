// The counter-offer plan: a base to ask for that the data supports, the levers to pull
// when base is stuck, and whether to ask for more time.
import type { NegotiationInput, Priority } from "./schema";
import { daysBetween, type MarketPosition, type PercentilePoint } from "./position";
import { formatCalendarDate, formatMoney } from "~/format";
import { describePlacement, percentileName, sourceWithPeriod } from "./email";

/** How far above the offer a market-based ask may go; further than this reads as not
 *  serious, and a gap that large is a levelling question rather than a salary one. */
const MARKET_RAISE_CAP_PERCENT = 20;
/** A deadline this many days away or fewer is short enough to ask for more time. */
const SHORT_DEADLINE_DAYS = 2;
const EXTENSION_HOURS = 48;

export type CounterAnchor =
  /** A published percentile: the 75th, or the median when nothing above it is published. */
  | { kind: "percentile"; percentile: 50 | 75; marketCents: number }
  /** Offer already above the 75th: halfway from the offer to the 90th. */
  | { kind: "toward-90th"; p90Cents: number }
  | { kind: "competing-offer"; competingCents: number; aboveMarket: boolean };

export type BaseAsk =
  | {
      kind: "counter";
      cents: number;
      anchor: CounterAnchor;
      /** The rounding step used. */
      stepCents: number;
      /** Set when the market anchor was further above the offer than the cap allows. */
      cap: { percent: number; cents: number } | null;
    }
  | { kind: "none"; reason: "no-data" }
  | { kind: "none"; reason: "above-data" }
  /** The data-backed target is less than one rounding step above the offer. */
  | { kind: "none"; reason: "too-close"; targetCents: number; stepCents: number };

export type LeverKind = "sign-on" | "equity" | "refresh" | "vesting" | "level" | "start-date" | "remote";

export interface Lever {
  kind: LeverKind;
  amountCents: number | null;
  ask: string;
  why: string;
}

export type TimeRequest =
  | { kind: "none" }
  | { kind: "extension"; hours: number; deadline: string; askUntil: string }
  | { kind: "deadline-passed"; deadline: string };

export interface CounterPlan {
  base: BaseAsk;
  /** What the levers should make up each year: the base gap, or the gap to a larger
   *  competing yearly total. */
  yearlyGapCents: number;
  /** How far the first year's vesting falls short of the yearly average. */
  firstYearShortfallCents: number;
  rationale: string[];
  /** Most useful first, following the user's priorities. */
  levers: Lever[];
  time: TimeRequest;
}

/** $1,000 steps under $200k, $5,000 under $500k, $10,000 above: precise enough to look
 *  considered, round enough not to look computed to the dollar. */
function roundingStep(cents: number): number {
  if (cents < 200_000_00) return 1_000_00;
  if (cents < 500_000_00) return 5_000_00;
  return 10_000_00;
}

export function roundCounter(cents: number, direction: "nearest" | "up" = "nearest"): number {
  const step = roundingStep(cents);
  const steps = cents / step;
  return (direction === "up" ? Math.ceil(steps) : Math.round(steps)) * step;
}

const percentileCents = (points: PercentilePoint[], percentile: number) =>
  points.find((point) => point.percentile === percentile)?.cents ?? null;

function marketAnchor(baseCents: number, points: PercentilePoint[]): { anchor: CounterAnchor; targetCents: number } | null {
  const p50 = percentileCents(points, 50);
  const p75 = percentileCents(points, 75);
  const p90 = percentileCents(points, 90);
  if (p75 !== null && baseCents < p75) {
    return { anchor: { kind: "percentile", percentile: 75, marketCents: p75 }, targetCents: p75 };
  }
  if (p75 !== null && p90 !== null && baseCents < p90) {
    return { anchor: { kind: "toward-90th", p90Cents: p90 }, targetCents: baseCents + (p90 - baseCents) / 2 };
  }
  if (p75 === null && p50 !== null && baseCents < p50) {
    return { anchor: { kind: "percentile", percentile: 50, marketCents: p50 }, targetCents: p50 };
  }
  return null;
}

function chooseBaseAsk(offer: NegotiationInput, position: MarketPosition): BaseAsk {
  const baseCents = offer.baseCents;
  const points = position.band?.points ?? [];
  const candidates: Extract<BaseAsk, { kind: "counter" }>[] = [];

  const market = marketAnchor(baseCents, points);
  if (market) {
    const capCents = Math.round((baseCents * (100 + MARKET_RAISE_CAP_PERCENT)) / 100 / 100) * 100;
    const capped = market.targetCents > capCents;
    const cents = roundCounter(capped ? capCents : market.targetCents);
    candidates.push({
      kind: "counter",
      cents,
      anchor: market.anchor,
      stepCents: roundingStep(cents),
      cap: capped ? { percent: MARKET_RAISE_CAP_PERCENT, cents: capCents } : null,
    });
  }
  const competing = offer.competingBaseCents;
  if (competing !== null && competing > baseCents) {
    const highest = points.at(-1);
    const cents = roundCounter(competing, "up");
    candidates.push({
      kind: "counter",
      cents,
      anchor: { kind: "competing-offer", competingCents: competing, aboveMarket: highest !== undefined && competing > highest.cents },
      stepCents: roundingStep(cents),
      cap: null,
    });
  }
  if (candidates.length === 0) return { kind: "none", reason: points.length === 0 ? "no-data" : "above-data" };
  const best = candidates.reduce((a, b) => (b.cents > a.cents ? b : a));
  // Never below the offer, and never a token ask: at least one rounding step above it.
  const step = roundingStep(baseCents);
  if (best.cents - baseCents < step) return { kind: "none", reason: "too-close", targetCents: best.cents, stepCents: step };
  return best;
}

function anchorLine(ask: Extract<BaseAsk, { kind: "counter" }>, points: PercentilePoint[]): string {
  const counter = formatMoney(ask.cents);
  const step = formatMoney(ask.stepCents);
  const { anchor, cap } = ask;
  switch (anchor.kind) {
    case "percentile": {
      const market = `the ${percentileName(anchor.percentile)} (${formatMoney(anchor.marketCents)})`;
      if (cap) {
        return `Counter at ${counter}: ${market} is more than ${cap.percent}% above the offer, so the ask stops near ${cap.percent}% above it (${formatMoney(cap.cents)}), rounded to the nearest ${step}, to stay credible; asking about the level covers the rest.`;
      }
      return anchor.percentile === 75
        ? `Counter at ${counter}: ${market} rounded to the nearest ${step}, above the median and inside the published range.`
        : `Counter at ${counter}: ${market} rounded to the nearest ${step}; the source publishes nothing above the median to aim higher.`;
    }
    case "toward-90th": {
      const line = `The offer is already above the 75th percentile, so the counter aims halfway to the 90th (${formatMoney(anchor.p90Cents)}), rounded to the nearest ${step}: ${counter}.`;
      return cap
        ? `${line} That is more than ${cap.percent}% above the offer, so the ask stops near ${cap.percent}% above it (${formatMoney(cap.cents)}) to stay credible.`
        : line;
    }
    case "competing-offer": {
      const highest = points.at(-1);
      const beyondMarket =
        anchor.aboveMarket && highest
          ? ` It is above the ${percentileName(highest.percentile)} of the market range, so the ask rests on that offer, not on market data.`
          : "";
      return `Counter at ${counter}: your competing base of ${formatMoney(anchor.competingCents)}, rounded up to the nearest ${step}.${beyondMarket}`;
    }
  }
}

function baseRationale(ask: BaseAsk, position: MarketPosition): string {
  switch (ask.kind) {
    case "counter":
      return anchorLine(ask, position.band?.points ?? []);
    case "none":
      switch (ask.reason) {
        case "no-data":
          return "Without market figures or a higher competing offer there is no data-backed base to ask for: ask whether base has room, and use the levers.";
        case "above-data":
          return `The offered base is already ${position.base ? describePlacement(position.base) : "at the top of the range"}: the data doesn't support asking for more base, so the plan uses the other levers.`;
        case "too-close":
          return `The data-backed target (${formatMoney(ask.targetCents)}) is less than ${formatMoney(ask.stepCents)} above the offer: not worth asking for, so the plan uses the other levers.`;
      }
  }
}

function placementLines(position: MarketPosition): string[] {
  const band = position.band;
  if (band === null || position.base === null) return [];
  const source = band.sourceName && band.period ? ` (${sourceWithPeriod(band.sourceName, band.period)})` : "";
  const lines = [`The offered base of ${formatMoney(position.value.baseCents)} is ${describePlacement(position.base)} of the range for this role${source}.`];
  if (position.yearlyTotal && position.value.yearlyTotalCents !== position.value.baseCents) {
    lines.push(
      `The estimated yearly total of ${formatMoney(position.value.yearlyTotalCents)} is ${describePlacement(position.yearlyTotal)} of the same range.`,
    );
  }
  return lines;
}

function competingTotalLines(
  offer: NegotiationInput,
  position: MarketPosition,
  competingTotalGapCents: number,
  baseGapCents: number,
): string[] {
  if (offer.competingTotalCents === null || competingTotalGapCents <= baseGapCents) return [];
  return [
    `Your competing offer's yearly total of ${formatMoney(offer.competingTotalCents)} is ${formatMoney(competingTotalGapCents)} more than this offer's estimated ${formatMoney(position.value.yearlyTotalCents)}; the levers aim to close that gap.`,
  ];
}

interface LeverContext {
  offer: NegotiationInput;
  position: MarketPosition;
  ask: BaseAsk;
  priorities: Priority[];
  yearlyGapCents: number;
  firstYearShortfallCents: number;
}

function signOnLever({ yearlyGapCents, firstYearShortfallCents }: LeverContext): Lever | null {
  const amountCents = roundCounter(yearlyGapCents + firstYearShortfallCents);
  if (amountCents <= 0) return null;
  const covers = [
    yearlyGapCents > 0 ? `the first year's gap of ${formatMoney(yearlyGapCents)}` : null,
    firstYearShortfallCents > 0 ? `the ${formatMoney(firstYearShortfallCents)} by which the first year's vesting falls short of the average` : null,
  ].filter((part) => part !== null);
  return {
    kind: "sign-on",
    amountCents,
    ask: `Ask for a sign-on bonus of ${formatMoney(amountCents)}.`,
    why: `One-time money doesn't move the salary band, so it is often approved when base is stuck; this covers ${covers.join(" and ")}.`,
  };
}

function equityLever({ offer, priorities, yearlyGapCents }: LeverContext): Lever | null {
  if (yearlyGapCents === 0 && !priorities.includes("equity")) return null;
  const equity = offer.equity;
  if (equity === null) {
    return {
      kind: "equity",
      amountCents: null,
      ask: "Ask whether an equity grant is available at this level.",
      why:
        yearlyGapCents > 0
          ? `Equity costs the company no cash now and can make up the yearly gap of ${formatMoney(yearlyGapCents)} without touching base.`
          : "Equity costs the company no cash now, and it is among your priorities.",
    };
  }
  const years = equity.vesting.yearlyPercents.length;
  if (yearlyGapCents === 0) {
    return {
      kind: "equity",
      amountCents: null,
      ask: "Ask whether the equity grant can be larger.",
      why: "Equity costs the company no cash now, and it is among your priorities.",
    };
  }
  const amountCents = roundCounter(yearlyGapCents * years);
  return {
    kind: "equity",
    amountCents,
    ask: `Ask for ${formatMoney(amountCents)} more in the equity grant.`,
    why: `Equity costs the company no cash now; over ${years} years that adds about ${formatMoney(yearlyGapCents)} a year, the size of the gap.`,
  };
}

function refreshLever({ offer }: LeverContext): Lever | null {
  if (offer.equity === null) return null;
  const years = offer.equity.vesting.yearlyPercents.length;
  return {
    kind: "refresh",
    amountCents: null,
    ask: "Ask how refresh grants work and what a typical refresh is at this level.",
    why: `The grant vests over ${years} years; without refreshers, pay drops once it has vested.`,
  };
}

function vestingLever({ position, firstYearShortfallCents }: LeverContext): Lever | null {
  if (firstYearShortfallCents === 0) return null;
  return {
    kind: "vesting",
    amountCents: null,
    ask: "Ask for an even vesting schedule, or a sign-on bonus that covers the first year.",
    why: `The first year vests ${formatMoney(position.value.equityFirstYearCents)} against an average of ${formatMoney(position.value.equityYearlyAverageCents)} a year.`,
  };
}

function levelLever({ offer, position, ask }: LeverContext): Lever | null {
  const cap = ask.kind === "counter" ? ask.cap : null;
  const placement = position.base;
  const belowMedian = placement !== null && (placement.kind === "below" || (placement.kind === "within" && placement.percentile < 50));
  let why: string;
  if (cap !== null) {
    why = `The market anchor is more than ${cap.percent}% above the offer; a gap that large usually closes through the level, not the salary.`;
  } else if (placement !== null && belowMedian) {
    why = `The offered base is ${describePlacement(placement)}; a higher level moves the whole band.`;
  } else {
    return null;
  }
  return {
    kind: "level",
    amountCents: null,
    ask: offer.companyLevel
      ? `Ask whether the role can be offered at the level above ${offer.companyLevel}.`
      : "Ask whether the role can be levelled higher.",
    why,
  };
}

function startDateLever({ offer, priorities }: LeverContext): Lever | null {
  if (!priorities.includes("start-date")) return null;
  return {
    kind: "start-date",
    amountCents: null,
    ask: offer.startDate
      ? `Settle the start date you want (the offer says ${formatCalendarDate(offer.startDate)}).`
      : "Settle the start date you want.",
    why: "It costs the company nothing, so it is usually easy to agree, and it belongs in the offer letter.",
  };
}

function remoteLever({ priorities }: LeverContext): Lever | null {
  if (!priorities.includes("remote")) return null;
  return {
    kind: "remote",
    amountCents: null,
    ask: "Ask for the remote arrangement to be written into the offer letter.",
    why: "Remote terms in the offer letter are harder to take back later than a verbal promise.",
  };
}

const LEVER_BUILDERS: Record<LeverKind, (context: LeverContext) => Lever | null> = {
  "sign-on": signOnLever,
  equity: equityLever,
  refresh: refreshLever,
  vesting: vestingLever,
  level: levelLever,
  "start-date": startDateLever,
  remote: remoteLever,
};

/** Levers that serve each priority best, strongest first. */
const LEVERS_FOR_PRIORITY: Record<Priority, LeverKind[]> = {
  base: ["level", "sign-on"],
  total: ["sign-on", "equity", "vesting"],
  equity: ["equity", "refresh", "vesting"],
  "start-date": ["start-date"],
  remote: ["remote"],
};
const DEFAULT_LEVER_ORDER: LeverKind[] = ["sign-on", "equity", "level", "vesting", "refresh", "start-date", "remote"];

function timeRequest(deadline: string | null, today: string): TimeRequest {
  if (deadline === null) return { kind: "none" };
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return { kind: "deadline-passed", deadline };
  // Written so that an unreadable date (NaN) asks for nothing.
  if (!(daysLeft <= SHORT_DEADLINE_DAYS)) return { kind: "none" };
  const askUntil = new Date(Date.parse(`${deadline}T00:00:00Z`) + EXTENSION_HOURS * 3_600_000).toISOString().slice(0, 10);
  return { kind: "extension", hours: EXTENSION_HOURS, deadline, askUntil };
}

function timeRationale(time: TimeRequest): string[] {
  switch (time.kind) {
    case "none":
      return [];
    case "extension":
      return [`The deadline (${formatCalendarDate(time.deadline)}) is close: ask for ${time.hours} more hours, until ${formatCalendarDate(time.askUntil)}.`];
    case "deadline-passed":
      return [`The deadline (${formatCalendarDate(time.deadline)}) has passed: ask whether the offer still stands before negotiating.`];
  }
}

/** Plans the counter. `priorities` are most important first; `deadline` and `today` are ISO dates. */
export function planCounter(
  offer: NegotiationInput,
  position: MarketPosition,
  priorities: Priority[],
  deadline: string | null,
  today: string,
): CounterPlan {
  const ask = chooseBaseAsk(offer, position);
  const baseGapCents = ask.kind === "counter" ? ask.cents - offer.baseCents : 0;
  const competingTotalGapCents =
    offer.competingTotalCents === null ? 0 : Math.max(offer.competingTotalCents - position.value.yearlyTotalCents, 0);
  const yearlyGapCents = Math.max(baseGapCents, competingTotalGapCents);
  const firstYearShortfallCents = Math.max(position.value.equityYearlyAverageCents - position.value.equityFirstYearCents, 0);
  const context: LeverContext = { offer, position, ask, priorities, yearlyGapCents, firstYearShortfallCents };

  const order = [...new Set([...priorities.flatMap((priority) => LEVERS_FOR_PRIORITY[priority]), ...DEFAULT_LEVER_ORDER])];
  const levers = order.map((kind) => LEVER_BUILDERS[kind](context)).filter((lever): lever is Lever => lever !== null);
  const time = timeRequest(deadline, today);

  return {
    base: ask,
    yearlyGapCents,
    firstYearShortfallCents,
    rationale: [
      ...placementLines(position),
      baseRationale(ask, position),
      ...competingTotalLines(offer, position, competingTotalGapCents, baseGapCents),
      ...timeRationale(time),
    ],
    levers,
    time,
  };
}
