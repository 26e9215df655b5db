// The fact check: a model may rephrase the user's facts but not add to them. It reads a
// document for numbers (digits and number words) and names (capitalised words: employers,
// products, places, months, weekdays) and reports each one that is neither in the user's
// words nor among the values the composer worked out. Pure: text in, findings out.
import { COMMON_WORDS } from "./common-words";
import type { AllowedFacts } from "./types";

export interface FactViolation {
  kind: "number" | "name";
  /** As written in the document. */
  value: string;
}

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
};

// "1,200", "3.5", "40", optionally followed by a scale: "1.2M", "$5k", "2 million".
const DIGIT_NUMBER =
  /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(k|mm|m|bn|b|thousand|million|billion)(?![\p{L}\p{N}]))?/giu;

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
/** Quantities without a number ("hundreds of people"): allowed only in the user's words. */
const VAGUE_QUANTITIES = new Set(["dozens", "hundreds", "thousands", "millions", "billions"]);

const WORD = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;

interface NumberMention {
  value: number;
  text: string;
}

/** Every number a text states, in digits or in words. */
export function numbersIn(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const withoutDigits = text.replace(DIGIT_NUMBER, (match, whole: string, fraction = "", scale?: string) => {
    const base = Number(whole.replace(/,/g, "") + fraction);
    found.push({ value: base * (scale ? SCALES[scale.toLowerCase()] : 1), text: match });
    return " ";
  });
  found.push(...numberWordsIn(withoutDigits));
  return found;
}

function numberWordsIn(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  let run: string[] = [];
  const flush = () => {
    // A lone "one" is prose ("one of", "no one"), not a quantity.
    if (run.length > 0 && !(run.length === 1 && run[0] === "one")) {
      found.push({ value: valueOfNumberWords(run), text: run.join(" ") });
    }
    run = [];
  };
  // Punctuation ends a number: "no one, one of us" holds no number.
  for (const segment of text.toLowerCase().split(/[^\p{L}\p{N}\s'’-]+/u)) {
    for (const token of segment.match(WORD) ?? []) {
      const parts = token.split("-");
      if (!parts.every(isNumberWord)) {
        if (!(token === "and" && run.length > 0)) flush();
        continue;
      }
      for (const part of parts) {
        // "one two" is two numbers; "twenty two" and "two hundred" are one.
        const previous = run[run.length - 1];
        if (previous !== undefined && part in UNITS && UNITS[part] < 10 && previous in UNITS && UNITS[previous] < 20)
          flush();
        run.push(part);
      }
    }
    flush();
  }
  return found;
}

function isNumberWord(word: string): boolean {
  return word in UNITS || word in MULTIPLIERS;
}

function valueOfNumberWords(words: string[]): number {
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word in UNITS) current += UNITS[word];
    else if (word === "hundred") current = (current || 1) * 100;
    else {
      total += (current || 1) * MULTIPLIERS[word];
      current = 0;
    }
  }
  return total + current;
}

/** Crude suffix stripping, so "Engineering" matches "engineer" and "Managed" "manager". */
function stem(word: string): string {
  let current = word.toLowerCase().replace(/['’]s$/, "");
  for (;;) {
    const suffix = ["ments", "ment", "ings", "ing", "ers", "er", "ed", "es", "s", "ly", "e"].find(
      (s) => current.endsWith(s) && current.length - s.length >= 4,
    );
    if (!suffix) return current;
    current = current.slice(0, -suffix.length);
  }
}

function isAllowedWord(word: string, allowedStems: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  // Number words are the number check's business.
  if (isNumberWord(lower) || VAGUE_QUANTITIES.has(lower)) return true;
  if (lower === "i" || /^i['’](m|ve|d|ll)$/.test(lower)) return true;
  if (COMMON_WORDS.has(lower) || allowedStems.has(lower)) return true;
  return allowedStems.has(stem(lower)) || COMMON_WORDS.has(stem(lower));
}

/** Splits "OpenToWork" into "Open", "To", "Work"; "co-founded" into its halves. */
function partsOf(token: string): string[] {
  return token.split(/[-.&'’]|(?<=\p{Ll})(?=\p{Lu})/u).filter((p) => p !== "" && p.toLowerCase() !== "s");
}

/** Capitalised words that are neither everyday words nor in the allowed facts. */
function unknownNames(text: string, allowedStems: ReadonlySet<string>): string[] {
  const unknown: string[] = [];
  for (const token of text.match(WORD) ?? []) {
    if (!/\p{Lu}/u.test(token) || isAllowedWord(token, allowedStems)) continue;
    const parts = partsOf(token);
    if (parts.length > 1 && parts.every((p) => !/\p{Lu}/u.test(p) || isAllowedWord(p, allowedStems))) continue;
    unknown.push(token);
  }
  return unknown;
}

/** The lower-case words and their stems found in the allowed facts. */
function allowedWordStems(allowed: AllowedFacts): Set<string> {
  const stems = new Set<string>();
  for (const text of [...allowed.texts, ...allowed.names]) {
    for (const token of text.match(WORD) ?? []) {
      for (const word of [token, ...partsOf(token)]) {
        stems.add(word.toLowerCase());
        stems.add(stem(word));
      }
    }
  }
  return stems;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Numbers and names in `parts` that the allowed facts do not contain. */
export function checkFacts(parts: string[], allowed: AllowedFacts): FactViolation[] {
  const allowedNumbers = [...allowed.numbers, ...allowed.texts.flatMap((t) => numbersIn(t).map((n) => n.value))];
  const userWords = new Set(allowed.texts.join(" ").toLowerCase().match(WORD) ?? []);
  const stems = allowedWordStems(allowed);
  const violations = new Map<string, FactViolation>();
  for (const part of parts) {
    for (const mention of numbersIn(part)) {
      if (!allowedNumbers.some((n) => sameNumber(n, mention.value))) {
        violations.set(`number:${mention.text}`, { kind: "number", value: mention.text });
      }
    }
    for (const word of part.toLowerCase().match(WORD) ?? []) {
      if (VAGUE_QUANTITIES.has(word) && !userWords.has(word)) {
        violations.set(`number:${word}`, { kind: "number", value: word });
      }
    }
    for (const name of unknownNames(part, stems)) {
      violations.set(`name:${name}`, { kind: "name", value: name });
    }
  }
  return [...violations.values()];
}

/** "It mentions 40 and Google, which are not in your details." */
export function describeFactViolations(violations: FactViolation[]): string {
  const shown = violations.slice(0, 4).map((v) => `“${v.value}”`);
  const more = violations.length > shown.length ? ` and ${violations.length - shown.length} more` : "";
  return `It mentioned ${shown.join(", ")}${more}, which are not in your details.`;
}
