// The built-in writer for layoff explanations: deterministic sentences built from the
// user's facts, fitted to the length rules. Its text states only what the user gave
// (their words, their dates, their numbers) plus durations worked out from the dates.
// It never repeats the free-text "what happened" field: that is context for a model, and
// the place people put the blame and detail that the answer should leave out. Pure.
import type { WritingContext } from "~/writer/types";
import { describeMonths, formatMonth, formatShortMonth, monthOf, monthsBetween, parseMonth, type Month } from "./months";
import { findBannedPhrases, GAP_LINE_MIN_MONTHS, LIMITS, mayClaimNotSelected, type PhraseFinding } from "./rules";
import type { LayoffExplanation, LayoffInput, LayoffType, SinceActivity, Tone } from "./schema";
import {
  article,
  clause,
  countWords,
  listPhrase,
  lowerFirst,
  speakingSeconds,
  startsWithPastVerb,
  withoutLeadingI,
} from "./words";

/** What the composer works out from the facts; also shown to the model as computed facts. */
export interface LayoffFacts {
  start: Month;
  end: Month;
  tenureMonths: number;
  /** "3 years and 2 months" */
  tenure: string;
  /** "March 2024" */
  endMonth: string;
  gapMonths: number;
  /** The first month after the last month worked. */
  gapStart: Month;
  /** "1,200", or null when not given. */
  affected: string | null;
}

export function layoffFacts(input: LayoffInput, today: Date): LayoffFacts {
  const start = parseMonth(input.startDate)!;
  const end = parseMonth(input.endDate)!;
  const tenureMonths = Math.max(monthsBetween(start, end), 1);
  return {
    start,
    end,
    tenureMonths,
    tenure: describeMonths(tenureMonths),
    endMonth: formatMonth(end),
    gapMonths: Math.max(monthsBetween(end, monthOf(today)), 0),
    gapStart: end.month === 12 ? { year: end.year + 1, month: 1 } : { year: end.year, month: end.month + 1 },
    affected: input.affectedCount === null ? null : input.affectedCount.toLocaleString("en-US"),
  };
}

// ---------- sentences ----------

const EVENT: Record<LayoffType, (f: LayoffFacts) => string> = {
  company_wide: (f) =>
    f.affected
      ? `In ${f.endMonth}, the company cut ${f.affected} jobs, and mine was one of them.`
      : `In ${f.endMonth}, the company made job cuts, and my role was one of them.`,
  team_closed: (f) => `In ${f.endMonth}, the company closed my team.`,
  restructuring: (f) => `In ${f.endMonth}, the company restructured, and my role was removed.`,
  acquisition: (f) => `After an acquisition, the company cut roles in ${f.endMonth}, and mine was one of them.`,
  funding: (f) => `In ${f.endMonth}, the company ran short of funding and cut jobs, including mine.`,
  performance_adjacent: (f) => `My time there ended in ${f.endMonth}; it was partly about performance and fit, and I learned from it.`,
  contract_end: (f) => `My contract there ended in ${f.endMonth}.`,
};

/** How it ended, as a clause: "until {…} in March 2024". */
const EVENT_CLAUSE: Record<LayoffType, string> = {
  company_wide: "company-wide job cuts",
  team_closed: "my team was closed",
  restructuring: "a restructuring removed my role",
  acquisition: "job cuts after an acquisition",
  funding: "job cuts when funding ran short",
  performance_adjacent: "we parted ways",
  contract_end: "my contract ended",
};

/** A count sentence for the types whose event sentence doesn't already carry it. */
function affectedSentence(input: LayoffInput, f: LayoffFacts): string | null {
  if (!f.affected || input.layoffType === "company_wide" || input.layoffType === "performance_adjacent") return null;
  return `In all, ${f.affected} people were affected.`;
}

const SINCE_PHRASE: Record<SinceActivity, string> = {
  learning: "been learning",
  projects: "built my own projects",
  freelancing: "done freelance work",
  caregiving: "cared for family",
  job_search: "focused on my job search",
};

const SINCE_NOUN: Record<SinceActivity, string> = {
  learning: "professional development",
  projects: "independent projects",
  freelancing: "freelance work",
  caregiving: "family care",
  job_search: "job search",
};

function deliveredSentence(input: LayoffInput, maxWords: number): string {
  const text = clause(withoutLeadingI(input.delivered), maxWords);
  return startsWithPastVerb(text) ? `While there, I ${lowerFirst(text)}.` : `My main work there: ${text}.`;
}

function sinceSentence(input: LayoffInput, detailWords: number, activities = input.since.length): string {
  const named = `Since then, I've ${listPhrase(input.since.slice(0, activities).map((a) => SINCE_PHRASE[a]))}`;
  if (input.sinceDetails === "" || detailWords === 0) return `${named}.`;
  const details = clause(withoutLeadingI(input.sinceDetails), detailWords);
  return startsWithPastVerb(details) ? `${named}, and I ${lowerFirst(details)}.` : `${named}, including ${lowerFirst(details)}.`;
}

const GOAL_PREFIX = /^(?:i(?:'d| would) like to|i want to|i'?m looking for|i am looking for|looking for|seeking|i want)\s+/i;
const BASE_VERBS = new Set(
  ("lead build work join grow help move return go get find bring keep continue focus manage design develop ship " +
    "run teach support make use stay apply start take mentor own create scale improve")
    .split(" "),
);

function targetRolePhrase(targetRole: string): string {
  const role = /\brole$/i.test(targetRole) ? targetRole : `${targetRole} role`;
  return `${article(role)} ${role}`;
}

function nextSentence(input: LayoffInput, maxWords: number): string {
  const goal = lowerFirst(clause(input.nextGoal.replace(GOAL_PREFIX, ""), maxWords));
  const isVerb = BASE_VERBS.has(goal.split(/\s+/)[0].toLowerCase());
  if (input.targetRole === "") return isVerb ? `Next, I want to ${goal}.` : `Next, I'm looking for ${goal}.`;
  const role = targetRolePhrase(input.targetRole);
  return isVerb ? `Next, I'm looking for ${role} where I can ${goal}.` : `Next, I'm looking for ${role}: ${goal}.`;
}

function openingSentence(input: LayoffInput, f: LayoffFacts, short = false): string {
  const role = `${article(input.lastRole)} ${input.lastRole}`;
  switch (short ? "plain" : input.tone) {
    case "plain":
      return `I was ${role} at ${input.company} for ${f.tenure}.`;
    case "warm":
      return `I spent ${f.tenure} as ${role} at ${input.company}, and I'm grateful for that time.`;
    case "confident":
      return `For ${f.tenure}, I was ${role} at ${input.company}.`;
  }
}

const CLOSING: Record<Tone, string> = {
  plain: "That is what I'm focused on now.",
  warm: "I'm looking forward to what comes next.",
  confident: "I'm ready to bring that experience to my next team.",
};

/** Extra sentences, in order, for answers that would otherwise be too short to sound complete. */
const PADDING: Record<Tone, string[]> = {
  plain: [
    "I'm happy to go into more detail on any of that.",
    "I took what I learned there with me.",
    "I'm ready to start as soon as the right role comes along.",
  ],
  warm: [
    "I learned a great deal from the people I worked with.",
    "I'd be glad to talk through any part of it in more detail.",
    "I'm keen to find a team where I can keep growing.",
  ],
  confident: [
    "I know what I bring, and I know the kind of team I want to join.",
    "I'm happy to go deeper on any of that work.",
    "I'm ready to start making an impact again.",
  ],
};

// ---------- the spoken answer, fitted to 25–35 seconds ----------

/** What the spoken answer includes: word caps for the user's clauses, and which of the
 *  optional sentences are kept. */
interface SpokenBudget {
  delivered: number;
  details: number;
  goal: number;
  /** How many of the ticked activities to name. */
  activities: number;
  withAffected: boolean;
  withClosing: boolean;
  /** The plain opening, the shortest, whatever the tone. */
  shortOpening: boolean;
  padding: number;
}

function spokenAnswer(input: LayoffInput, f: LayoffFacts, budget: SpokenBudget): string {
  return [
    openingSentence(input, f, budget.shortOpening),
    deliveredSentence(input, budget.delivered),
    EVENT[input.layoffType](f),
    budget.withAffected ? affectedSentence(input, f) : null,
    sinceSentence(input, budget.details, budget.activities),
    nextSentence(input, budget.goal),
    budget.withClosing ? CLOSING[input.tone] : null,
    ...PADDING[input.tone].slice(0, budget.padding),
  ]
    .filter((s): s is string => s !== null)
    .join(" ");
}

const MIN_CLAUSE_WORDS = 6;
/** 35 seconds at 150 words a minute: the rules allow up to 95 words, but shorter is better. */
const SPOKEN_TARGET_MAX_WORDS = 87;

/** The next shorter budget, least important first: the activity details, then the number
 *  of activities named, then the longer of the two main clauses, then optional sentences.
 *  Null when nothing is left to cut. */
function shorter(b: SpokenBudget): SpokenBudget | null {
  if (b.details > 0) return { ...b, details: b.details > MIN_CLAUSE_WORDS ? b.details - 2 : 0 };
  if (b.activities > 2) return { ...b, activities: 2 };
  if (b.delivered > MIN_CLAUSE_WORDS || b.goal > MIN_CLAUSE_WORDS) {
    return b.delivered >= b.goal ? { ...b, delivered: b.delivered - 2 } : { ...b, goal: b.goal - 2 };
  }
  if (b.withAffected) return { ...b, withAffected: false };
  if (b.withClosing) return { ...b, withClosing: false };
  if (!b.shortOpening) return { ...b, shortOpening: true };
  return null;
}

/** Cuts the answer until it fits the target, then pads one that is too short to sound complete. */
function fittedSpokenAnswer(input: LayoffInput, f: LayoffFacts): string {
  let budget: SpokenBudget | null = {
    delivered: 18,
    details: 12,
    goal: 16,
    activities: input.since.length,
    withAffected: true,
    withClosing: true,
    shortOpening: false,
    padding: 0,
  };
  let text = spokenAnswer(input, f, budget);
  while (countWords(text) > SPOKEN_TARGET_MAX_WORDS && (budget = shorter(budget))) {
    text = spokenAnswer(input, f, budget);
  }
  for (let padding = 1; countWords(text) < LIMITS.spokenAnswerWords.min && padding <= PADDING[input.tone].length; padding++) {
    text = spokenAnswer(input, f, { ...budget!, padding });
  }
  return text;
}

/** The first candidate that fits, or the last (the shortest) when none does. */
function firstFitting(candidates: string[], fits: (text: string) => boolean): string {
  return candidates.find(fits) ?? candidates[candidates.length - 1];
}

// ---------- the other parts ----------

function whyChosenAnswer(input: LayoffInput, f: LayoffFacts): string {
  const work = deliveredSentence(input, 16).replace(/^While there, I /, "I ");
  if (input.layoffType === "performance_adjacent") {
    const answer = (words: number) =>
      `It was partly about performance and fit, and I own that. ${sinceSentence(input, 0, 2)} ${nextSentence(input, words)}`;
    return firstFitting([answer(14), answer(8)], (text) => countWords(text) <= LIMITS.whyChosenWords.max);
  }
  if (input.layoffType === "contract_end") {
    return `My contract ran until ${f.endMonth}. What I can speak to is the work itself. ${work}`;
  }
  if (mayClaimNotSelected(input)) {
    const group = input.layoffType === "team_closed" ? "team" : "group I worked in";
    return `I wasn't selected individually: the whole ${group} was let go. What I can speak to is the work itself. ${work}`;
  }
  return `I wasn't told the criteria, and I'd rather not guess. What I can speak to is the work itself. ${work}`;
}

function coverLetterLines(input: LayoffInput, f: LayoffFacts): string {
  const opening =
    `I was ${article(input.lastRole)} ${input.lastRole} at ${input.company} for ${f.tenure}, ` +
    `until ${EVENT_CLAUSE[input.layoffType]} in ${f.endMonth}.`;
  const target = input.targetRole === "" ? "this role" : `this ${input.targetRole} role`.replace(/ role role$/i, " role");
  const since = (activities: number) => listPhrase(input.since.slice(0, activities).map((a) => SINCE_PHRASE[a]));
  return firstFitting(
    [
      `${opening} Since then, I've ${since(input.since.length)}, and I'm keen to bring that to ${target}.`,
      `${opening} Since then, I've ${since(2)}, and I'm keen to bring that to ${target}.`,
      `${opening} Since then, I've ${since(1)}, and I'm keen to bring that to this role.`,
    ],
    (text) => countWords(text) <= LIMITS.coverLetterWords.max,
  );
}

const POST_OPENING: Record<Tone, string> = {
  plain: "I'm looking for my next role.",
  warm: "A personal update: I'm open to work.",
  confident: "I'm open to work, and ready for what's next.",
};

const POST_ASK: Record<Tone, string> = {
  plain: "If your team is hiring, or you know one that is, I'd welcome a message.",
  warm: "If you know a team that could use this, I'd be grateful for an introduction. Thank you for reading.",
  confident: "If your team needs this, let's talk.",
};

function linkedinPost(input: LayoffInput, f: LayoffFacts): string {
  const post = (delivered: number, details: number, goal: number, activities: number) =>
    [
      POST_OPENING[input.tone],
      [
        `I was ${article(input.lastRole)} ${input.lastRole} at ${input.company} for ${f.tenure}.`,
        EVENT[input.layoffType](f),
        affectedSentence(input, f),
        deliveredSentence(input, delivered),
      ]
        .filter(Boolean)
        .join(" "),
      `${sinceSentence(input, details, activities)} ${nextSentence(input, goal)}`,
      `${POST_ASK[input.tone]} #OpenToWork`,
    ].join("\n\n");
  return firstFitting(
    [post(24, 16, 20, input.since.length), post(14, 8, 12, input.since.length), post(8, 0, 8, 2)],
    (text) => countWords(text) <= LIMITS.linkedinPostWords.max,
  );
}

function linkedinHeadline(input: LayoffInput): string {
  const role = input.targetRole || input.lastRole;
  const full = `${role} | Open to work | ex-${input.company}`;
  return full.length <= LIMITS.linkedinHeadlineChars.max ? full : `${role} | Open to work`;
}

function resumeGapLine(input: LayoffInput, f: LayoffFacts): string | null {
  if (f.gapMonths < GAP_LINE_MIN_MONTHS) return null;
  const what = listPhrase(input.since.map((a) => SINCE_NOUN[a]));
  const details = input.sinceDetails === "" ? "" : `; ${lowerFirst(clause(withoutLeadingI(input.sinceDetails), 10))}`;
  return `Career break, ${formatShortMonth(f.gapStart)} – present (${describeMonths(f.gapMonths)}): ${what}${details}.`;
}

// ---------- things not to say ----------

type Advice = LayoffExplanation["thingsNotToSay"][number];

const BY_TYPE: Record<LayoffType, Advice> = {
  company_wide: {
    phrase: "“It was all politics” or guesses about why the cuts happened",
    why: "You can't know the whole picture, and speculation sounds like a grievance.",
  },
  team_closed: {
    phrase: "Who made the decision to close the team, and how",
    why: "Internal decisions are confidential and don't help your case.",
  },
  restructuring: {
    phrase: "“The new structure made no sense”",
    why: "Criticising the reorganisation reads as blame, even when it's fair.",
  },
  acquisition: {
    phrase: "“The new owners didn't understand the product”",
    why: "Criticising the acquirer reads as blame, and the interviewer may know them.",
  },
  funding: {
    phrase: "Details or guesses about the company's finances or investors",
    why: "It sounds like gossip, and some of it may be confidential.",
  },
  performance_adjacent: {
    phrase: "“It had nothing to do with my performance”",
    why: "You said it was partly about performance; a short, honest answer is stronger than a denial a reference could contradict.",
  },
  contract_end: {
    phrase: "“They just didn't want to keep me”",
    why: "A contract ending is routine; don't frame it as a rejection.",
  },
};

const ADVICE_RULE_WORDS: Record<PhraseFinding["rule"], string> = {
  blame: "blame",
  apology: "an apology",
  oversharing: "oversharing",
  "not-selected-claim": "a claim you weren't selected",
};

function thingsNotToSay(input: LayoffInput, f: LayoffFacts): Advice[] {
  const advice: Advice[] = [
    {
      phrase: "“Unfortunately…” or “I'm sorry, but…”",
      why: "An apology turns a business decision into a confession. State what happened and move on.",
    },
    {
      phrase: `Anything about leaders or managers at ${input.company} being at fault`,
      why: "Blame makes an interviewer wonder what you would say about them.",
    },
    BY_TYPE[input.layoffType],
  ];
  if (!mayClaimNotSelected(input) && input.layoffType !== "performance_adjacent") {
    advice.push({
      phrase: "“My whole team was cut” or “it wasn't about me”",
      why: "You didn't say everyone went. Say what you know: the decision, then your work.",
    });
  }
  if (input.since.includes("caregiving")) {
    advice.push({
      phrase: "Health or family details beyond “caring for family”",
      why: "That is enough; the rest is private.",
    });
  }
  if (f.gapMonths >= 6) {
    advice.push({
      phrase: `An apology for the ${describeMonths(f.gapMonths)} since you left`,
      why: "Lead with what you did in that time instead.",
    });
  }
  if (f.affected) {
    advice.push({
      phrase: "Stories about colleagues who lost their jobs too",
      why: "One number gives context; more sounds like dwelling on it.",
    });
  }
  const ownWords = [input.whatHappened, input.delivered, input.sinceDetails, input.nextGoal].join(" ");
  for (const finding of findBannedPhrases(ownWords, true)) {
    advice.push({
      phrase: `“${finding.phrase}” (from what you wrote)`,
      why: `Said aloud it comes across as ${ADVICE_RULE_WORDS[finding.rule]}; leave it out.`,
    });
  }
  advice.push({
    phrase: "The full backstory of how it happened",
    why: "One sentence is enough; interviewers care more about what you did next.",
  });
  return advice;
}

// ---------- the document ----------

/** The built-in writer's layoff explanation. */
export function composeLayoffExplanation(input: LayoffInput, context: WritingContext): LayoffExplanation {
  const f = layoffFacts(input, context.today);
  const spoken = fittedSpokenAnswer(input, f);
  const words = countWords(spoken);
  return {
    spokenAnswer: { text: spoken, words, seconds: speakingSeconds(words) },
    whyChosenAnswer: whyChosenAnswer(input, f),
    coverLetterLines: coverLetterLines(input, f),
    linkedinPost: linkedinPost(input, f),
    linkedinHeadline: linkedinHeadline(input),
    resumeGapLine: resumeGapLine(input, f),
    gapMonths: f.gapMonths,
    thingsNotToSay: thingsNotToSay(input, f),
  };
}
