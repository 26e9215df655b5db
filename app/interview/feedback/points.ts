// Which of a question's talking points an answer makes, and the sentence that makes each.
// A term only earns the point when a sentence says something with it: a sentence that
// dismisses the technique ("a sliding window does not work here") makes a wrong claim
// instead, unless the point itself is about a limit ("why greedy fails"); a bare list of
// terms names them without explaining; Big-O expressions match only the same class.
import { COLLEAGUE_WORDS, GENERIC_QUESTION_WORDS, LIMITATION_POINT, NEGATIVE_REPLY, OPPOSITES } from "./language.ts";
import { compileKeyword, containsKeyword, stem, toMatchable, tokenize, type CompiledKeyword } from "../text.ts";
import type { RubricPoint } from "../types.ts";
import { conceptsOf, expandKeywords } from "./concepts.ts";
import { claimOf, isNegated } from "./polarity.ts";
import { readSentences, type Sentence } from "./sentences.ts";

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
    .replace(/²|\s*squared/g, "^2")
    .replace(/³|\s*cubed/g, "^3")
    .replace(/\*\*/g, "^")
    .replace(/\btimes\b/g, "")
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
  /** A bare expression ("n log k") matches as written too, and by class inside "O(…)". */
  plain: boolean;
  compiled: CompiledKeyword;
  /** A paraphrase "a + b" (concepts.json): every part somewhere in the same sentence. */
  parts: CompiledKeyword[] | null;
}

/** Whether a text says the keyword: as written, or every part of a paraphrase "a + b". */
const hasTerm = (text: ReturnType<typeof toMatchable>, matcher: PointMatcher) =>
  matcher.parts ? matcher.parts.every((part) => containsKeyword(text, part)) : containsKeyword(text, matcher.compiled);

/** "n log k", "log n", "e log v", "v + e": a complexity written without its "O( )". */
const BARE_COMPLEXITY = /^(?:[a-z](?:\s*(?:log|\+|\*|×|times)\s*[a-z])+|log [a-z])$/;

/** The usual classes an answer can claim for a running time, slowest last (k is a second size, at most n). */
const COMPLEXITY_RANK: ReadonlyMap<string, number> = new Map([
  ["1", 0],
  ["logn", 1],
  ["n", 2],
  ["nlogk", 2.5],
  ["klogn", 2.5],
  ["nlogn", 3],
  ["nk", 3.5],
  ["kn", 3.5],
  ["n^2", 4],
  ["n^2k", 4.5],
  ["n^3", 5],
  ["2^n", 6],
]);

/** A complexity stated to compare with the one proposed ("brute force is O(n²)"), not claimed for it. */
const CONTRAST =
  /\b(brute[- ]force|naive|naively|instead|rather than|worse|slower|than|without|would be|otherwise|versus|vs|compared|down from|baseline|simple approach)\b/;

function matcherOf(keyword: string): PointMatcher {
  const lower = keyword.trim().toLowerCase();
  if (lower.includes(" + "))
    return {
      keyword,
      complexity: null,
      plain: false,
      compiled: compileKeyword(keyword),
      parts: lower.split(" + ").map(compileKeyword),
    };
  const bigO = /^o\s*\((.*)$/.exec(lower);
  if (bigO) {
    const closed = bigO[1]!.endsWith(")");
    return {
      keyword,
      complexity: { value: normaliseComplexity(closed ? bigO[1]!.slice(0, -1) : bigO[1]!), prefix: !closed },
      plain: false,
      compiled: compileKeyword(keyword),
      parts: null,
    };
  }
  if (BARE_COMPLEXITY.test(lower))
    return {
      keyword,
      complexity: { value: normaliseComplexity(lower), prefix: false },
      plain: true,
      compiled: compileKeyword(keyword),
      parts: null,
    };
  const word = COMPLEXITY_WORDS.find(([pattern]) => {
    const hit = pattern.test(lower);
    pattern.lastIndex = 0;
    return hit;
  });
  if (word && lower.split(/\s+/).length <= 2)
    return {
      keyword,
      complexity: { value: word[1], prefix: false },
      plain: false,
      compiled: compileKeyword(keyword),
      parts: null,
    };
  return { keyword, complexity: null, plain: false, compiled: compileKeyword(keyword), parts: null };
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

/** A label names a thing ("Shard key", "Consistent hashing"); "I still give every key a TTL as a
 *  safety net: if …" is a clause, and what follows its colon is not a verdict on it. */
const isLabel = (head: string) =>
  tokenize(head).length <= 6 && !/^\s*(?:[-*•]\s*)?(?:i|we|you|they|it|this|that|he|she)\b/.test(head);

// ---------- matching ----------

/** "Rather than updating rows in place, we append": a misconception named to set it aside. */
const CONTRASTED = /\b(?:instead of|rather than|as opposed to|unlike|avoid|avoids|avoiding)\b/;

/** Whether the clause that names a misconception says it, rather than negating or contrasting it. */
function saysMisconception(lower: string, misconception: PointMatcher): boolean {
  const around = segmentsWith(lower, (segment) => segmentHasKeyword(segment, misconception));
  return (around.length > 0 ? around : [lower]).some((clause) => !isNegated(clause) && !CONTRASTED.test(clause));
}

interface SentenceView {
  sentence: Sentence;
  matchable: ReturnType<typeof toMatchable>;
  classes: string[];
  /** The sentence without its lists of terms, and the lists, matched apart. */
  rest: ReturnType<typeof toMatchable>;
  lists: ReturnType<typeof toMatchable>;
  /** The question's words padded with the rubric's terms: it names them, it says nothing. */
  paddedCopy: boolean;
  /** "None of that is needed": a denial or dismissal of what the sentence before it named. */
  anaphoric: ReturnType<typeof claimOf>;
  /** A question the next sentence answers "no" to. */
  answeredNo: boolean;
}

const classMatches = (matcher: PointMatcher, found: string) =>
  matcher.complexity !== null &&
  (matcher.complexity.prefix ? found.startsWith(matcher.complexity.value) : found === matcher.complexity.value);

function keywordIn(view: SentenceView, matcher: PointMatcher, text = view.matchable): boolean {
  if (matcher.complexity && view.classes.some((found) => classMatches(matcher, found))) return true;
  if (matcher.complexity && !matcher.plain) return false;
  return hasTerm(text, matcher);
}

function segmentHasKeyword(segment: string, matcher: PointMatcher): boolean {
  if (matcher.complexity && complexityClasses(segment).length > 0) return true;
  if (matcher.complexity && !matcher.plain) return false;
  return hasTerm(toMatchable(segment), matcher);
}

/** The question's own words, so a copy of the question earns nothing. */
export function isCopyOfQuestion(sentence: string, questionText: string, ignore?: (word: string) => boolean): boolean {
  const words = tokenize(sentence).filter(
    (word) => !["situation", "task", "action", "result", "i", "me", "my"].includes(word) && !ignore?.(word),
  );
  if (words.length < (ignore ? 6 : 3)) return false;
  const question = new Set(tokenize(questionText).map(stem));
  const shared = words.filter((word) => question.has(stem(word))).length;
  return shared / words.length >= (ignore ? 0.85 : 0.7);
}

// "None of it is needed", "all of this is overkill", "these never help": a quantified pronoun
// that points back, after an opening such as "in practice" or "honestly".
const ANAPHOR =
  /^(?:(?:in practice|in reality|in fact|honestly|frankly|really|but|so|and|however|to be honest)[,\s]+)*(?:none of (?:it|this|that|these|those|them)|all of (?:it|this|that|these|those|them)|any of (?:it|this|that|these|those|them)|neither|these|those)\b/;

/** The condition of "If Redis is down(,) we fail open": up to the comma or the next subject. */
function conditionOf(lower: string): string | null {
  const match = /^\s*(?:if|when|unless|in case)\b(.*?)(?:,|\b(?:then|we|i|you|they|it)\b)/.exec(lower);
  return match ? match[1]! : null;
}

/** What a sentence's main clause says, leaving out the reason given for it ("…, because …"). */
function mainClause(lower: string): string {
  return lower.split(/\b(?:because|since|given that)\b/)[0]!;
}

/** A running time claimed for the answer that is slower than every one the question's points and
 *  text allow, in a clause that is not comparing it with something worse: "the heap does not help,
 *  so it is O(n·k)". A faster one is not judged: "O(1) on average" beside "degrades to O(n)" is right. */
function wrongComplexity(view: SentenceView, matchers: readonly PointMatcher[]): boolean {
  const allowed = matchers.flatMap((matcher) =>
    matcher.complexity && COMPLEXITY_RANK.has(matcher.complexity.value)
      ? [COMPLEXITY_RANK.get(matcher.complexity.value)!]
      : [],
  );
  if (allowed.length === 0) return false;
  const slowest = Math.max(...allowed);
  return view.sentence.lower.split(/[;:]|\b(?:but|whereas|while|and)\b|,/).some((segment) => {
    const ranks = complexityClasses(segment).flatMap((found) =>
      COMPLEXITY_RANK.has(found) ? [COMPLEXITY_RANK.get(found)!] : [],
    );
    return ranks.length > 0 && !CONTRAST.test(segment) && ranks.every((rank) => rank > slowest);
  });
}

const hasPhrase = (text: string, phrase: string) => new RegExp(`\\b${phrase}\\b`).test(text);

/** The opposites of the direction words a point states: "slower writes and extra storage" is
 *  contradicted by a sentence that says writes get "faster" and never "slower". */
function oppositesOf(point: string): Array<{ stated: string; opposite: string }> {
  const lower = point.toLowerCase();
  return OPPOSITES.flatMap(([a, b]) => [
    ...(hasPhrase(lower, a) ? [{ stated: a, opposite: b }] : []),
    ...(hasPhrase(lower, b) ? [{ stated: b, opposite: a }] : []),
  ]);
}

const contradictsDirection = (segment: string, opposites: ReturnType<typeof oppositesOf>) =>
  opposites.some(({ stated, opposite }) => hasPhrase(segment, opposite) && !hasPhrase(segment, stated));

export interface PointsMatch extends PointsResult {
  /** Points the answer makes and then takes back: the design contradicts itself. */
  contradicted: string[];
}

export function matchPoints(
  sentences: readonly Sentence[],
  rubric: readonly RubricPoint[],
  questionText: string,
): PointsMatch {
  const keywords = rubric.flatMap((point) => point.keywords.map(compileKeyword));
  const rubricStems = new Set(keywords.flatMap((keyword) => keyword.stems));
  const prefixes = keywords.flatMap((keyword) => (keyword.prefix === null ? [] : [keyword.prefix]));
  const rubricWord = (word: string) =>
    rubricStems.has(stem(word)) || prefixes.some((prefix) => word.startsWith(prefix));
  const views: SentenceView[] = sentences
    .filter((sentence) => !sentence.filler && !isCopyOfQuestion(sentence.text, questionText))
    .map((sentence) => {
      let rest = sentence.lower;
      for (const part of sentence.listParts) rest = rest.replace(part, " ");
      const main = mainClause(sentence.lower);
      return {
        sentence,
        matchable: toMatchable(sentence.lower),
        classes: complexityClasses(sentence.lower),
        rest: toMatchable(rest),
        lists: toMatchable(sentence.listParts.join(", ")),
        paddedCopy: isCopyOfQuestion(sentence.text, questionText, rubricWord),
        anaphoric: ANAPHOR.test(sentence.lower.trim()) ? claimOf(main) : null,
        answeredNo: false,
      };
    });
  // "Do we need a token bucket? Not really": a question the answer puts to itself and says no to.
  views.forEach((view, index) => {
    const next = views[index + 1];
    if (!view.sentence.text.trim().endsWith("?") || next === undefined) return;
    const reply = next.sentence.lower.trim();
    view.answeredNo =
      NEGATIVE_REPLY.dismissive.test(reply) ||
      (NEGATIVE_REPLY.no.test(reply) && NEGATIVE_REPLY.needQuestion.test(view.sentence.lower));
  });
  const allMatchers = rubric.map((point) => expandKeywords(point.keywords).map(matcherOf));
  const allMisconceptions = rubric.map((point) =>
    conceptsOf(point.keywords).flatMap((concept) => concept.misconceptions.map(matcherOf)),
  );
  // A running time the points do not allow is a wrong claim about the point that states one.
  // Points about a limit ("why growing by a constant is worse") name a bad running time on purpose.
  const timed = rubric.map(
    (point, index) =>
      !LIMITATION_POINT.test(point.point) && allMatchers[index]!.some((matcher) => matcher.complexity !== null),
  );
  const complexityPoint = timed.indexOf(true);
  const complexityMatchers = [
    ...allMatchers.filter((_, index) => timed[index]).flat(),
    ...complexityClasses(questionText.toLowerCase()).map((value) => matcherOf(`o(${value})`)),
  ].filter((matcher) => matcher.complexity);
  const result: PointsMatch = { credited: [], dismissed: [], named: [], missed: [], contradicted: [] };
  rubric.forEach((point, pointIndex) => {
    const limitation = LIMITATION_POINT.test(point.point);
    const matchers = allMatchers[pointIndex]!;
    const misconceptions = allMisconceptions[pointIndex]!;
    const opposites = oppositesOf(point.point);
    // The last word wins: a point waved away and then made is a correction, and a point made and
    // later waved away ("CAP is consistency, availability and partition tolerance. … Partitions
    // do not really happen") is a wrong claim the answer itself contradicts.
    let credit: CreditedPoint | null = null;
    let dismissal: CreditedPoint | null = null;
    let creditedBeforeDismissal = false;
    let named = false;
    let mentionedIn = -1;
    views.forEach((view, viewIndex) => {
      const entryOf = (matched: string): CreditedPoint => ({
        point: point.point,
        sentence: view.sentence.text.trim(),
        matched,
      });
      const dismiss = (entry: CreditedPoint) => {
        dismissal = entry;
        creditedBeforeDismissal = credit !== null;
      };
      if (view.anaphoric && mentionedIn === viewIndex - 1 && mentionedIn >= 0) {
        dismiss(entryOf("(what the sentence before named)"));
        return;
      }
      if (
        complexityMatchers.length > 0 &&
        pointIndex === complexityPoint &&
        wrongComplexity(view, complexityMatchers)
      ) {
        mentionedIn = viewIndex;
        dismiss(entryOf("(a running time that does not hold)"));
        return;
      }
      // A known wrong thing said about the concept ("LRU removes what was used most recently"),
      // not negated, is a wrong claim about the point whether or not the point's terms are named.
      const misconception = misconceptions.find((candidate) => keywordIn(view, candidate));
      if (misconception && saysMisconception(view.sentence.lower, misconception)) {
        mentionedIn = viewIndex;
        dismiss(entryOf(misconception.keyword));
        return;
      }
      const matcher = matchers.find((candidate) => keywordIn(view, candidate));
      if (!matcher) return;
      mentionedIn = viewIndex;
      if (view.answeredNo) {
        dismiss(entryOf(matcher.keyword.replace(/\*$/, "")));
        return;
      }
      // A point taken back is not made again by naming its terms in a condition ("If Redis is down …").
      const condition = conditionOf(view.sentence.lower);
      if (
        dismissal &&
        condition !== null &&
        segmentHasKeyword(condition, matcher) &&
        !segmentHasKeyword(view.sentence.lower.slice(condition.length + 3), matcher)
      )
        return;
      if (
        view.sentence.termList ||
        view.paddedCopy ||
        (!keywordIn(view, matcher, view.rest) && keywordIn(view, matcher, view.lists))
      ) {
        named = true;
        return;
      }
      // In a "term: verdict" line the whole verdict is about the term, however many clauses it has.
      const labelled = LABEL_LINE.exec(view.sentence.lower);
      const verdictOnLabel =
        labelled && isLabel(labelled[1]!) && segmentHasKeyword(labelled[1]!, matcher)
          ? labelled[2]!.split(SEGMENT_BREAK).filter(Boolean)
          : null;
      // The main clause says what the sentence claims; "because …" only gives its reason.
      const main = mainClause(view.sentence.lower);
      const judgedText = segmentHasKeyword(main, matcher) ? main : view.sentence.lower;
      const around = verdictOnLabel ?? segmentsWith(judgedText, (segment) => segmentHasKeyword(segment, matcher));
      const judged = around.length > 0 ? around : [judgedText];
      const waved = verdictOnLabel ? judged.some(dismisses) : judged.every(dismisses);
      const denied = verdictOnLabel ? judged.some(denies) : judged.every(denies);
      const entry = entryOf(matcher.keyword.replace(/\*$/, ""));
      // "Indexes make writes faster" says the opposite of "slower writes": a wrong claim, no negator needed.
      const reversed = opposites.length > 0 && judged.every((segment) => contradictsDirection(segment, opposites));
      if (denied || reversed || (waved && !limitation)) dismiss(entry);
      else {
        credit ??= entry;
        dismissal = null;
      }
    });
    const dismissed = dismissal as CreditedPoint | null;
    if (dismissed) {
      result.dismissed.push(dismissed);
      if (creditedBeforeDismissal) result.contradicted.push(point.point);
    } else if (credit) result.credited.push(credit);
    else if (named) result.named.push(point.point);
    else result.missed.push(point.point);
  });
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
  const found = new Set(mentionsAny(sentences, questionText, new Set(focusTerms(questionText))));
  // The question's verbs by their infinitive, so "building" answers "what you built".
  const verbs = new Set(
    readSentences(questionText)
      .flatMap((sentence) => sentence.clauses.map((clause) => clause.verb))
      .filter((verb) => verb.length > 2 && !GENERIC_QUESTION_WORDS.has(verb)),
  );
  for (const sentence of sentences) {
    if (sentence.filler || isCopyOfQuestion(sentence.text, questionText)) continue;
    for (const clause of sentence.clauses) if (verbs.has(clause.verb)) found.add(stem(clause.verb));
  }
  return [...found];
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
