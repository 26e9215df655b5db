// Which of a question's talking points an answer makes, and the sentence that makes each.
// A term only earns the point when a sentence says something with it: a sentence that
// dismisses the technique ("a sliding window does not work here") makes a wrong claim
// instead, unless the point itself is about a limit ("why greedy fails"); a bare list of
// terms names them without explaining; Big-O expressions match only the same class.
import { COLLEAGUE_WORDS, GENERIC_QUESTION_WORDS, LIMITATION_POINT } from "./language.ts";
import { compileKeyword, containsKeyword, stem, toMatchable, tokenize, type CompiledKeyword } from "../text.ts";
import type { RubricPoint } from "../types.ts";
import { claimOf } from "./polarity.ts";
import type { Sentence } from "./sentences.ts";

export interface CreditedPoint {
  point: string;
  /** The answer's sentence that makes the point. */
  sentence: string;
  matched: string;
}

export interface PointsResult {
  credited: CreditedPoint[];
  /** Points the answer mentions only to wave away, with the sentence that does. */
  dismissed: CreditedPoint[];
  /** Points named in a bare list of terms, without saying anything about them. */
  named: string[];
  missed: string[];
}

// ---------- Big-O ----------

const COMPLEXITY_WORDS: Array<[RegExp, string]> = [
  [/\bconstant (time|space)\b/g, "1"],
  [/\blogarithmic\b/g, "logn"],
  [/\blinear\b/g, "n"],
  [/\bn log n\b|\bn log\(n\)/g, "nlogn"],
  [/\bquadratic\b|\bn squared\b/g, "n^2"],
  [/\bcubic\b|\bn cubed\b/g, "n^3"],
  [/\bexponential\b/g, "2^n"],
];

function normaliseComplexity(inner: string): string {
  return inner
    .toLowerCase()
    .replace(/²/g, "^2")
    .replace(/³/g, "^3")
    .replace(/\*\*/g, "^")
    .replace(/[\s*·×]/g, "")
    .replace(/log\(([a-z])\)/g, "log$1");
}

/** Complexity classes a sentence states: "O(n log n)", "o of n", "linear". */
export function complexityClasses(text: string): string[] {
  const lower = text.toLowerCase();
  const classes: string[] = [];
  for (const match of lower.matchAll(/\bo\s*\(([^)]{1,24})\)/g)) classes.push(normaliseComplexity(match[1]!));
  for (const match of lower.matchAll(
    /\bo of ([a-z0-9^ ]{1,16}?)(?=[,.;]|\s(?:time|space|and|because|which|with|so)\b|$)/g,
  )) {
    classes.push(normaliseComplexity(match[1]!.replace(/ squared/, "^2").replace(/ log /, "log")));
  }
  for (const [pattern, name] of COMPLEXITY_WORDS) if (pattern.test(lower)) classes.push(name);
  for (const [pattern] of COMPLEXITY_WORDS) pattern.lastIndex = 0;
  return classes;
}

interface PointMatcher {
  keyword: string;
  /** Big-O keywords match by class; a trailing "(" prefix ("o(n") matches any class that starts so. */
  complexity: { value: string; prefix: boolean } | null;
  compiled: CompiledKeyword;
}

function matcherOf(keyword: string): PointMatcher {
  const lower = keyword.trim().toLowerCase();
  const bigO = /^o\s*\((.*)$/.exec(lower);
  if (bigO) {
    const closed = bigO[1]!.endsWith(")");
    return {
      keyword,
      complexity: { value: normaliseComplexity(closed ? bigO[1]!.slice(0, -1) : bigO[1]!), prefix: !closed },
      compiled: compileKeyword(keyword),
    };
  }
  const word = COMPLEXITY_WORDS.find(([pattern]) => {
    const hit = pattern.test(lower);
    pattern.lastIndex = 0;
    return hit;
  });
  if (word && lower.split(/\s+/).length <= 2)
    return { keyword, complexity: { value: word[1], prefix: false }, compiled: compileKeyword(keyword) };
  return { keyword, complexity: null, compiled: compileKeyword(keyword) };
}

// ---------- dismissal ----------

const SEGMENT_BREAK =
  /[,;:()]|\s[-–—]\s|\b(?:because|but|so that|so|which|while|whereas|although|though|since|and then|unless|instead)\b/;

/** The part of the sentence around a keyword, up to the nearest clause break. */
function segmentsWith(lower: string, test: (segment: string) => boolean): string[] {
  return lower.split(SEGMENT_BREAK).filter((segment) => segment && test(segment));
}

const dismisses = (segment: string) => claimOf(segment) !== null;
const denies = (segment: string) => claimOf(segment) === "denial";

/** "Shard key: does not matter much" — a short label, a colon, and the verdict on it. */
const LABEL_LINE = /^\s*(?:[-*•]\s*)?([^:.!?]{1,60}?):\s+(.+)$/s;

// ---------- matching ----------

interface SentenceView {
  sentence: Sentence;
  matchable: ReturnType<typeof toMatchable>;
  classes: string[];
}

function keywordIn(view: SentenceView, matcher: PointMatcher): boolean {
  if (matcher.complexity) {
    const { value, prefix } = matcher.complexity;
    return view.classes.some((found) => (prefix ? found.startsWith(value) : found === value));
  }
  return containsKeyword(view.matchable, matcher.compiled);
}

function segmentHasKeyword(segment: string, matcher: PointMatcher): boolean {
  if (matcher.complexity) return complexityClasses(segment).length > 0;
  return containsKeyword(toMatchable(segment), matcher.compiled);
}

/** The question's own words, so a copy of the question earns nothing. */
export function isCopyOfQuestion(sentence: string, questionText: string): boolean {
  const words = tokenize(sentence).filter(
    (word) => !["situation", "task", "action", "result", "i", "me", "my"].includes(word),
  );
  if (words.length < 3) return false;
  const question = new Set(tokenize(questionText).map(stem));
  const shared = words.filter((word) => question.has(stem(word))).length;
  return shared / words.length >= 0.7;
}

export function matchPoints(
  sentences: readonly Sentence[],
  rubric: readonly RubricPoint[],
  questionText: string,
): PointsResult {
  const views: SentenceView[] = sentences
    .filter((sentence) => !sentence.filler && !isCopyOfQuestion(sentence.text, questionText))
    .map((sentence) => ({
      sentence,
      matchable: toMatchable(sentence.lower),
      classes: complexityClasses(sentence.lower),
    }));
  const result: PointsResult = { credited: [], dismissed: [], named: [], missed: [] };
  for (const point of rubric) {
    const limitation = LIMITATION_POINT.test(point.point);
    const matchers = point.keywords.map(matcherOf);
    // The last word wins: a point made and later waved away ("CAP is consistency, availability
    // and partition tolerance. … Partitions do not really happen") counts as a wrong claim.
    let verdict = null as { credited: boolean; entry: CreditedPoint } | null;
    let named = false;
    for (const view of views) {
      const matcher = matchers.find((candidate) => keywordIn(view, candidate));
      if (!matcher) continue;
      if (view.sentence.termList) {
        named = true;
        continue;
      }
      // In a "term: verdict" line the whole verdict is about the term, however many clauses it has.
      const labelled = LABEL_LINE.exec(view.sentence.lower);
      const verdictOnLabel =
        labelled && segmentHasKeyword(labelled[1]!, matcher) ? labelled[2]!.split(SEGMENT_BREAK).filter(Boolean) : null;
      const around =
        verdictOnLabel ?? segmentsWith(view.sentence.lower, (segment) => segmentHasKeyword(segment, matcher));
      const judged = around.length > 0 ? around : [view.sentence.lower];
      const waved = verdictOnLabel ? judged.some(dismisses) : judged.every(dismisses);
      const denied = verdictOnLabel ? judged.some(denies) : judged.every(denies);
      const entry = {
        point: point.point,
        sentence: view.sentence.text.trim(),
        matched: matcher.keyword.replace(/\*$/, ""),
      };
      if (denied || (waved && !limitation)) verdict = { credited: false, entry };
      else verdict = { credited: true, entry: verdict?.credited ? verdict.entry : entry };
    }
    const credited = verdict?.credited ? verdict.entry : null;
    const dismissed = verdict && !verdict.credited ? verdict.entry : null;
    if (credited) result.credited.push(credited);
    else if (dismissed) result.dismissed.push(dismissed);
    else if (named) result.named.push(point.point);
    else result.missed.push(point.point);
  }
  return result;
}

/** Content words of a text ("deadline", "customer"), stemmed, without the words every question uses. */
function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((word) => word.length > 2 && !GENERIC_QUESTION_WORDS.has(word))
    .map(stem);
}

/** Content words of the question ("deadline", "customer"). */
export function focusTerms(questionText: string): string[] {
  return [...new Set(contentStems(questionText))];
}

/** The answer's words that are content words of the question. */
export function mentionsFocus(sentences: readonly Sentence[], questionText: string): string[] {
  return mentionsAny(sentences, questionText, new Set(focusTerms(questionText)));
}

/** The answer's words that are content words of what the question's specific points describe
 *  ("the state you found it in", "how you decided what to fix first"): a story about a service
 *  you took over and fixed is about an inherited system without saying "inherited". */
export function mentionsDescribed(
  sentences: readonly Sentence[],
  questionText: string,
  rubric: readonly RubricPoint[],
): string[] {
  const question = new Set(focusTerms(questionText));
  const described = rubric
    .filter((point) => !point.shared)
    .flatMap((point) => contentStems(point.point))
    .filter((word) => !question.has(word));
  return mentionsAny(sentences, questionText, new Set(described));
}

function mentionsAny(sentences: readonly Sentence[], questionText: string, stems: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.filler || isCopyOfQuestion(sentence.text, questionText)) continue;
    for (const word of tokenize(sentence.lower)) if (stems.has(stem(word))) found.add(stem(word));
  }
  return [...found];
}

const COLLEAGUES = COLLEAGUE_WORDS.map((entry) => tokenize(entry));

/** Whether someone besides the speaker is in the story: a pronoun or a colleague's role. */
export function mentionsColleague(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => {
    const tokens = tokenize(sentence.lower);
    return COLLEAGUES.some((phrase) => tokens.some((_, i) => phrase.every((word, j) => tokens[i + j] === word)));
  });
}
