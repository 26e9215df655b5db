// The built-in, deterministic writer of the negotiation email, phone script and pushback
// answers. It writes what the plan decided (strategy.ts): the lead argument and its
// citation, the asks in order, the request for time. It adds no reason and no number of
// its own, and nothing the plan left out ever reaches the employer.
import { formatCalendarDate, formatCount, formatMoney } from "~/format";
import { inSentence } from "~/market/format";
import { ROLE_PROFILES, type RoleSlug } from "~/market/roles";
import { bandCitation, type BandCitation, type NegotiationArgument } from "./arguments";
import type { Tone } from "./schema";
import type { Ask, CounterPlan } from "./strategy";
import type { NegotiationComputation, NegotiationDocument, Pushback } from "./types";
import { firstName } from "~/writer/names";
import { roleTitle } from "~/writer/roles";
import { withArticle } from "~/writer/articles";
import { LEVEL_NAMES, LEVEL_WORDS, percentileName, sourceWithPeriod } from "./wording";

interface TonePhrases {
  greeting: (firstName: string) => string;
  /** After the thanks, on the tone's own terms; "" for none. */
  warmth: string;
  /** "I'd like to ask for", "I'm asking for", "I would like to request". */
  askFor: string;
  askWhether: string;
  /** Asking to match a competing package. */
  matchIt: string;
  close: string;
  signOff: string;
}

const TONES: Record<Tone, TonePhrases> = {
  warm: {
    greeting: (name) => (name ? `Hi ${name},` : "Hello,"),
    warmth: "I'm excited about the role.",
    askFor: "I'd like to ask for",
    askWhether: "I'd like to ask whether",
    matchIt: "I'd like to ask whether you can match it",
    close: "I'm looking forward to hearing from you.",
    signOff: "Best,",
  },
  direct: {
    greeting: (name) => (name ? `Hi ${name},` : "Hello,"),
    warmth: "",
    askFor: "I'm asking for",
    askWhether: "Please check whether",
    matchIt: "I'm asking you to match it",
    close: "Happy to talk it through on a call.",
    signOff: "Thanks,",
  },
  formal: {
    greeting: (name) => (name ? `Dear ${name},` : "Dear Hiring Team,"),
    warmth: "I appreciate your time throughout the process.",
    askFor: "I would like to request",
    askWhether: "I would like to ask whether",
    matchIt: "I would like to request that you match it",
    close: "I look forward to your reply.",
    signOff: "Kind regards,",
  },
};

/** "Senior Software Engineer (L5)": the offer's own title when given, else the role, as titles are written. */
function positionTitle({ offer }: NegotiationComputation): string {
  const title = roleTitle(offer.jobTitle || offer.role);
  return offer.companyLevel ? `${title} (${offer.companyLevel})` : title;
}

/** "the US" or a metro's name: where the cited figures are from. */
function areaWords(areaName: string): string {
  return areaName === "United States" ? "the US" : areaName;
}

const rolePlural = (role: string) => `${role.replace(/\s*\/\s*/g, "/")}s`;

/** "mid-level software engineers in the US", or "the broader software engineer role (early-career, the US)". */
function marketScope(citation: BandCitation, role: string): string {
  const { band } = citation;
  const level = band.sourceLevel === "all" ? "all levels" : LEVEL_WORDS[band.level];
  if (citation.standInRole) return `the broader ${citation.standInRole} role (${level}, ${areaWords(band.areaName)})`;
  if (band.sourceLevel === "all") return `${rolePlural(role)} across all levels in ${areaWords(band.areaName)}`;
  return `${level} ${rolePlural(role)} in ${areaWords(band.areaName)}`;
}

function sampleWords(citation: BandCitation): string {
  if (citation.sampleSize !== null) return `n = ${formatCount(citation.sampleSize)}`;
  if (citation.employment !== null) return `${formatCount(citation.employment)} jobs`;
  return "";
}

/** "Market data for … puts the median base at $X and the 75th percentile at $Y (source; n)." */
function marketSentence(citation: BandCitation, role: string, withP75: boolean): string {
  const survey = citation.band.basis === "survey_median";
  const what = survey ? "pay" : "base";
  const p75 =
    withP75 && citation.p75Cents !== null ? ` and the 75th percentile at ${formatMoney(citation.p75Cents)}` : "";
  const source =
    citation.band.sourceName && citation.band.period
      ? sourceWithPeriod(citation.band.sourceName, citation.band.period)
      : "";
  const detail = [source, sampleWords(citation)].filter((part) => part !== "").join("; ");
  return `${survey ? "Survey" : "Market"} data for ${marketScope(citation, role)} puts the median ${what} at ${formatMoney(citation.medianCents)}${p75}${detail ? ` (${detail})` : ""}.`;
}

/** The role in the words market citations use: "software engineer", "back-end engineer". */
function roleForCitation(citation: BandCitation): string {
  const profile = ROLE_PROFILES[citation.band.roleSlug as RoleSlug];
  return citation.standInRole ?? (profile ? inSentence(profile.name) : citation.band.roleSlug.replace(/-/g, " "));
}

/** The sentences that carry an argument, as the email states it. */
function argumentSentences(
  argument: NegotiationArgument,
  computation: NegotiationComputation,
  asLead: boolean,
): string[] {
  const { offer, plan } = computation;
  const base = formatMoney(offer.baseCents);
  switch (argument.kind) {
    case "local_floor": {
      const floor = argument.floor;
      return [
        `The U.S. Department of Labor's prevailing wage for ${floor.occupationName} at ${floor.sourceLevel} in the ${floor.areaName} area is ${formatMoney(floor.cents)} a year (${floor.period}), the minimum an employer must pay a sponsored worker in this job.`,
        `The offered base of ${base} is below it.`,
      ];
    }
    case "competing_offer": {
      const lead = asLead ? "I have another offer" : "I also have an offer";
      const baseWords =
        argument.competingBaseCents === null ? null : `a base salary of ${formatMoney(argument.competingBaseCents)}`;
      const totalWords =
        argument.competingTotalCents === null ? null : `${formatMoney(argument.competingTotalCents)} a year in total`;
      if (baseWords && totalWords) return [`${lead} with ${baseWords} and ${totalWords}.`];
      if (baseWords) return [`${lead} with ${baseWords}.`];
      return [`${lead} worth ${totalWords}.`];
    }
    case "level_mismatch": {
      const offered = `${LEVEL_WORDS[argument.offeredLevel]} role${argument.offeredLevelName ? ` (${argument.offeredLevelName})` : ""}`;
      const sentences = [
        `My experience is at the ${LEVEL_NAMES[argument.yourLevel]} level, and this offer is for ${withArticle(offered)}.`,
      ];
      if (argument.yourLevelMedian) {
        sentences.push(marketSentence(argument.yourLevelMedian, roleForCitation(argument.yourLevelMedian), false));
      }
      return sentences;
    }
    case "below_median": {
      const counter = plan.base.kind === "counter" ? plan.base : null;
      const withP75 = counter?.anchor.kind === "percentile" && counter.anchor.percentile === 75;
      const sentence = marketSentence(argument.market, roleForCitation(argument.market), withP75);
      return asLead ? [sentence, `The offered base of ${base} is below that median.`] : [sentence];
    }
    case "vesting_gap": {
      const [first, second] = argument.shortfalls;
      const vests = second
        ? `${formatMoney(first.vestsCents)} in the first year and ${formatMoney(second.vestsCents)} in the second`
        : `${formatMoney(first.vestsCents)} in the first year`;
      const span =
        argument.shortfalls.length === 1
          ? "in that year"
          : `over the first ${argument.shortfalls.length === 2 ? "two" : `${argument.shortfalls.length}`} years`;
      const sentences = [
        `With the ${argument.yearlyPercents.join("/")} vesting schedule, the grant vests ${vests}, against ${formatMoney(argument.averageCents)} a year on average: ${formatMoney(argument.totalShortCents)} less ${span}.`,
      ];
      if (argument.offeredSignOnCents > 0)
        sentences.push(`The sign-on bonus of ${formatMoney(argument.offeredSignOnCents)} covers part of that.`);
      return sentences;
    }
  }
}

function levelAskWords(ask: Extract<Ask, { kind: "level" }>): string {
  return ask.levelName ?? `the ${LEVEL_NAMES[ask.yourLevel]} level`;
}

/** The main asks, in the plan's order: the level, a total or a base, a sign-on for the vesting. */
function askSentences(plan: CounterPlan, tone: TonePhrases): string[] {
  const sentences: string[] = [];
  const asks = plan.asks;
  const total = asks.find((ask) => ask.kind === "total");
  const base = asks.find((ask) => ask.kind === "base");
  const level = asks.find((ask) => ask.kind === "level");
  const competingTotal = plan.lead?.kind === "competing_offer" && plan.lead.competingTotalCents !== null;
  if (level) sentences.push(`${tone.askWhether} the offer can be made at ${levelAskWords(level)}.`);
  if (total) {
    const package_ = `a package worth ${formatMoney(total.cents)} a year in total`;
    if (competingTotal) sentences.push(`${tone.matchIt}: ${package_}, through base, equity or a sign-on bonus.`);
    else
      sentences.push(
        `${tone.askFor} ${package_}${base ? `, for example with a base salary of ${formatMoney(base.ask.cents)}` : ""}.`,
      );
  } else if (base) {
    sentences.push(`${tone.askFor} a base salary of ${formatMoney(base.ask.cents)}.`);
  }
  const vestingSignOn = asks.find((ask) => ask.kind === "sign_on" && ask.reason === "vesting");
  if (vestingSignOn?.kind === "sign_on" && vestingSignOn.totalCents !== null) {
    const paid = vestingSignOn.years === 2 ? ", paid across the first two years" : "";
    const target = formatMoney(vestingSignOn.totalCents);
    sentences.push(
      vestingSignOn.offeredCents > 0
        ? `${tone.askFor} a sign-on bonus of ${target} in total, up from ${formatMoney(vestingSignOn.offeredCents)}${paid}, so the early years match the rest of the package.`
        : `${tone.askFor} a sign-on bonus of ${target}${paid}, so the early years match the rest of the package.`,
    );
  }
  return sentences;
}

/** What stands in if the main ask can't move. */
function fallbackSentences(plan: CounterPlan): string[] {
  const sentences: string[] = [];
  const levelQuestion = plan.asks.some((ask) => ask.kind === "level_question");
  for (const ask of plan.asks) {
    if (ask.kind === "sign_on" && ask.reason === "base_gap" && ask.totalCents !== null) {
      sentences.push(
        ask.offeredCents > 0
          ? `If the base is hard to move, raising the sign-on bonus from ${formatMoney(ask.offeredCents)} to ${formatMoney(ask.totalCents)} in total would close the first year's gap.`
          : `If the base is hard to move, a sign-on bonus of ${formatMoney(ask.totalCents)} would close the first year's gap.`,
      );
    }
  }
  if (levelQuestion)
    sentences.push("Given the size of the gap to the market, I'd also like to understand how the role was levelled.");
  if (plan.lead?.kind === "level_mismatch")
    sentences.push("If the level can't change, I'd like to talk about the base salary and a sign-on bonus instead.");
  return sentences;
}

/** The other asks: questions joined into one sentence, then the rest, each said once. */
function otherAskSentences(plan: CounterPlan, tone: TonePhrases, earlierAsks: boolean): string[] {
  const whether: string[] = [];
  const sentences: string[] = [];
  for (const ask of plan.asks) {
    switch (ask.kind) {
      case "base_question":
        whether.push("there is any room on the base salary");
        break;
      case "sign_on":
        if (ask.reason === "package")
          whether.push(
            ask.offeredCents > 0
              ? `the sign-on bonus can go above ${formatMoney(ask.offeredCents)}`
              : "a sign-on bonus is possible",
          );
        break;
      case "equity":
        if (ask.hasGrant) sentences.push("A larger equity grant would also make a real difference to me.");
        else whether.push("an equity grant is available at this level");
        break;
      default:
        break;
    }
  }
  const also = earlierAsks || whether.length > 0 ? " also" : "";
  for (const ask of plan.asks) {
    if (ask.kind === "refresh") sentences.push(`Could you${also} tell me how refresh grants work at this level?`);
    if (ask.kind === "start_date") {
      sentences.push(
        ask.offered
          ? `I'd${also} like to talk about the start date; the offer has ${formatCalendarDate(ask.offered)}.`
          : `I'd${also} like to agree on the start date.`,
      );
    }
    if (ask.kind === "remote") {
      sentences.push(
        "Working remotely matters a lot to me: could you tell me whether this role can be done remotely, and confirm it in writing?",
      );
    }
  }
  const first =
    whether.length > 0
      ? [`${tone.askWhether} ${whether.map((clause, i) => (i === 0 ? clause : `whether ${clause}`)).join(", and ")}.`]
      : [];
  return [...first, ...sentences];
}

/** The market figure the counter is anchored on, when no argument has cited it yet. */
function anchorSentence(computation: NegotiationComputation): string | null {
  const { plan, position, standInRole } = computation;
  if (plan.base.kind !== "counter") return null;
  const anchor = plan.base.anchor;
  if (anchor.kind !== "percentile" && anchor.kind !== "toward_90th") return null;
  if ([plan.lead, plan.supporting].some((argument) => argument?.kind === "below_median")) return null;
  const citation = bandCitation(position, standInRole);
  if (!citation) return null;
  const [name, cents] =
    anchor.kind === "percentile"
      ? [percentileName(anchor.percentile), anchor.marketCents]
      : ["90th percentile", anchor.p90Cents];
  const source =
    citation.band.sourceName && citation.band.period
      ? sourceWithPeriod(citation.band.sourceName, citation.band.period)
      : "";
  const detail = [source, sampleWords(citation)].filter((part) => part !== "").join("; ");
  return `Market data for ${marketScope(citation, roleForCitation(citation))} puts the ${name} base at ${formatMoney(cents)}${detail ? ` (${detail})` : ""}.`;
}

function timeSentence(plan: CounterPlan): string {
  const time = plan.time;
  switch (time.kind) {
    case "none":
    case "deadline_passed":
      return "";
    case "extension":
      return `Since I'm raising these points, could we move the deadline by ${time.hours} hours, to ${formatCalendarDate(time.askUntil)}?`;
    case "review":
      return plan.mode === "accept"
        ? `I'd like to take ${time.hours} hours to review the written offer.`
        : `Once we've settled these points, I'd like ${time.hours} hours to review the final offer before I sign.`;
  }
}

function composeBody(computation: NegotiationComputation, tone: TonePhrases): string {
  const { offer, plan } = computation;
  const thanks = `Thank you for the offer for the ${positionTitle(computation)} role at ${offer.company}.`;
  const opening = [thanks, tone.warmth].filter((part) => part !== "").join(" ");
  const passed =
    plan.time.kind === "deadline_passed"
      ? `I know the date you gave me, ${formatCalendarDate(plan.time.deadline)}, has passed: is the offer still open? If it is, I'd like to discuss a few points.`
      : "";
  const evidence = [
    ...(plan.lead ? argumentSentences(plan.lead, computation, true) : []),
    ...(plan.supporting ? argumentSentences(plan.supporting, computation, false) : []),
    anchorSentence(computation),
  ].filter((sentence): sentence is string => sentence !== null);
  const vesting =
    plan.lead?.kind !== "vesting_gap" ? plan.ranked.find((argument) => argument.kind === "vesting_gap") : undefined;
  const vestingEvidence =
    vesting && plan.asks.some((ask) => ask.kind === "sign_on" && ask.reason === "vesting")
      ? argumentSentences(vesting, computation, false)
      : [];
  const asks = askSentences(plan, tone);
  const paragraphs = [
    tone.greeting(offer.recruiterName ? firstName(offer.recruiterName) : ""),
    opening,
    passed,
    evidence.join(" "),
    [...vestingEvidence, ...asks].join(" "),
    fallbackSentences(plan).join(" "),
    otherAskSentences(plan, tone, asks.length > 0).join(" "),
    timeSentence(plan),
    tone.close,
    `${tone.signOff}\n${offer.yourName}`,
  ];
  return paragraphs.filter((paragraph) => paragraph !== "").join("\n\n");
}

function subject(computation: NegotiationComputation): string {
  const { plan, offer } = computation;
  const title = `${positionTitle(computation)} offer at ${offer.company}`;
  const topic =
    plan.mode === "accept"
      ? "next steps"
      : plan.asks.some((ask) => ask.kind === "level")
        ? "level and compensation"
        : plan.asks.some((ask) => ask.kind === "base" || ask.kind === "total")
          ? "compensation"
          : "a few questions";
  return `${title}: ${topic}`;
}

function composePhoneScript(computation: NegotiationComputation): string[] {
  const { offer, plan } = computation;
  const evidence = [
    ...(plan.lead ? argumentSentences(plan.lead, computation, true) : []),
    ...(plan.supporting ? argumentSentences(plan.supporting, computation, false) : []),
  ].join(" ");
  const asks = [...askSentences(plan, TONES.warm), ...otherAskSentences(plan, TONES.warm, true)].join(" ");
  const fallback = fallbackSentences(plan).join(" ");
  const time = timeSentence(plan);
  return [
    `Open: thank ${offer.recruiterName ? firstName(offer.recruiterName) : "them"} for the offer; say you're glad to be talking about ${offer.company}.`,
    plan.time.kind === "deadline_passed" ? "Ask whether the offer is still open before anything else." : null,
    evidence ? `Give the reason: "${evidence}"` : null,
    asks ? `Ask: "${asks}" Then stop talking and let them answer.` : null,
    fallback ? `If that's a no: "${fallback}"` : null,
    time ? `Time: "${time}"` : null,
    "Close: agree the next step, and ask for any change in writing. Don't accept on the call.",
  ].filter((line): line is string => line !== null);
}

function composePushback(computation: NegotiationComputation): Pushback[] {
  const { offer, plan } = computation;
  const pushback: Pushback[] = [];
  const signOn = plan.asks.find((ask) => ask.kind === "sign_on");
  pushback.push({
    objection: "That's the top of the band for this level.",
    answer: plan.asks.some((ask) => ask.kind === "level")
      ? "That's why I'm asking about the level: the band at the level my experience matches is the one I'd like to be in."
      : signOn?.kind === "sign_on" && signOn.totalCents !== null
        ? `I understand bands are fixed. A sign-on bonus of ${formatMoney(signOn.totalCents)} in total is one-time and sits outside the band: could we look at that?`
        : "I understand bands are fixed. Could we agree in writing to review base at my first performance review?",
  });
  const lead = plan.lead;
  if (lead?.kind === "local_floor") {
    pushback.push({
      objection: "Prevailing wages are for visa filings, not what we pay.",
      answer: `They're the Department of Labor's minimum for this job and area, so an offer under ${formatMoney(lead.floor.cents)} is below what the government treats as the floor here.`,
    });
  }
  if (lead?.kind === "below_median") {
    const source = sourceWithPeriod(lead.market.band.sourceName ?? "", lead.market.band.period ?? "");
    pushback.push({
      objection: "Where does your number come from?",
      answer: `From ${source}${sampleWords(lead.market) ? ` (${sampleWords(lead.market)})` : ""}: the median base there is ${formatMoney(lead.market.medianCents)}.`,
    });
  }
  if (lead?.kind === "competing_offer") {
    pushback.push({
      objection: "Can you tell us more about the other offer?",
      answer: `I've shared the numbers that matter. I'd rather join ${offer.company}, which is why I'm asking you first.`,
    });
  }
  if (plan.time.kind === "extension") {
    pushback.push({
      objection: `We need an answer by ${formatCalendarDate(plan.time.deadline)}.`,
      answer: `I want to give you a considered answer; ${plan.time.hours} more hours, until ${formatCalendarDate(plan.time.askUntil)}, is all I'm asking.`,
    });
  }
  pushback.push({
    objection: "This is our best and final offer.",
    answer: "Thank you for checking. Could you send it in writing? I'll review it and come back to you.",
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
    subject: subject(computation),
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
    ["Likely pushback", ...document.pushback.map(({ objection, answer }) => `Q: ${objection}\nA: ${answer}`)].join(
      "\n\n",
    ),
  ].join("\n\n");
}
