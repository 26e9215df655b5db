// Small text helpers shared by the composer and the rules: counting what is said aloud,
// and fitting the user's free text into a sentence without changing its words.
import { COMMON_WORDS } from "~/writer/common-words";
export { countSentences, countWords, listPhrase, speakingSeconds } from "~/writer/compose";

// Words a clause may not end on once shortened: "cut failed payments by" reads broken.
const DANGLING = new Set(
  ("a about across after against along among an and around as at before between but by during for from in " +
    "into including of on onto or over per so than that the their through to toward towards under until " +
    "up upon via when where which while who with within without my our its more most very is are was were be")
    .split(" "),
);

// Words that start a new clause: cutting just before one leaves a complete phrase.
const CLAUSE_STARTS = new Set("where which who while using because including reducing cutting".split(" "));

/**
 * The user's text as a clause of at most `maxWords` words: its first sentence, without
 * end punctuation, cut at a comma or before a word like "where" when one is close enough,
 * never ending on a word like "by" or "the".
 */
export function clause(text: string, maxWords: number): string {
  const first = text.split(/(?<=[.!?])\s+/)[0].replace(/[\s.!?;:,]+$/, "");
  const words = first.split(/\s+/);
  if (words.length <= maxWords) return first;
  let kept = words.slice(0, maxWords);
  const cut = Math.max(
    kept.findLastIndex((w) => /[,;:]$/.test(w)) + 1,
    kept.findLastIndex((w, i) => i > 0 && CLAUSE_STARTS.has(w.toLowerCase())),
  );
  if (cut >= Math.floor(maxWords / 2)) kept = kept.slice(0, cut);
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1].replace(/[,;:]$/, "").toLowerCase())) kept.pop();
  return kept.join(" ").replace(/[,;:\s—–-]+$/, "");
}

const IRREGULAR_PAST = new Set(
  ("led built ran grew cut made wrote took won drove set kept began brought taught sold spent found held " +
    "got gave did put became rebuilt oversaw undertook bought met paid sent shut spun stood thought upheld wound")
    .split(" "),
);

/** Whether a clause starts with a past-tense verb ("Led…", "Shipped…"), so it can follow "I". */
export function startsWithPastVerb(text: string): boolean {
  const first = (text.split(/\s+/)[0] ?? "").toLowerCase().replace(/[^a-z]/g, "");
  return IRREGULAR_PAST.has(first) || (first.length > 3 && first.endsWith("ed"));
}

/** "I led the team" → "led the team": a clause that can follow "I" or "while there, I". */
export function withoutLeadingI(text: string): string {
  return text.replace(/^I\s+(?!['’])/, "");
}

/**
 * Lower-cases the first letter when the first word is an ordinary word ("Led" → "led"),
 * leaving names and acronyms ("Stripe", "AWS") as the user wrote them.
 */
export function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0] ?? "";
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return text;
  const lower = first.toLowerCase();
  const ordinary = COMMON_WORDS.has(lower) || startsWithPastVerb(first) || lower.endsWith("ing");
  return ordinary ? lower + text.slice(first.length) : text;
}

export { indefiniteArticle as article } from "~/writer/compose";
