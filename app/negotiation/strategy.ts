// The counter-offer plan: which argument leads (arguments.ts), what to ask for and in what
// order, the numbers of each ask with how they were worked out, whether to ask for time,
// and why, for the plan page. Everything here is decided before any text is written.
import type { Level } from "~/market/types";
import { formatCalendarDate, formatMoney } from "~/format";
import { chooseArguments, type ArgumentContext, type LeftOut, type NegotiationArgument } from "./arguments";
import { daysBetween, type MarketPosition, type PercentilePoint } from "./position";
import type { NegotiationInput } from "./schema";
import { withArticle } from "~/writer/articles";
import { describePlacement, LEVEL_NAMES, LEVEL_WORDS, percentileName } from "./wording";

/** How far above the offer a market-based ask may go; further than this reads as not
 *  serious, and a gap that large is a levelling question rather than a salary one. */
const MARKET_RAISE_CAP_PERCENT = 20;
/** A deadline this many days away or fewer leaves no room for a round of negotiation. */
const SHORT_DEADLINE_DAYS = 5;
const EXTENSION_HOURS = 48;
/** A market anchor this far above the offer (in percent of it) is a levelling question, not only a salary one. */
const LEVEL_QUESTION_GAP_PERCENT = 135;

/** A number the plan worked out, and how: the eval and the plan page can redo each step. */
export type Derivation =
  | { cents: number; op: "round"; of: number; stepCents: number; direction: "nearest" | "up" }
  | { cents: number; op: "sum"; of: number[] }
  | { cents: number; op: "difference"; of: [number, number] }
  | { cents: number; op: "percent"; of: number; percent: number }
  | { cents: number; op: "halfway"; of: [number, number] };

export type BaseAnchor =
  | { kind: "percentile"; percentile: 50 | 75; marketCents: number }
  /** Offer already above the 75th: halfway from the offer to the 90th. */
  | { kind: "toward_90th"; p90Cents: number }
  | { kind: "competing_offer"; competingCents: number }
  | { kind: "wage_floor"; floorCents: number };

export type BaseAsk =
  | {
      kind: "counter";
      cents: number;
      anchor: BaseAnchor;
      stepCents: number;
      /** Set when the market anchor was further above the offer than the cap allows. */
      cap: { percent: number; cents: number } | null;
    }
  /** No number: the email asks whether base has room (no data behind a number). */
  | { kind: "question" }
  | { kind: "none"; reason: "no_data" | "above_data" | "too_close" | "not_a_priority" | "level_first" };

export type Ask =
  | { kind: "base"; ask: Extract<BaseAsk, { kind: "counter" }> }
  | { kind: "base_question" }
  | { kind: "level"; levelName: string | null; yourLevel: Level }
  /** The base is so far under the market that the cap stopped the ask: ask how the role was levelled. */
  | { kind: "level_question" }
  /** A yearly total to reach, for "higher total pay" and a better competing total. */
  | { kind: "total"; cents: number }
  /** totalCents null: asks whether a sign-on (or a larger one) is possible, without a number. */
  | {
      kind: "sign_on";
      totalCents: number | null;
      offeredCents: number;
      years: 1 | 2;
      reason: "vesting" | "base_gap" | "package";
    }
  | { kind: "equity"; extraCents: number | null; hasGrant: boolean }
  | { kind: "refresh" }
  | { kind: "start_date"; offered: string | null }
  | { kind: "remote" };

export type TimeRequest =
  | { kind: "none" }
  /** A deadline too close for a round of negotiation: ask to move it. */
  | { kind: "extension"; hours: number; deadline: string; askUntil: string }
  /** The first reply: keep 48 hours to review the final offer before signing. */
  | { kind: "review"; hours: number }
  | { kind: "deadline_passed"; deadline: string };

export interface CounterPlan {
  /** "accept": the data supports asking for no more pay; the plan says so, the email asks for nothing more. */
  mode: "negotiate" | "accept";
  lead: NegotiationArgument | null;
  supporting: NegotiationArgument | null;
  ranked: NegotiationArgument[];
  base: BaseAsk;
  /** What the email asks for, in order; the first is the main ask. */
  asks: Ask[];
  time: TimeRequest;
  /** Why the lead argument was chosen, and what the plan does with the others. */
  rationale: string[];
  leftOut: LeftOut[];
  /** Said to the person, never to the employer: e.g. advice to accept. */
  advice: string | null;
  derivations: Derivation[];
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

const pointCents = (points: PercentilePoint[], percentile: number) =>
  points.find((point) => point.percentile === percentile)?.cents ?? null;

class Derivations {
  readonly list: Derivation[] = [];
  round(of: number, direction: "nearest" | "up" = "nearest"): number {
    const cents = roundCounter(of, direction);
    if (cents !== of) this.list.push({ cents, op: "round", of, stepCents: roundingStep(of), direction });
    return cents;
  }
  sum(of: number[]): number {
    const cents = of.reduce((total, part) => total + part, 0);
    if (of.length > 1) this.list.push({ cents, op: "sum", of });
    return cents;
  }
  difference(a: number, b: number): number {
    const cents = a - b;
    this.list.push({ cents, op: "difference", of: [a, b] });
    return cents;
  }
  percent(of: number, percent: number): number {
    const cents = Math.round((of * percent) / 100 / 100) * 100;
    this.list.push({ cents, op: "percent", of, percent });
    return cents;
  }
  halfway(a: number, b: number): number {
    const cents = Math.round((a + b) / 2 / 100) * 100;
    this.list.push({ cents, op: "halfway", of: [a, b] });
    return cents;
  }
}

interface BaseTarget {
  cents: number;
  anchor: BaseAnchor;
  cap: { percent: number; cents: number } | null;
}

function marketTarget(baseCents: number, points: PercentilePoint[], math: Derivations): BaseTarget | null {
  const p50 = pointCents(points, 50);
  const p75 = pointCents(points, 75);
  const p90 = pointCents(points, 90);
  let target: { anchor: BaseAnchor; cents: number } | null = null;
  if (p75 !== null && baseCents < p75)
    target = { anchor: { kind: "percentile", percentile: 75, marketCents: p75 }, cents: p75 };
  else if (p75 !== null && p90 !== null && baseCents < p90) {
    target = { anchor: { kind: "toward_90th", p90Cents: p90 }, cents: math.halfway(baseCents, p90) };
  } else if (p75 === null && p50 !== null && baseCents < p50) {
    target = { anchor: { kind: "percentile", percentile: 50, marketCents: p50 }, cents: p50 };
  }
  if (!target) return null;
  const capCents = Math.round((baseCents * (100 + MARKET_RAISE_CAP_PERCENT)) / 100 / 100) * 100;
  if (target.cents <= capCents) return { ...target, cap: null };
  math.percent(baseCents, 100 + MARKET_RAISE_CAP_PERCENT);
  return { anchor: target.anchor, cents: capCents, cap: { percent: MARKET_RAISE_CAP_PERCENT, cents: capCents } };
}

/** The base counter the arguments support: the highest of the market target (when the
 *  market backs the ask), a better competing base and the local floor, rounded; never
 *  below the offer and never a token step above it. */
function chooseBase(
  offer: NegotiationInput,
  position: MarketPosition,
  baseArguments: NegotiationArgument[],
  capCents: number | null,
  math: Derivations,
): BaseAsk {
  const targets: BaseTarget[] = [];
  const market = baseArguments.some((argument) => argument.kind === "below_median" || argument.kind === "local_floor");
  if (market) {
    const target = marketTarget(offer.baseCents, position.band?.points ?? [], math);
    if (target) targets.push(target);
  }
  for (const argument of baseArguments) {
    if (argument.kind === "competing_offer" && argument.competingBaseCents !== null) {
      targets.push({
        cents: argument.competingBaseCents,
        anchor: { kind: "competing_offer", competingCents: argument.competingBaseCents },
        cap: null,
      });
    }
    if (argument.kind === "local_floor") {
      targets.push({
        cents: argument.floor.cents,
        anchor: { kind: "wage_floor", floorCents: argument.floor.cents },
        cap: null,
      });
    }
  }
  if (targets.length === 0) return { kind: "none", reason: position.band ? "above_data" : "no_data" };
  const best = targets.reduce((a, b) => (b.cents > a.cents ? b : a));
  // A matched competing offer or a floor is never undercut by rounding down.
  const direction = best.anchor.kind === "competing_offer" || best.anchor.kind === "wage_floor" ? "up" : "nearest";
  let cents = math.round(best.cents, direction);
  if (capCents !== null && cents > capCents) cents = capCents;
  if (cents - offer.baseCents < roundingStep(offer.baseCents)) return { kind: "none", reason: "too_close" };
  return { kind: "counter", cents, anchor: best.anchor, stepCents: roundingStep(best.cents), cap: best.cap };
}

function timeRequest(offer: NegotiationInput, today: string): TimeRequest {
  const deadline = offer.deadline;
  const daysLeft = deadline === null ? null : daysBetween(today, deadline);
  if (deadline !== null && daysLeft !== null && daysLeft < 0) return { kind: "deadline_passed", deadline };
  if (offer.alreadyReplied) return { kind: "none" };
  if (deadline !== null && daysLeft !== null && daysLeft <= SHORT_DEADLINE_DAYS) {
    const askUntil = new Date(Date.parse(`${deadline}T00:00:00Z`) + EXTENSION_HOURS * 3_600_000)
      .toISOString()
      .slice(0, 10);
    return { kind: "extension", hours: EXTENSION_HOURS, deadline, askUntil };
  }
  return { kind: "review", hours: EXTENSION_HOURS };
}

function isTopOfRange(position: MarketPosition, percentile: number): boolean {
  const placement = position.base;
  if (!placement) return false;
  return placement.kind === "above"
    ? placement.percentile >= percentile - 15
    : placement.kind === "within" && placement.percentile >= percentile;
}

function leadReason(
  argument: NegotiationArgument | null,
  plan: { mode: CounterPlan["mode"] },
  offer: NegotiationInput,
): string {
  if (!argument) {
    return plan.mode === "accept"
      ? "No fact in the data argues for more pay, so the email asks for nothing more."
      : "No fact in the data makes a citable case for more base, so the email cites no market figures and asks for what your priorities support.";
  }
  switch (argument.kind) {
    case "local_floor":
      return `Leads with the local prevailing wage: the offered base of ${formatMoney(offer.baseCents)} is under the ${argument.floor.sourceLevel} wage of ${formatMoney(argument.floor.cents)} for ${argument.floor.occupationName} in ${argument.floor.areaName}, the legal minimum for a sponsored worker in this job. It is the strongest local fact, and no national figure can outweigh it.`;
    case "competing_offer":
      return "Leads with your competing offer: a real alternative at a higher figure is the strongest reason an employer has to move.";
    case "level_mismatch":
      return `Leads with the level: you work at the ${LEVEL_NAMES[argument.yourLevel]} level and the offer is for ${withArticle(`${LEVEL_WORDS[argument.offeredLevel]} role`)}. A raise inside the wrong level's band stays capped by that band; the level moves all of it.`;
    case "below_median":
      return `Leads with the market median: the offered base is ${formatMoney(argument.market.medianCents - offer.baseCents)} under the median of ${formatMoney(argument.market.medianCents)}.`;
    case "vesting_gap":
      return `Leads with the vesting schedule: the first ${argument.shortfalls.length === 1 ? "year vests" : `${argument.shortfalls.length === 2 ? "two" : argument.shortfalls.length} years vest`} ${formatMoney(argument.totalShortCents)} less than the grant's yearly average, and ${argument.offeredSignOnCents > 0 ? `the sign-on of ${formatMoney(argument.offeredSignOnCents)} doesn't cover it` : "there is no sign-on to cover it"}. A sign-on is one-time money, the easiest thing for an employer to add.`;
  }
}

function baseRationale(base: BaseAsk, position: MarketPosition): string | null {
  if (base.kind === "counter") {
    const counter = formatMoney(base.cents);
    switch (base.anchor.kind) {
      case "percentile":
        return base.cap
          ? `Counter at ${counter}: the ${percentileName(base.anchor.percentile)} (${formatMoney(base.anchor.marketCents)}) is more than ${base.cap.percent}% above the offer, so the ask stops at ${base.cap.percent}% above it to stay credible.`
          : `Counter at ${counter}: the ${percentileName(base.anchor.percentile)} (${formatMoney(base.anchor.marketCents)}), rounded.`;
      case "toward_90th":
        return `Counter at ${counter}: halfway from the offer to the 90th percentile (${formatMoney(base.anchor.p90Cents)}), rounded.`;
      case "competing_offer":
        return `Counter at ${counter}: your competing base of ${formatMoney(base.anchor.competingCents)}, rounded up.`;
      case "wage_floor":
        return `Counter at ${counter}: at least the local prevailing wage of ${formatMoney(base.anchor.floorCents)}, rounded up.`;
    }
  }
  if (base.kind === "question")
    return "Base: the email asks whether there is room, without a number, since no data backs one.";
  switch (base.reason) {
    case "above_data":
      return `Base: the offered base is ${position.base ? describePlacement(position.base) : "high in the range"}, so the data doesn't support asking for more; the email doesn't argue about base at all.`;
    case "too_close":
      return "Base: the data-backed target is less than one rounding step above the offer: not worth asking for.";
    case "level_first":
      return "Base: the ask is the level; the pay follows from it, and a base raise is the fallback if the level can't move.";
    case "not_a_priority":
    case "no_data":
      return null;
  }
}

export interface PlanContext extends ArgumentContext {
  today: string;
}

/** Plans the counter. Pure: the same offer, data and date always give the same plan. */
export function planCounter(context: PlanContext): CounterPlan {
  const { offer, position, company, priorities } = context;
  const math = new Derivations();
  const choice = chooseArguments(context);
  const { lead, supporting, vesting } = choice;
  const baseArguments = [lead, supporting].filter(
    (argument): argument is NegotiationArgument =>
      argument !== null &&
      (argument.kind === "local_floor" ||
        argument.kind === "below_median" ||
        (argument.kind === "competing_offer" && argument.basis !== "total")),
  );

  const mode: CounterPlan["mode"] =
    lead === null &&
    (isTopOfRange(position, 90) ||
      (isTopOfRange(position, 75) && !priorities.some((p) => p === "base" || p === "total" || p === "equity")))
      ? "accept"
      : "negotiate";

  let base: BaseAsk;
  if (lead?.kind === "level_mismatch") base = { kind: "none", reason: "level_first" };
  else if (baseArguments.length > 0)
    base = chooseBase(offer, position, baseArguments, company?.baseCapCents ?? null, math);
  else if (mode === "negotiate" && lead === null && priorities[0] === "base" && !isTopOfRange(position, 75))
    base = { kind: "question" };
  else
    base = {
      kind: "none",
      reason: position.band ? (isTopOfRange(position, 50) ? "above_data" : "not_a_priority") : "no_data",
    };

  const asks: Ask[] = [];
  const signOnYears: 1 | 2 = (company?.signOnYears ?? 1) >= 2 ? 2 : 1;
  const totalFirst = priorities[0] === "total";

  if (mode === "negotiate") {
    if (lead?.kind === "level_mismatch")
      asks.push({ kind: "level", levelName: lead.askLevelName, yourLevel: lead.yourLevel });
    // "Higher total pay" asks for a total first; the base is how it could get there.
    const competingTotal = [lead, supporting].find(
      (argument): argument is Extract<NegotiationArgument, { kind: "competing_offer" }> =>
        argument?.kind === "competing_offer" && argument.competingTotalCents !== null,
    );
    if (competingTotal?.competingTotalCents) {
      asks.push({ kind: "total", cents: math.round(competingTotal.competingTotalCents, "up") });
    } else if (totalFirst && base.kind === "counter") {
      const gap = math.difference(base.cents, offer.baseCents);
      asks.push({ kind: "total", cents: math.round(math.sum([position.value.yearlyTotalCents, gap])) });
    }
    if (base.kind === "counter") asks.push({ kind: "base", ask: base });
    if (
      base.kind === "counter" &&
      base.anchor.kind === "percentile" &&
      base.anchor.marketCents >= (offer.baseCents * LEVEL_QUESTION_GAP_PERCENT) / 100
    ) {
      asks.push({ kind: "level_question" });
    }
    if (base.kind === "question") asks.push({ kind: "base_question" });

    const vestingArgument = lead?.kind === "vesting_gap" ? lead : vesting;
    if (vestingArgument) {
      const years: 1 | 2 = vestingArgument.shortfalls.length >= 2 || signOnYears === 2 ? 2 : 1;
      asks.push({
        kind: "sign_on",
        totalCents: math.round(vestingArgument.totalShortCents),
        offeredCents: offer.signOnCents,
        years,
        reason: "vesting",
      });
    } else if (base.kind === "counter") {
      // If base is stuck, one-time money for the first year's gap.
      const gap = math.difference(base.cents, offer.baseCents);
      const totalCents = offer.signOnCents > 0 ? math.sum([offer.signOnCents, gap]) : gap;
      asks.push({ kind: "sign_on", totalCents, offeredCents: offer.signOnCents, years: 1, reason: "base_gap" });
    } else if (lead === null && priorities.some((p) => p === "total" || p === "base" || p === "equity")) {
      asks.push({
        kind: "sign_on",
        totalCents: null,
        offeredCents: offer.signOnCents,
        years: signOnYears,
        reason: "package",
      });
    }
    if (priorities.includes("equity") || (totalFirst && lead === null && offer.equity !== null)) {
      asks.push({ kind: "equity", extraCents: null, hasGrant: offer.equity !== null });
    }
    if (offer.equity !== null && (priorities.includes("equity") || lead?.kind === "vesting_gap"))
      asks.push({ kind: "refresh" });
  }
  if (priorities.includes("start_date")) asks.push({ kind: "start_date", offered: offer.startDate });
  if (priorities.includes("remote")) asks.push({ kind: "remote" });

  const time = timeRequest(offer, context.today);
  const rationale = [
    leadReason(lead, { mode }, offer),
    ...(supporting ? [`Also cited, for the same ask: ${supportingLabel(supporting)}.`] : []),
    ...(vesting ? ["Also asked for: a sign-on that covers the early years the back-loaded vesting leaves short."] : []),
    baseRationale(base, position),
    ...timeRationale(time),
  ].filter((line): line is string => line !== null);
  const advice =
    mode === "accept"
      ? `Consider accepting as it stands: the offered base is ${position.base ? describePlacement(position.base) : "at the top of the data"} and nothing in the data argues for more. The email asks for time to review the written offer${priorities.includes("start_date") || priorities.includes("remote") ? " and settles what matters to you" : ""}, and nothing else.`
      : null;

  return {
    mode,
    lead,
    supporting,
    ranked: choice.ranked,
    base,
    asks,
    time,
    rationale,
    leftOut: choice.leftOut,
    advice,
    derivations: math.list,
  };
}

function supportingLabel(argument: NegotiationArgument): string {
  switch (argument.kind) {
    case "local_floor":
      return `the local prevailing wage (${formatMoney(argument.floor.cents)})`;
    case "below_median":
      return `the market median (${formatMoney(argument.market.medianCents)})`;
    case "competing_offer":
      return "your competing offer";
    case "level_mismatch":
      return "the level";
    case "vesting_gap":
      return "the vesting schedule";
  }
}

function timeRationale(time: TimeRequest): string[] {
  switch (time.kind) {
    case "none":
      return ["Time: you have replied before, so the email doesn't ask for time again."];
    case "extension":
      return [
        `Time: the deadline (${formatCalendarDate(time.deadline)}) leaves no room for a round of negotiation, so the email asks to move it ${time.hours} hours, to ${formatCalendarDate(time.askUntil)}.`,
      ];
    case "review":
      return [
        `Time: a first reply never commits; the email keeps ${time.hours} hours to review the final offer before signing.`,
      ];
    case "deadline_passed":
      return [
        `Time: the deadline (${formatCalendarDate(time.deadline)}) has passed, so the email first asks whether the offer still stands.`,
      ];
  }
}
