// What a negotiation text may mention, for the writer's fact check: every number the
// person gave or the computation produced (inputs, market figures, the plan's worked-out
// numbers with their steps), and every name the composer itself introduces. A model's
// rephrasing with a number or a name outside these has changed or added one.
import { formatCalendarDate } from "~/format";
import { numbersIn } from "~/writer/fact-check";
import type { AllowedFacts } from "~/writer/types";
import type { MarketPosition } from "./position";
import type { NegotiationComputation } from "./types";

const normalise = (n: number) => Math.round(n * 100) / 100;
const numbersInText = (text: string) => numbersIn(text).map((mention) => mention.value);

/** A date as formatCalendarDate writes it shows its day and year; the month is a word. */
function dateNumbers(isoDate: string | null): number[] {
  const match = isoDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? [Number(match[1]), Number(match[3])] : [];
}

function writtenDates({ offer, plan }: NegotiationComputation): string[] {
  const time = plan.time;
  const dates = [offer.startDate, offer.deadline];
  if (time.kind === "extension") dates.push(time.deadline, time.askUntil);
  if (time.kind === "deadline_passed") dates.push(time.deadline);
  return dates.filter((date): date is string => date !== null);
}

function positionNumbers(
  position: MarketPosition | null,
  money: (number | null)[],
  plain: number[],
  texts: string[],
): void {
  if (!position) return;
  const { equityByYearCents, ...value } = position.value;
  money.push(...Object.values(value), ...equityByYearCents);
  if (position.band) {
    money.push(...position.band.points.map((point) => point.cents));
    plain.push(...position.band.points.map((point) => point.percentile));
    texts.push(position.band.areaName, position.band.sourceName ?? "", position.band.period ?? "");
  }
  if (position.floor) {
    money.push(position.floor.cents);
    texts.push(position.floor.sourceLevel, position.floor.period, position.floor.sourceName, position.floor.areaName);
  }
  for (const placement of [position.base, position.yearlyTotal]) if (placement) plain.push(placement.percentile);
  for (const source of position.sources) {
    plain.push(...[source.sampleSize, source.employment].filter((n): n is number => n !== null));
    texts.push(source.sourceName, source.publisher, source.period);
  }
}

/** What the person typed as text: a writer may repeat it, and the numbers in it. */
function offerTexts(offer: NegotiationComputation["offer"]): string[] {
  return [
    offer.company,
    offer.role,
    offer.jobTitle,
    offer.companyLevel,
    offer.location,
    offer.recruiterName,
    offer.yourName,
  ];
}

/** Every number the computation produced or the person gave, as written in text (money in
 *  dollars, percentages as percent, dates as their day and year). */
export function allowedNumbers(computation: NegotiationComputation): Set<number> {
  const { offer, plan } = computation;
  const money: (number | null)[] = [
    offer.baseCents,
    offer.signOnCents,
    offer.competingBaseCents,
    offer.competingTotalCents,
  ];
  const plain: number[] = [offer.bonusPercent, ...writtenDates(computation).flatMap(dateNumbers)];
  const texts: string[] = offerTexts(offer);
  if (offer.equity) {
    money.push(offer.equity.totalCents, offer.equity.shares?.priceCents ?? null);
    const { vesting } = offer.equity;
    plain.push(vesting.yearlyPercents.length, ...vesting.yearlyPercents);
    if (offer.equity.shares) plain.push(offer.equity.shares.count);
  }
  positionNumbers(computation.position, money, plain, texts);
  positionNumbers(computation.yourLevelPosition, money, plain, texts);
  for (const derivation of plan.derivations) money.push(derivation.cents);
  if (plan.base.kind === "counter") {
    money.push(plan.base.cents);
    if (plan.base.cap) plain.push(plan.base.cap.percent);
  }
  for (const ask of plan.asks) {
    if (ask.kind === "total") money.push(ask.cents);
    if (ask.kind === "sign_on") money.push(ask.totalCents, ask.offeredCents);
  }
  for (const argument of plan.ranked) {
    if (argument.kind === "vesting_gap") {
      money.push(
        argument.averageCents,
        argument.totalShortCents,
        ...argument.shortfalls.flatMap((year) => [year.vestsCents, year.shortCents]),
      );
      plain.push(...argument.shortfalls.map((year) => year.year));
    }
  }
  if (plan.time.kind === "extension" || plan.time.kind === "review") plain.push(plan.time.hours);
  texts.push(computation.levelNames.ask ?? "");
  return new Set([
    ...money.filter((cents): cents is number => cents !== null).map((cents) => normalise(cents / 100)),
    ...plain.map(normalise),
    ...texts.flatMap(numbersInText).map(normalise),
  ]);
}

/** Capitalised words of the composer's own phrasing that are not everyday words. */
const COMPOSER_WORDS = [
  "Dear",
  "Hiring",
  "Team",
  "Please",
  "U.S.",
  "Department",
  "Labor",
  "Market",
  "Survey",
  "US",
  "Open",
  "Ask",
  "Close",
  "Time",
];

/** Names the composer introduces besides the person's words. */
export function allowedNames(computation: NegotiationComputation): string[] {
  const { position, yourLevelPosition, company, levelNames } = computation;
  const positions = [position, yourLevelPosition].filter((p): p is MarketPosition => p !== null);
  return [
    ...COMPOSER_WORDS,
    ...(company ? [company.name] : []),
    ...(levelNames.ask ? [levelNames.ask] : []),
    ...(computation.standInRole ? [computation.standInRole] : []),
    ...positions.flatMap((p) => [
      ...(p.band ? [p.band.areaName, p.band.sourceName ?? ""] : []),
      ...(p.floor ? [p.floor.areaName, p.floor.occupationName, p.floor.sourceName, p.floor.sourceLevel] : []),
      ...p.sources.flatMap((source) => [source.sourceName, source.publisher]),
    ]),
    ...writtenDates(computation).map((date) => formatCalendarDate(date).split(" ")[0]),
  ].filter((name) => name !== "");
}

export function negotiationAllowedFacts(computation: NegotiationComputation): AllowedFacts {
  const { offer } = computation;
  return {
    texts: offerTexts(offer),
    numbers: [...allowedNumbers(computation)],
    names: allowedNames(computation),
  };
}
