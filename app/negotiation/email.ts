// The built-in, deterministic writer of the negotiation email, phone script and pushback
// answers, and the one place percentiles, placements and sources are written as text
// (money and dates: ~/format).
// Every number it writes comes from the computation or from the user; `allowedNumbers`
// and `allowedNames` list what it may mention, so the writer's fact check can reject a
// rephrasing that changes or adds a number or a name.
import type { PayBasis } from "~/market/types";
import { formatCalendarDate, formatCount, formatMoney } from "~/format";
import { numbersIn } from "~/writer/fact-check";
import type { NegotiationInput, Tone, VestingSchedule } from "./schema";
import type { MarketPosition, PercentilePoint, Placement, SourceCitation } from "./position";
import type { CounterPlan, Lever } from "./strategy";

// ---------- formatting ----------

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 62nd… */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** "median", "62nd percentile". */
export function percentileName(percentile: number): string {
  return percentile === 50 ? "median" : `${ordinal(percentile)} percentile`;
}

/** "at the 62nd percentile", "below the 10th percentile", "above the median". */
export function describePlacement(placement: Placement): string {
  const preposition = placement.kind === "within" ? "at" : placement.kind;
  return `${preposition} the ${percentileName(placement.percentile)}`;
}

/** "a", "a or b", "a, b or c". */
export function listInWords(items: string[], conjunction: "and" | "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

export function vestingScheduleLabel(vesting: VestingSchedule): string {
  switch (vesting.name) {
    case "even":
      return "vesting evenly";
    case "cliff-even":
      return "with a one-year cliff, then vesting evenly";
    case "amazon-5-15-40-40":
      return `on Amazon's ${vesting.yearlyPercents.join("/")} schedule`;
    case "custom":
      return `on a ${vesting.yearlyPercents.join("/")} schedule`;
  }
}

/** "BLS OEWS, May 2024": the period is left out when the source's name already gives it
 *  ("…, national, May 2024"), so it is not said twice. */
export function sourceWithPeriod(sourceName: string, period: string): string {
  return period === "" || sourceName.includes(period) ? sourceName : `${sourceName}, ${period}`;
}

/** What a source's sample is, in words: respondents when counted, else jobs covered. */
export function describeSample(source: SourceCitation): string {
  if (source.sampleSize !== null) return `n = ${formatCount(source.sampleSize)}`;
  if (source.employment !== null) return `covering an estimated ${formatCount(source.employment)} jobs`;
  return "sample size not published";
}

// ---------- the document ----------

export interface NegotiationComputation {
  offer: NegotiationInput;
  position: MarketPosition;
  plan: CounterPlan;
}

export interface Pushback {
  objection: string;
  answer: string;
}

export interface NegotiationDocument {
  subject: string;
  body: string;
  phoneScript: string[];
  pushback: Pushback[];
}

/** The email names only the strongest levers; the plan shown beside it has them all. */
const EMAIL_LEVERS = 3;

interface TonePhrases {
  subject: (offer: NegotiationInput) => string;
  greeting: (recruiterName: string) => string;
  thanks: (company: string, position: string) => string;
  ask: (counter: string) => string;
  askForRoom: string;
  baseIsFair: string;
  /** Base is fair and there is nothing else to ask for. */
  readyToAccept: string;
  leverIntro: string;
  moreTime: (hours: number, until: string) => string;
  deadlinePassed: (deadline: string) => string;
  close: string;
  signOff: string;
}

const TONES: Record<Tone, TonePhrases> = {
  warm: {
    subject: (offer) => `${offer.role} offer: a few questions before I sign`,
    greeting: (name) => (name ? `Hi ${name},` : "Hi,"),
    thanks: (company, position) =>
      `Thank you so much for the offer to join ${company} as ${position}. I'm genuinely excited about the team and the work, and I'd love to make this happen.`,
    ask: (counter) => `With that in mind, I'd like to ask for a base salary of ${counter}.`,
    askForRoom: "I'd like to ask whether there is some room on the base salary.",
    baseIsFair: "The base looks fair against the market, so I'd like to focus on the rest of the package.",
    readyToAccept: "The offer looks fair against the market, and I'm looking forward to confirming the details.",
    leverIntro: "If base is hard to move, any of these would help:",
    moreTime: (hours, until) => `I want to give you a considered yes: could I have ${hours} more hours, until ${until}?`,
    deadlinePassed: (deadline) => `I realise the date you gave me (${deadline}) has passed; is the offer still open? If it is, I have a few questions.`,
    close: "I'm really looking forward to working together.",
    signOff: "Best,",
  },
  direct: {
    subject: (offer) => `${offer.role} offer: base salary and package`,
    greeting: (name) => (name ? `${name},` : "Hello,"),
    thanks: (company, position) =>
      `Thanks for the offer to join ${company} as ${position}. I want to accept, and I have a few points first.`,
    ask: (counter) => `I'm asking for a base salary of ${counter}.`,
    askForRoom: "Is there room on the base salary?",
    baseIsFair: "The base is fair against the market; my points are about the rest of the package.",
    readyToAccept: "The offer is fair against the market; let's confirm the details.",
    leverIntro: "If base can't move, these would work instead:",
    moreTime: (hours, until) => `Please give me ${hours} more hours, until ${until}, to decide.`,
    deadlinePassed: (deadline) => `The date you gave me (${deadline}) has passed; please confirm the offer still stands. If it does, here is where I am.`,
    close: "Happy to talk it through on a call.",
    signOff: "Thanks,",
  },
  formal: {
    subject: (offer) => `Regarding the ${offer.role} offer`,
    greeting: (name) => (name ? `Dear ${name},` : "Dear Hiring Team,"),
    thanks: (company, position) =>
      `Thank you for offering me the position of ${position} at ${company}. I am enthusiastic about the opportunity and would like to discuss the compensation before accepting.`,
    ask: (counter) => `I would therefore like to request a base salary of ${counter}.`,
    askForRoom: "I would like to ask whether there is flexibility in the base salary.",
    baseIsFair: "The base salary is in line with the market, so I would like to discuss the rest of the package.",
    readyToAccept: "The offer is in line with the market, and I would be glad to confirm the details.",
    leverIntro: "Should the base salary be fixed, I would welcome the following instead:",
    moreTime: (hours, until) => `I would be grateful for ${hours} additional hours, until ${until}, to reach my decision.`,
    deadlinePassed: (deadline) => `I understand the date you gave me (${deadline}) has passed; could you confirm whether the offer remains open? If so, I would like to raise the following.`,
    close: "I look forward to your reply.",
    signOff: "Kind regards,",
  },
};

function positionTitle(offer: NegotiationInput): string {
  return offer.companyLevel ? `${offer.role} (${offer.companyLevel})` : offer.role;
}

/** The quoted range: 25th–75th when published, else the widest published span. */
function quotedRange(points: PercentilePoint[]): { low: PercentilePoint; high: PercentilePoint } | null {
  if (points.length === 0) return null;
  const low = points.find((point) => point.percentile === 25) ?? points[0];
  const high = points.find((point) => point.percentile === 75) ?? points[points.length - 1];
  return { low, high };
}

/** How each kind of source is introduced, and what its figures measure. */
const BASIS_WORDING: Record<PayBasis, { data: string; pay: string }> = {
  observed: { data: "Market data", pay: "base" },
  survey_median: { data: "Survey data", pay: "pay" },
  wage_floor: { data: "Prevailing-wage data (legal minimums)", pay: "pay" },
};

/** The quoted range and what qualifies it: "base at $103,050–$169,000" with
 *  ["25th to 75th percentile", "median $133,080"], or "the median pay at $170,000". */
function rangeFacts(points: PercentilePoint[], pay: string): { what: string; details: string[] } | null {
  const quoted = quotedRange(points);
  if (!quoted) return null;
  if (quoted.low === quoted.high) {
    return { what: `the ${percentileName(quoted.low.percentile)} ${pay} at ${formatMoney(quoted.low.cents)}`, details: [] };
  }
  const median = points.find((point) => point.percentile === 50);
  return {
    what: `${pay} at ${formatMoney(quoted.low.cents)}–${formatMoney(quoted.high.cents)}`,
    details: [
      `${ordinal(quoted.low.percentile)} to ${ordinal(quoted.high.percentile)} percentile`,
      ...(median && median !== quoted.low && median !== quoted.high ? [`median ${formatMoney(median.cents)}`] : []),
    ],
  };
}

/** "Market data for this role and level (area) puts base at $X–$Y (…; source, period)." */
function marketSentence(position: MarketPosition): string | null {
  const band = position.band;
  if (!band) return null;
  const wording = BASIS_WORDING[band.basis ?? "observed"];
  const facts = rangeFacts(band.points, wording.pay);
  if (!facts) return null;
  const scope = band.sourceLevel === "all" ? `this role (${band.areaName}, all levels)` : `this role and level (${band.areaName})`;
  const source = band.sourceName && band.period ? sourceWithPeriod(band.sourceName, band.period) : "";
  const qualifiers = [facts.details.join(", "), source].filter((part) => part !== "").join("; ");
  return `${wording.data} for ${scope} puts ${facts.what}${qualifiers ? ` (${qualifiers})` : ""}.`;
}

/** Why the counter is the number it is, in the user's words, after naming the source. */
function anchorExplanation(plan: CounterPlan): string {
  if (plan.base.kind !== "counter") return "";
  const { anchor, cap, cents } = plan.base;
  if (anchor.kind === "competing-offer") return "";
  const target =
    anchor.kind === "toward-90th"
      ? { name: "90th percentile", cents: anchor.p90Cents }
      : { name: percentileName(anchor.percentile), cents: anchor.marketCents };
  if (cap) return ` My number is a step toward its ${target.name}, ${formatMoney(target.cents)}.`;
  if (anchor.kind === "toward-90th") return ` My number is halfway from the offer to its 90th percentile, ${formatMoney(target.cents)}.`;
  return ` My number is its ${target.name}${cents === target.cents ? "" : ", rounded"}.`;
}

/** The other offer's figures, to follow "an offer": "with a base of $X", "worth $Y a year in total". */
function competingFacts(offer: NegotiationInput): string | null {
  const base = offer.competingBaseCents;
  const total = offer.competingTotalCents;
  if (base !== null && total !== null) return `with a base of ${formatMoney(base)} and a yearly total of ${formatMoney(total)}`;
  if (base !== null) return `with a base of ${formatMoney(base)}`;
  if (total !== null) return `worth ${formatMoney(total)} a year in total`;
  return null;
}

function competingSentence(offer: NegotiationInput): string | null {
  const facts = competingFacts(offer);
  return facts && `I also have another offer ${facts}.`;
}

/** A lever as the user would name it in the email. */
function leverPhrase(lever: Lever, offer: NegotiationInput): string {
  const amount = lever.amountCents === null ? null : formatMoney(lever.amountCents);
  switch (lever.kind) {
    case "sign-on":
      return `a sign-on bonus of ${amount}`;
    case "equity":
      if (amount) return `an additional ${amount} in the equity grant`;
      return offer.equity ? "a larger equity grant" : "an equity grant";
    case "refresh":
      return "a clear picture of how refresh grants work";
    case "vesting":
      return "an even vesting schedule, or a sign-on bonus that covers the first year";
    case "level":
      return offer.companyLevel ? `a higher level than ${offer.companyLevel}` : "a higher level";
    case "start-date":
      return offer.startDate ? `flexibility on the start date (currently ${formatCalendarDate(offer.startDate)})` : "flexibility on the start date";
    case "remote":
      return "the remote arrangement written into the offer letter";
  }
}

function askSentence(plan: CounterPlan, tone: TonePhrases): string {
  if (plan.base.kind === "counter") return tone.ask(formatMoney(plan.base.cents));
  if (plan.base.reason === "no-data") return tone.askForRoom;
  return plan.levers.length > 0 ? tone.baseIsFair : tone.readyToAccept;
}

function composeBody(computation: NegotiationComputation, tone: TonePhrases): string {
  const { offer, position, plan } = computation;
  const evidence = [
    marketSentence(position),
    position.base ? `The offered base of ${formatMoney(offer.baseCents)} is ${describePlacement(position.base)}.` : null,
    competingSentence(offer),
  ].filter((sentence) => sentence !== null);
  const levers = plan.levers.slice(0, EMAIL_LEVERS).map((lever) => `- ${leverPhrase(lever, offer)}`);
  const time = plan.time;
  const paragraphs = [
    tone.greeting(offer.recruiterName),
    tone.thanks(offer.company, positionTitle(offer)),
    // Whether the offer still stands comes before anything else.
    time.kind === "deadline-passed" ? tone.deadlinePassed(formatCalendarDate(time.deadline)) : "",
    evidence.join(" "),
    askSentence(plan, tone),
    levers.length > 0 ? [tone.leverIntro, ...levers].join("\n") : "",
    time.kind === "extension" ? tone.moreTime(time.hours, formatCalendarDate(time.askUntil)) : "",
    tone.close,
    tone.signOff,
  ];
  return paragraphs.filter((paragraph) => paragraph !== "").join("\n\n");
}

function composePhoneScript(computation: NegotiationComputation): string[] {
  const { offer, position, plan } = computation;
  const market = marketSentence(position);
  const competing = competingSentence(offer);
  const ask =
    plan.base.kind === "counter"
      ? `Ask: "I'd like a base of ${formatMoney(plan.base.cents)}." Then stop talking and let them answer.`
      : plan.base.reason === "no-data"
        ? "Ask whether there is room on base, then let them answer."
        : "Say base looks fair and move to the rest of the package.";
  const [firstLever, secondLever] = plan.levers.map((lever) => leverPhrase(lever, offer));
  const fallback = firstLever && (secondLever ? `${firstLever}; if that's a no, ${secondLever}` : firstLever);
  const time = plan.time;
  return [
    `Open: thank ${offer.recruiterName || "them"} and say you're excited about ${offer.company}.`,
    time.kind === "deadline-passed" ? "Ask whether the offer is still open before anything else." : null,
    market ? `Give the data: "${market}"` : null,
    competing ? `Mention the other offer: "${competing}"` : null,
    ask,
    fallback ? `If base is stuck, ask for ${fallback}.` : null,
    time.kind === "extension" ? `Ask for ${time.hours} more hours, until ${formatCalendarDate(time.askUntil)}.` : null,
    "Close: agree the next step, and ask for any change in writing.",
  ].filter((line) => line !== null);
}

function composePushback(computation: NegotiationComputation): Pushback[] {
  const { offer, position, plan } = computation;
  const levers = plan.levers.map((lever) => leverPhrase(lever, offer));
  const fallback = levers.length > 0 ? listInWords(levers.slice(0, 2), "or") : null;
  const pushback: Pushback[] = [
    {
      objection: "That's the top of the band for this level.",
      answer: fallback
        ? `I understand bands are fixed. Could we look at ${fallback} instead?`
        : "I understand bands are fixed. Could we agree in writing to revisit base at my first performance review?",
    },
  ];
  const primary = position.sources.find((source) => source.primary);
  if (plan.base.kind === "counter" && plan.base.anchor.kind === "competing-offer") {
    pushback.push({
      objection: "Where does your number come from?",
      answer: `From my other offer: its base is ${formatMoney(plan.base.anchor.competingCents)}.`,
    });
  } else if (primary) {
    pushback.push({
      objection: "Where does your number come from?",
      answer: `From ${sourceWithPeriod(primary.sourceName, primary.period)} (${primary.publisher}; ${describeSample(primary)}).${anchorExplanation(plan)}`,
    });
  }
  const value = position.value;
  if (offer.equity) {
    const firstYear =
      value.equityFirstYearCents === value.equityYearlyAverageCents
        ? ""
        : `, and ${formatMoney(value.equityFirstYearCents)} in the first year`;
    pushback.push({
      objection: "The equity makes up the difference.",
      answer: `I value it. The grant works out to ${formatMoney(value.equityYearlyAverageCents)} a year on average${firstYear}; base is what I can count on, so I'm looking at base and total separately.`,
    });
  }
  const competing = competingFacts(offer);
  if (competing) {
    pushback.push({
      objection: "Can you tell us about the other offer?",
      answer: `It's an offer ${competing}. I'd rather join ${offer.company}, which is why I'm asking.`,
    });
  }
  if (plan.time.kind === "extension") {
    pushback.push({
      objection: `We need an answer by ${formatCalendarDate(plan.time.deadline)}.`,
      answer: `I want to give you a considered yes; ${plan.time.hours} more hours, until ${formatCalendarDate(plan.time.askUntil)}, is all I'm asking.`,
    });
  }
  pushback.push({
    objection: "This is our best and final offer.",
    answer: fallback
      ? `Thank you for checking. If base can't move, ${levers[0]} would make the decision easy.`
      : "Thank you for checking. I'd like to take the time to consider it properly.",
  });
  return pushback;
}

/** The built-in writer: the same computation and tone always give the same text. */
export function composeNegotiationEmail(
  computation: NegotiationComputation,
  tone: Tone = computation.offer.tone,
): NegotiationDocument {
  const phrases = TONES[tone];
  return {
    subject: phrases.subject(computation.offer),
    body: composeBody(computation, phrases),
    phoneScript: composePhoneScript(computation),
    pushback: composePushback(computation),
  };
}

/** The whole document as plain text, e.g. for copying or a saved document's text. */
export function negotiationToText(document: NegotiationDocument): string {
  return [
    `Subject: ${document.subject}`,
    document.body,
    ["Phone script", ...document.phoneScript.map((line) => `- ${line}`)].join("\n"),
    ["Likely pushback", ...document.pushback.map(({ objection, answer }) => `Q: ${objection}\nA: ${answer}`)].join("\n\n"),
  ].join("\n\n");
}

// ---------- what a text may mention ----------

const normalise = (n: number) => Math.round(n * 100) / 100;
const numbersInText = (text: string) => numbersIn(text).map((mention) => mention.value);

/** A date as `formatCalendarDate` writes it shows its day and year; the month is a word. */
function dateNumbers(isoDate: string | null): number[] {
  const match = isoDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? [Number(match[1]), Number(match[3])] : [];
}

function writtenDates(computation: NegotiationComputation): string[] {
  const { offer, plan } = computation;
  const time = plan.time;
  return [offer.startDate, offer.deadline, time.kind === "none" ? null : time.deadline, time.kind === "extension" ? time.askUntil : null].filter(
    (date) => date !== null,
  );
}

/** Every number the computation produced or the user gave, as written in text (money in
 *  dollars, percentages as percent, dates as their day and year). A text with a number
 *  outside this set has changed or added one. */
export function allowedNumbers(computation: NegotiationComputation): Set<number> {
  const { offer, position, plan } = computation;
  const money: (number | null)[] = [];
  const plain: number[] = [];
  const texts: string[] = [];

  // What the user gave.
  money.push(offer.baseCents, offer.signOnCents, offer.competingBaseCents, offer.competingTotalCents);
  plain.push(offer.bonusPercent, ...writtenDates(computation).flatMap(dateNumbers));
  texts.push(offer.company, offer.role, offer.companyLevel, offer.location, offer.recruiterName);
  if (offer.equity) {
    money.push(offer.equity.totalCents, offer.equity.shares?.priceCents ?? null);
    const { vesting } = offer.equity;
    plain.push(vesting.yearlyPercents.length);
    // Even schedules are written in words; only named percentages are written out.
    if (vesting.name === "amazon-5-15-40-40" || vesting.name === "custom") plain.push(...vesting.yearlyPercents);
    if (offer.equity.shares) plain.push(offer.equity.shares.count);
  }

  // The market position.
  money.push(...Object.values(position.value));
  if (position.band) {
    money.push(...position.band.points.map((point) => point.cents));
    plain.push(...position.band.points.map((point) => point.percentile));
    texts.push(position.band.areaName, position.band.sourceName ?? "", position.band.period ?? "");
  }
  for (const placement of [position.base, position.yearlyTotal]) if (placement) plain.push(placement.percentile);
  for (const source of position.sources) {
    plain.push(...[source.sampleSize, source.employment].filter((n) => n !== null));
    texts.push(source.sourceName, source.publisher, source.period);
  }

  // The plan.
  const ask = plan.base;
  if (ask.kind === "counter") {
    money.push(ask.cents, ask.stepCents, ask.cap?.cents ?? null);
    if (ask.cap) plain.push(ask.cap.percent);
    const anchor = ask.anchor;
    money.push(
      anchor.kind === "percentile" ? anchor.marketCents : anchor.kind === "toward-90th" ? anchor.p90Cents : anchor.competingCents,
    );
  } else if (ask.reason === "too-close") {
    money.push(ask.targetCents, ask.stepCents);
  }
  money.push(plan.yearlyGapCents, plan.firstYearShortfallCents, ...plan.levers.map((lever) => lever.amountCents));
  if (plan.time.kind === "extension") plain.push(plan.time.hours);

  return new Set([
    ...money.filter((cents) => cents !== null).map((cents) => normalise(cents / 100)),
    ...plain.map(normalise),
    ...texts.flatMap(numbersInText).map(normalise),
  ]);
}

/** Capitalised words of the composer's own phrasing that are not everyday words. */
const COMPOSER_WORDS = ["Dear", "Hiring", "Team", "Close", "Mention", "Please"];

/** Names the composer introduces besides the user's words: the sources, publishers and
 *  area of the market data, how each kind of data is introduced, the months of the
 *  dates it writes, and its own fixed wording. */
export function allowedNames(computation: NegotiationComputation): string[] {
  const { offer, position } = computation;
  const band = position.band;
  return [
    ...COMPOSER_WORDS,
    ...(offer.equity?.vesting.name === "amazon-5-15-40-40" ? ["Amazon"] : []),
    ...Object.values(BASIS_WORDING).map((wording) => wording.data),
    ...(band ? [band.areaName, band.sourceName ?? ""] : []),
    ...position.sources.flatMap((source) => [source.sourceName, source.publisher]),
    ...writtenDates(computation).map((date) => formatCalendarDate(date).split(" ")[0]),
  ].filter((name) => name !== "");
}
