// Deterministic feedback on one answer. Pure: the same question and answer always
// give the same feedback, and the answer is only ever read as plain text.
import {
  compileKeyword,
  containsKeyword,
  countPhrase,
  countWords,
  hasNumber,
  splitSentences,
  toMatchable,
  tokenize,
  type CompiledKeyword,
  type MatchableText,
} from "./text.ts";
import { RATINGS, type QuestionKind, type Rating, type RubricPoint } from "./types.ts";

/** Bump when the rules change, so stored feedback can be told apart. */
export const RUBRIC_VERSION = "interview-rubric/1";

/** A relaxed speaking pace in an interview. */
export const WORDS_PER_MINUTE = 130;

export const TARGET_WORDS: Record<QuestionKind, { min: number; max: number }> = {
  behavioral: { min: 150, max: 300 },
  screen: { min: 60, max: 200 },
  role: { min: 80, max: 350 },
  coding: { min: 60, max: 300 },
  "system-design": { min: 200, max: 700 },
};

/** Below this there is too little to judge, whatever the content. */
export const MIN_ASSESSABLE_WORDS: Record<QuestionKind, number> = {
  behavioral: 40,
  screen: 15,
  role: 15,
  coding: 15,
  "system-design": 30,
};

/** Strong stories spend about half their words on actions; below this they read as context. */
export const MIN_ACTION_SHARE = 0.35;

/** Filler and hedging count against delivery from this density (per 100 words) and count. */
export const FILLER_LIMIT = { per100Words: 2, count: 3 };

/** Share of rubric points an answer needs to cover to count as good. */
export const GOOD_COVERAGE = 0.6;

/** Share of rubric points covered for each rating, best first. */
export const COVERAGE_FOR_RATING: ReadonlyArray<[Rating, number]> = [
  ["excellent", 0.8],
  ["good", GOOD_COVERAGE],
  ["mixed", 0.3],
];

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export const CHECK_IDS = [
  "assessable",
  "star-situation",
  "star-task",
  "star-action",
  "star-result",
  "result-number",
  "action-share",
  "ownership",
  "length",
  "delivery",
  "rubric-coverage",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface FeedbackCheck {
  id: CheckId;
  passed: boolean;
  message: string;
}

export interface WordCount {
  word: string;
  count: number;
}

export const LENGTH_VERDICTS = ["too-short", "within-target", "too-long"] as const;

export interface DeliveryMetrics {
  words: number;
  sentences: number;
  speakingSeconds: number;
  targetWords: { min: number; max: number };
  length: (typeof LENGTH_VERDICTS)[number];
  fillers: WordCount[];
  hedges: WordCount[];
  /** Filler plus hedging words per 100 words, one decimal. */
  fillerPer100Words: number;
}

export interface StarAnalysis {
  parts: Record<StarPart, { found: boolean; sentences: string[] }>;
  /** Share of the answer's words in action sentences, 0–1 with two decimals. */
  actionShare: number;
  iCount: number;
  weCount: number;
  weHeavy: boolean;
  resultHasNumber: boolean;
}

export interface RubricCoverage {
  covered: Array<{ point: string; matched: string }>;
  missed: string[];
}

export const OUTLINE_PARTS = [...STAR_PARTS, "answer", "missing"] as const;

export interface OutlineLine {
  /** "situation" … "result" for stories; "answer" or "missing" for other questions. */
  part: (typeof OUTLINE_PARTS)[number];
  text: string;
  placeholder: boolean;
}

export const FEEDBACK_STYLES = ["star", "rubric"] as const;

export interface AnswerFeedback {
  rubricVersion: string;
  style: (typeof FEEDBACK_STYLES)[number];
  rating: Rating;
  /** One sentence on how the rating was reached. */
  ratingSummary: string;
  /** Every rule applied, failed ones first: the reasons behind the rating. */
  checks: FeedbackCheck[];
  delivery: DeliveryMetrics;
  star: StarAnalysis | null;
  rubric: RubricCoverage;
  followUp: string;
  improvedOutline: OutlineLine[];
}

/** What the rubric needs to know about a question. */
export interface AssessableQuestion {
  kind: QuestionKind;
  rubric: RubricPoint[];
}

const FILLERS = ["um", "uh", "uhm", "erm", "basically", "literally", "actually", "honestly", "you know", "i mean", "so yeah"];
const HEDGES = ["i think", "i guess", "i believe", "i feel like", "maybe", "perhaps", "probably", "possibly", "hopefully", "somewhat", "kind of", "sort of", "not sure", "might"];

const FIRST_PERSON_SINGULAR = new Set(["i", "me", "my", "mine", "myself"]);
const FIRST_PERSON_PLURAL = new Set(["we", "us", "our", "ours", "ourselves"]);

// Sentence cues for each STAR part, as keywords (stemmed, "*" for prefixes).
// Weight 2 marks phrases that almost always signal the part.
type Cue = [keyword: string, weight: number];
const cues = (weight: number, keywords: string): Cue[] => keywords.split("|").map((keyword) => [keyword, weight]);

const STAR_CUES: Record<StarPart, CompiledCue[]> = compileCues({
  situation: [
    ...cues(2, "the situation|the context|the background|at the time"),
    ...cues(1, "when i was|at my last|at my previous|at my current|in my last|in my previous|previous job|previous role|last year|years ago|months ago|back in|our team|my team|the team|we were|i was working|was working on|i joined|the company|the project|there was|there were|we had|startup|during|i worked at|i was a|i was an|i was on|customers were|users were"),
  ],
  task: [
    ...cues(2, "my goal|the goal|our goal|my task|the task|my job was|my role was|i was responsible|i was asked|i was tasked|tasked with|my responsibility|the challenge was|the problem was"),
    ...cues(1, "i needed to|i had to|needed to|had to|responsible for|was asked to|asked me to|objective|challenge|deadline|i owned|in charge of|expected to|make sure|we needed|i wanted to|goal"),
  ],
  action: [
    ...cues(1, "first i|then i|next i|so i|after that|i also|i started by|i worked with|i reached out|i set up|i sat down|step by step|i made sure"),
  ],
  result: [
    ...cues(2, "as a result|in the end|which meant|this meant|that meant|led to|resulted in|since then"),
    ...cues(1, "result|outcome|the outcome|eventually|ended up|finally|reduced|increased|improved|decreased|saved|grew|doubled|halved|launched|on time|went from|dropped|rose|percent|learned|learnt|lesson|afterwards|promoted|adopted|impact|success|successful*|today|still use*|fewer|faster|cut"),
  ],
});

interface CompiledCue {
  keyword: CompiledKeyword;
  weight: number;
}

function compileCues(table: Record<StarPart, Cue[]>): Record<StarPart, CompiledCue[]> {
  const compiled = {} as Record<StarPart, CompiledCue[]>;
  for (const part of STAR_PARTS) compiled[part] = table[part].map(([keyword, weight]) => ({ keyword: compileKeyword(keyword), weight }));
  return compiled;
}

// "I built", "we quickly rolled": a pronoun, at most one adverb, then a past-tense action.
const IRREGULAR_ACTIONS = new Set([
  "built", "wrote", "rewrote", "ran", "met", "spoke", "led", "made", "took", "set", "sent", "put", "chose", "drove",
  "began", "brought", "got", "gave", "found", "told", "went", "sat", "taught", "caught", "kept", "paid", "split",
  "broke", "dug", "cut", "shut", "won", "fought", "sought", "undertook", "drew", "held", "showed",
]);
const NOT_ACTIONS = new Set([
  "needed", "wanted", "used", "liked", "loved", "hated", "believed", "assumed", "seemed", "learned", "realised",
  "realized", "noticed", "joined", "worked", "expected", "tasked", "owned", "tried", "hoped", "agreed", "succeeded",
  "reduced", "increased", "improved", "decreased", "saved", "doubled", "halved", "ended", "disagreed", "struggled",
  "failed", "missed", "forgot", "wondered",
]);
const ADVERBS = new Set(["also", "then", "first", "quickly", "immediately", "personally", "eventually", "finally", "next"]);

function isActionVerb(word: string | undefined): boolean {
  if (!word) return false;
  if (IRREGULAR_ACTIONS.has(word)) return true;
  return word.length > 4 && word.endsWith("ed") && !NOT_ACTIONS.has(word);
}

function countActionClauses(tokens: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] !== "i" && tokens[i] !== "we") continue;
    const next = tokens[i + 1];
    const verb = next && (ADVERBS.has(next) || next.endsWith("ly")) ? tokens[i + 2] : next;
    if (isActionVerb(verb)) count++;
  }
  return count;
}

const LABEL = /^\s*(situation|context|task|goal|actions?|results?|outcome)\s*[:\-–—]/i;
const LABEL_PART: Record<string, StarPart> = {
  situation: "situation", context: "situation", task: "task", goal: "task", action: "action", actions: "action",
  result: "result", results: "result", outcome: "result",
};

function expectedPart(position: number): StarPart {
  if (position < 0.25) return "situation";
  if (position < 0.4) return "task";
  if (position < 0.8) return "action";
  return "result";
}

/** The STAR part a sentence carries, or null when it has no cue at all. */
function classifySentence(sentence: string, index: number, total: number): StarPart | null {
  const label = LABEL.exec(sentence);
  if (label) return LABEL_PART[label[1]!.toLowerCase()]!;

  const text = toMatchable(sentence);
  // Most cues cannot match; checking their first word first keeps long answers fast.
  const stems = new Set(text.stems);
  const scores: Record<StarPart, number> = { situation: 0, task: 0, action: 0, result: 0 };
  for (const part of STAR_PARTS) {
    for (const cue of STAR_CUES[part]) {
      const first = cue.keyword.stems[0];
      if (first !== undefined && !stems.has(first)) continue;
      if (containsKeyword(text, cue.keyword)) scores[part] += cue.weight;
    }
  }
  // "I built …" is the clearest action signal there is, so each clause counts more than a cue word.
  scores.action += Math.min(3, 1.5 * countActionClauses(text.tokens));
  const position = (index + 0.5) / total;
  if (/\b(19|20)\d{2}\b/.test(sentence)) scores.situation += 1;
  if (position >= 0.5 && hasNumber(sentence)) scores.result += 1;

  const expected = expectedPart(position);
  if (scores[expected] > 0) scores[expected] += 0.5;
  const best = Math.max(...STAR_PARTS.map((part) => scores[part]));
  if (best === 0) return null;
  // Ties go to the part closest to where this sentence sits in the answer.
  const distance = (part: StarPart) => Math.abs(STAR_PARTS.indexOf(part) - STAR_PARTS.indexOf(expected));
  return STAR_PARTS.filter((part) => scores[part] === best).sort((a, b) => distance(a) - distance(b))[0]!;
}

function countTerms(tokens: readonly string[], terms: readonly string[]): WordCount[] {
  return terms
    .map((word) => ({ word, count: countPhrase(tokens, word.split(" ")) }))
    .filter((entry) => entry.count > 0);
}

const sum = (counts: readonly WordCount[]) => counts.reduce((total, entry) => total + entry.count, 0);

/** "45 s", "2 min", "1 min 32 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function measureDelivery(answer: string, sentences: readonly string[], tokens: readonly string[], kind: QuestionKind): DeliveryMetrics {
  const words = countWords(answer);
  const targetWords = TARGET_WORDS[kind];
  const fillers = countTerms(tokens, FILLERS);
  const hedges = countTerms(tokens, HEDGES);
  return {
    words,
    sentences: sentences.length,
    speakingSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
    targetWords,
    length: words < targetWords.min ? "too-short" : words > targetWords.max ? "too-long" : "within-target",
    fillers,
    hedges,
    fillerPer100Words: words === 0 ? 0 : Math.round(((sum(fillers) + sum(hedges)) / words) * 1000) / 10,
  };
}

function analyseStar(sentences: readonly string[], tokens: readonly string[]): StarAnalysis {
  const parts: StarAnalysis["parts"] = {
    situation: { found: false, sentences: [] },
    task: { found: false, sentences: [] },
    action: { found: false, sentences: [] },
    result: { found: false, sentences: [] },
  };
  let actionWords = 0;
  let totalWords = 0;
  sentences.forEach((sentence, index) => {
    const words = countWords(sentence);
    totalWords += words;
    const part = classifySentence(sentence, index, sentences.length);
    if (!part) return;
    parts[part].found = true;
    parts[part].sentences.push(sentence);
    if (part === "action") actionWords += words;
  });
  const iCount = tokens.filter((token) => FIRST_PERSON_SINGULAR.has(token)).length;
  const weCount = tokens.filter((token) => FIRST_PERSON_PLURAL.has(token)).length;
  return {
    parts,
    actionShare: totalWords === 0 ? 0 : Math.round((actionWords / totalWords) * 100) / 100,
    iCount,
    weCount,
    weHeavy: weCount > iCount && weCount >= 3,
    resultHasNumber: parts.result.sentences.some(hasNumber),
  };
}

function matchRubric(text: MatchableText, rubric: readonly RubricPoint[]): RubricCoverage {
  const coverage: RubricCoverage = { covered: [], missed: [] };
  for (const point of rubric) {
    const matched = point.keywords.find((keyword) => containsKeyword(text, compileKeyword(keyword)));
    if (matched === undefined) coverage.missed.push(point.point);
    else coverage.covered.push({ point: point.point, matched: matched.replace(/\*$/, "") });
  }
  return coverage;
}

function lengthCheck(delivery: DeliveryMetrics): FeedbackCheck {
  const { words, targetWords, speakingSeconds } = delivery;
  const spoken = `about ${formatDuration(speakingSeconds)} spoken`;
  const target = `${targetWords.min}–${targetWords.max} words`;
  if (delivery.length === "too-short") {
    return { id: "length", passed: false, message: `${words} words (${spoken}) is short; aim for ${target}.` };
  }
  if (delivery.length === "too-long") {
    return { id: "length", passed: false, message: `${words} words (${spoken}) is long; aim for ${target} and cut background first.` };
  }
  return { id: "length", passed: true, message: `${words} words (${spoken}), within the ${target} target.` };
}

function deliveryCheck(delivery: DeliveryMetrics, countHedges: boolean): FeedbackCheck {
  const counted = countHedges ? [...delivery.fillers, ...delivery.hedges] : delivery.fillers;
  const total = sum(counted);
  const per100 = delivery.words === 0 ? 0 : (total / delivery.words) * 100;
  if (total >= FILLER_LIMIT.count && per100 > FILLER_LIMIT.per100Words) {
    const list = counted.map((entry) => `“${entry.word}” ×${entry.count}`).join(", ");
    return { id: "delivery", passed: false, message: `${total} filler or hedging words (${list}); cut them to sound surer.` };
  }
  return { id: "delivery", passed: true, message: "Few filler or hedging words." };
}

function coverageText(coverage: RubricCoverage): string {
  return `${coverage.covered.length} of ${coverage.covered.length + coverage.missed.length}`;
}

function starChecks(star: StarAnalysis, coverage: RubricCoverage): FeedbackCheck[] {
  const { parts } = star;
  const checks: FeedbackCheck[] = [
    parts.situation.found
      ? { id: "star-situation", passed: true, message: "Situation: the answer sets the scene." }
      : { id: "star-situation", passed: false, message: "No situation: open with where you were and what was at stake." },
    parts.task.found
      ? { id: "star-task", passed: true, message: "Task: the answer says what you had to achieve." }
      : { id: "star-task", passed: false, message: "No task: say what you personally were responsible for." },
    parts.action.found
      ? { id: "star-action", passed: true, message: "Actions: the answer describes what was done." }
      : { id: "star-action", passed: false, message: "No actions found: say what you did, step by step, starting with “I”." },
    parts.result.found
      ? { id: "star-result", passed: true, message: "Result: the answer says how it ended." }
      : { id: "star-result", passed: false, message: "No result: say how it ended and what changed because of you." },
  ];
  if (parts.result.found) {
    checks.push(
      star.resultHasNumber
        ? { id: "result-number", passed: true, message: "The result has a number." }
        : { id: "result-number", passed: false, message: "The result has no number: say how much changed (time, %, users, money)." },
    );
  }
  if (parts.action.found) {
    const percent = Math.round(star.actionShare * 100);
    checks.push(
      star.actionShare >= MIN_ACTION_SHARE
        ? { id: "action-share", passed: true, message: `${percent}% of the answer describes actions.` }
        : { id: "action-share", passed: false, message: `Only ${percent}% of the answer describes actions; aim for about half.` },
    );
  }
  checks.push(
    star.weHeavy
      ? { id: "ownership", passed: false, message: `“We” (${star.weCount}) outnumbers “I” (${star.iCount}): say what you did yourself.` }
      : { id: "ownership", passed: true, message: `“I” ${star.iCount}, “we” ${star.weCount}: your own role is clear.` },
  );
  checks.push(
    coverage.covered.length > 0
      ? { id: "rubric-coverage", passed: true, message: `Touches ${coverageText(coverage)} things this question looks for.` }
      : { id: "rubric-coverage", passed: false, message: "The story does not touch what this question is about; check you answered the question asked." },
  );
  return checks;
}

function coverageRatio(coverage: RubricCoverage): number {
  const total = coverage.covered.length + coverage.missed.length;
  return total === 0 ? 0 : coverage.covered.length / total;
}

function ratingFromCoverage(ratio: number): Rating {
  return COVERAGE_FOR_RATING.find(([, minimum]) => ratio >= minimum)?.[0] ?? "poor";
}

function lowerRating(rating: Rating, steps = 1): Rating {
  return RATINGS[Math.max(0, RATINGS.indexOf(rating) - steps)]!;
}

function cappedAt(rating: Rating, cap: Rating): Rating {
  return RATINGS.indexOf(rating) > RATINGS.indexOf(cap) ? cap : rating;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function rateStar(star: StarAnalysis, checks: readonly FeedbackCheck[], assessable: boolean): { rating: Rating; summary: string } {
  if (!assessable) return { rating: "poor", summary: "Poor: too short to assess as a story." };
  const partsFound = STAR_PARTS.filter((part) => star.parts[part].found).length;
  if (partsFound <= 1) return { rating: "poor", summary: "Poor: the answer is not yet a story; it needs a situation, actions and a result." };
  const issues = checks.filter((check) => !check.passed).length;
  const byIssues: Rating = issues === 0 ? "excellent" : issues === 1 ? "good" : issues <= 3 ? "mixed" : "poor";
  if (!star.parts.action.found || !star.parts.result.found) {
    const rating = cappedAt(byIssues, "mixed");
    const missing = !star.parts.action.found ? "actions" : "a result";
    return { rating, summary: `${capitalise(rating)}: without ${missing} a story can be rated mixed at best.` };
  }
  if (issues === 0) return { rating: byIssues, summary: "Excellent: a complete story with your own actions and a measurable result." };
  return { rating: byIssues, summary: `${capitalise(byIssues)}: ${plural(issues, "thing")} to improve.` };
}

function rateCoverage(coverage: RubricCoverage, checks: readonly FeedbackCheck[], assessable: boolean): { rating: Rating; summary: string } {
  if (!assessable) return { rating: "poor", summary: "Poor: too short to assess." };
  const base = ratingFromCoverage(coverageRatio(coverage));
  const deliveryIssues = checks.filter((check) => (check.id === "length" || check.id === "delivery") && !check.passed).length;
  const rating = deliveryIssues > 0 ? lowerRating(base) : base;
  const covered = `covers ${coverageText(coverage)} points a strong answer includes`;
  const lowered = deliveryIssues > 0 ? `, lowered one step for ${deliveryIssues === 1 ? "length or delivery" : "length and delivery"}` : "";
  return { rating, summary: `${capitalise(rating)}: ${covered}${lowered}.` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DEFAULT_FOLLOW_UPS: Record<QuestionKind, string> = {
  behavioral: "If you faced the same situation again, what would you do differently?",
  screen: "What would make this role a clear yes for you?",
  role: "How would you know in production that this works, and what would you monitor?",
  coding: "How would you test this, and which input would break a naive version?",
  "system-design": "Which component fails first at ten times the traffic, and what would you change?",
};

const STAR_FOLLOW_UPS: Record<StarPart, string> = {
  action: "What did you personally do, step by step?",
  result: "How did it end, and what changed because of what you did?",
  situation: "Can you set the scene: where were you, and what was at stake?",
  task: "What exactly were you responsible for?",
};

/** The built-in follow-up: a missing story part first, then the first missed rubric point. */
function followUpQuestion(kind: QuestionKind, star: StarAnalysis | null, coverage: RubricCoverage): string {
  if (star) {
    const missing = (["action", "result", "situation", "task"] as const).find((part) => !star.parts[part].found);
    if (missing) return STAR_FOLLOW_UPS[missing];
    if (!star.resultHasNumber) return "Can you put a number on the result: how much did it change, and over what time?";
    if (star.weHeavy) return "Which parts of this did you do yourself, and which did the team do?";
  }
  const firstMissed = coverage.missed[0];
  return firstMissed ? `Can you walk me through ${firstMissed}?` : DEFAULT_FOLLOW_UPS[kind];
}

const STAR_PLACEHOLDERS: Record<StarPart, string> = {
  situation: "[situation: where and when, and what was at stake]",
  task: "[task: what you personally had to achieve]",
  action: "[actions: what you did, step by step, with “I”]",
  result: "[result with a number]",
};

/** The user's own sentences in STAR order, with placeholders where a part or a
 *  number is missing. Sentences without a cue stay with the part before them. */
function starOutline(sentences: readonly string[], star: StarAnalysis): OutlineLine[] {
  const grouped: Record<StarPart, string[]> = { situation: [], task: [], action: [], result: [] };
  let current: StarPart = "situation";
  for (const sentence of sentences) {
    const part = STAR_PARTS.find((candidate) => star.parts[candidate].sentences.includes(sentence));
    if (part) current = part;
    grouped[current].push(sentence);
  }
  return STAR_PARTS.flatMap((part): OutlineLine[] => {
    const lines: OutlineLine[] = star.parts[part].found
      ? grouped[part].map((text) => ({ part, text, placeholder: false }))
      : [{ part, text: STAR_PLACEHOLDERS[part], placeholder: true }];
    if (part === "action" && star.parts.action.found && star.weHeavy) {
      lines.push({ part, text: "[which of these steps you did yourself: “I …”]", placeholder: true });
    }
    if (part === "result" && star.parts.result.found && !star.resultHasNumber) {
      lines.push({ part, text: STAR_PLACEHOLDERS.result, placeholder: true });
    }
    return lines;
  });
}

function rubricOutline(sentences: readonly string[], coverage: RubricCoverage): OutlineLine[] {
  return [
    ...sentences.map((text): OutlineLine => ({ part: "answer", text, placeholder: false })),
    ...coverage.missed.map((point): OutlineLine => ({ part: "missing", text: `[cover ${point}]`, placeholder: true })),
  ];
}

/** Feedback on one answer. Never throws; an empty answer is simply rated poor. */
export function assessAnswer(question: AssessableQuestion, answer: string): AnswerFeedback {
  const sentences = splitSentences(answer);
  const tokens = tokenize(answer);
  const delivery = measureDelivery(answer, sentences, tokens, question.kind);
  const coverage = matchRubric(toMatchable(answer), question.rubric);
  const assessable = delivery.words >= MIN_ASSESSABLE_WORDS[question.kind];
  const assessableCheck: FeedbackCheck = assessable
    ? { id: "assessable", passed: true, message: "Long enough to assess." }
    : { id: "assessable", passed: false, message: `Too short to assess (${plural(delivery.words, "word")}).` };

  if (question.kind === "behavioral") {
    const star = analyseStar(sentences, tokens);
    const checks = [...starChecks(star, coverage), lengthCheck(delivery), deliveryCheck(delivery, true)];
    const { rating, summary } = rateStar(star, checks, assessable);
    return {
      rubricVersion: RUBRIC_VERSION,
      style: "star",
      rating,
      ratingSummary: summary,
      checks: failedFirst([assessableCheck, ...checks]),
      delivery,
      star,
      rubric: coverage,
      followUp: followUpQuestion(question.kind, star, coverage),
      improvedOutline: starOutline(sentences, star),
    };
  }

  const ratio = coverageRatio(coverage);
  const coverageCheck: FeedbackCheck = {
    id: "rubric-coverage",
    passed: ratio >= GOOD_COVERAGE,
    message: `Covers ${coverageText(coverage)} points a strong answer includes${coverage.missed.length > 0 ? `; missing: ${coverage.missed.join("; ")}` : ""}.`,
  };
  const checks = [coverageCheck, lengthCheck(delivery), deliveryCheck(delivery, question.kind === "screen")];
  const { rating, summary } = rateCoverage(coverage, checks, assessable);
  return {
    rubricVersion: RUBRIC_VERSION,
    style: "rubric",
    rating,
    ratingSummary: summary,
    checks: failedFirst([assessableCheck, ...checks]),
    delivery,
    star: null,
    rubric: coverage,
    followUp: followUpQuestion(question.kind, null, coverage),
    improvedOutline: rubricOutline(sentences, coverage),
  };
}

function failedFirst(checks: readonly FeedbackCheck[]): FeedbackCheck[] {
  return [...checks.filter((check) => !check.passed), ...checks.filter((check) => check.passed)];
}

/** poor 1 … excellent 4, for averages across answers. */
export function ratingScore(rating: Rating): number {
  return RATINGS.indexOf(rating) + 1;
}

/** The rating nearest to an average score. */
export function ratingFromScore(score: number): Rating {
  return RATINGS[Math.min(3, Math.max(0, Math.round(score) - 1))]!;
}
