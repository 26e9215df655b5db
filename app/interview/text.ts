// Text handling shared by the rubric and the bank: words, sentences and a small
// stemmer. Everything treats input as plain text; markup is just more words.

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case, strip accents and fold compatibility characters, so "Café" = "cafe". */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Lower-cased word tokens; apostrophes and punctuation split words ("don't" → don, t). */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** Words as a reader counts them: "don't" and "well-known" are one word each. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

// British spellings fold to American before suffixes are removed, so
// "normalised" and "normalized" meet.
const SPELLING: Array<[RegExp, string]> = [
  [/isation(s?)$/, "ization$1"],
  [/is(e|es|ed|ing)$/, "iz$1"],
  [/(\w{3,})our$/, "$1or"],
];

/** Stemming-lite: enough to match plurals and verb forms ("caches", "caching",
 *  "cached" → "cach"; "queries", "query" → "queri"), not a linguistic stemmer.
 *  Words of three letters or fewer and numbers are left alone. */
export function stem(token: string): string {
  if (token.length <= 3 || /^\d/.test(token)) return token;
  let word = token;
  for (const [pattern, replacement] of SPELLING) word = word.replace(pattern, replacement);
  if (/ie[sd]$/.test(word)) word = word.slice(0, -2);
  else if (/(ss|x|ch|sh|z)es$/.test(word)) word = word.slice(0, -2);
  else if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  // "agreed" keeps its "ee" ("agree"), like "agreeing" and "agrees".
  const verbSuffix =
    /ing$/.test(word) && word.length >= 6 ? 3 : /eed$/.test(word) ? 1 : /ed$/.test(word) && word.length >= 5 ? 2 : 0;
  if (verbSuffix > 0) {
    word = word.slice(0, -verbSuffix);
    // "shipped" → "ship", but "adding" → "add", not "ad".
    if (word.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(word) && !/(ss|ll|zz)$/.test(word)) word = word.slice(0, -1);
  }
  if (word.endsWith("er") && word.length >= 6) word = word.slice(0, -2);
  if (word.endsWith("e") && !word.endsWith("ee") && word.length > 3) word = word.slice(0, -1);
  if (word.endsWith("y") && word.length > 3) word = `${word.slice(0, -1)}i`;
  return word;
}

/** Number of times `phrase` occurs as a contiguous run in `tokens`. */
export function countPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0 || phrase.length > tokens.length) return 0;
  let count = 0;
  for (let i = 0; i <= tokens.length - phrase.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) count++;
  }
  return count;
}

// Dots in these do not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|approx|incl|mr|mrs|ms|dr)\./gi;
const ABBREVIATION_DOT = "\u2024";

// End punctuation, then any closing quotes, brackets or end tags, then space.
const SENTENCE_BREAK = /(?<=[.!?;](?:["'”’)\]]|<\/[a-z][a-z0-9]*>)*)\s+|\n+/i;

/** Sentences in reading order. Splits on . ! ? ; and line breaks, and breaks
 *  run-on text at ", and then" / ", so" so an unpunctuated answer still has parts. */
export function splitSentences(text: string): string[] {
  const protectedText = text.replace(ABBREVIATIONS, (match) => match.replace(/\./g, ABBREVIATION_DOT));
  return protectedText
    .split(SENTENCE_BREAK)
    .flatMap((sentence) =>
      countWords(sentence) > 40 ? sentence.split(/,\s+(?=(?:and then|so|then|which|but)\b)/i) : [sentence],
    )
    .map((sentence) => sentence.replaceAll(ABBREVIATION_DOT, ".").trim())
    .filter((sentence) => countWords(sentence) > 0);
}

/** A digit, a percentage or a number word: "3x", "40%", "twice", "half". */
export function hasNumber(text: string): boolean {
  if (/\d/.test(text)) return true;
  return tokenize(text).some((token) => NUMBER_WORDS.has(token));
}

const NUMBER_WORDS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "hundred",
  "hundreds",
  "thousand",
  "thousands",
  "million",
  "millions",
  "billion",
  "half",
  "halved",
  "twice",
  "double",
  "doubled",
  "triple",
  "tripled",
  "tenfold",
  "percent",
  "quarter",
  "third",
  "dozen",
  "dozens",
]);

/** A rubric keyword ready for matching. A trailing "*" makes the last word a prefix
 *  ("prioriti*" matches "prioritise" and "prioritization"). */
export interface CompiledKeyword {
  keyword: string;
  stems: string[];
  prefix: string | null;
}

export function compileKeyword(keyword: string): CompiledKeyword {
  const isPrefix = keyword.trimEnd().endsWith("*");
  const tokens = tokenize(isPrefix ? keyword.trimEnd().slice(0, -1) : keyword);
  if (isPrefix && tokens.length > 0) {
    return { keyword, stems: tokens.slice(0, -1).map(stem), prefix: tokens[tokens.length - 1]! };
  }
  return { keyword, stems: tokens.map(stem), prefix: null };
}

/** An answer prepared once for many keyword lookups. */
export interface MatchableText {
  tokens: string[];
  stems: string[];
}

export function toMatchable(text: string): MatchableText {
  const tokens = tokenize(text);
  return { tokens, stems: tokens.map(stem) };
}

export function containsKeyword(text: MatchableText, keyword: CompiledKeyword): boolean {
  const length = keyword.stems.length + (keyword.prefix === null ? 0 : 1);
  if (length === 0) return false;
  for (let i = 0; i <= text.tokens.length - length; i++) {
    let j = 0;
    while (j < keyword.stems.length && sameWord(text, i + j, keyword.stems[j]!)) j++;
    if (j < keyword.stems.length) continue;
    if (keyword.prefix === null || text.tokens[i + j]!.startsWith(keyword.prefix)) return true;
  }
  // "Refresh early" makes the point "early refresh" does: two words, either order, side by side.
  if (keyword.prefix === null && keyword.stems.length === 2) {
    const [first, second] = keyword.stems as [string, string];
    for (let i = 0; i < text.tokens.length - 1; i++)
      if (sameWord(text, i, second) && sameWord(text, i + 1, first)) return true;
  }
  return false;
}

/** The same word, or a longer form of a long one ("probabilistically" for "probabilistic"). */
function sameWord(text: MatchableText, at: number, keywordStem: string): boolean {
  if (text.stems[at] === keywordStem) return true;
  const token = text.tokens[at]!;
  return keywordStem.length >= 7 && token.startsWith(keywordStem) && token.length - keywordStem.length <= 4;
}
