// Dates, date ranges, durations and places as resumes print them.
import { isPlaceName } from "./lexicon.ts";
import type { DateStyle, ResumeDate } from "./types.ts";

// Month names in the languages resumes are commonly written in, from the runtime's ICU
// data (Intl) rather than a hand list: each language's full and abbreviated names, and
// any prefix of three letters or more of a full name ("Sept", "Okt", "janv", "März").
const MONTH_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "pl"];
// Prefixes that are everyday English words, read as months they would turn "rolled out
// 2020 plans" into a date.
const NOT_MONTHS = new Set(["out", "set", "ago", "gen", "mag"]);

function monthNames(ambiguous = false): Map<string, number> {
  const names = new Map<string, number>();
  const clash = new Set<string>();
  const add = (name: string, month: number) => {
    const key = name.toLowerCase().replace(/\.$/u, "");
    if ([...key].length < 3 || NOT_MONTHS.has(key) !== ambiguous) return;
    if (names.has(key) && names.get(key) !== month) clash.add(key);
    else names.set(key, month);
  };
  for (const language of MONTH_LANGUAGES) {
    for (let month = 1; month <= 12; month++) {
      const day = new Date(Date.UTC(2020, month - 1, 15));
      const full = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(day);
      add(new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(day), month);
      for (let length = 3; length <= full.length; length++) add(full.slice(0, length), month);
    }
  }
  for (const key of clash) names.delete(key);
  return names;
}

/** One regular expression for a set of words, as a trie, so matching never backtracks over hundreds of alternatives. */
function trieSource(words: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      if (!node.next.has(char)) node.next.set(char, { end: false, next: new Map() });
      node = node.next.get(char)!;
    }
    node.end = true;
  }
  const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\'-]/gu, "\\$&");
  const source = (node: Node): string => {
    const branches = [...node.next].map(([char, child]) => escape(char) + source(child));
    if (branches.length === 0) return "";
    const group = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    return node.end ? `(?:${group})?` : group;
  };
  return source(root);
}

const MONTH_NUMBERS = monthNames();
// "set", "ago", "gen", "mag", "out" (Italian, Spanish, Portuguese): months only in a range
// whose other end is a month and year too, or "now" ("mag 2020 – oggi").
const AMBIGUOUS_MONTHS = monthNames(true);
const MONTH = `(?:${trieSource([...MONTH_NUMBERS.keys()])})\\.?`;
const SEASON = "(?:spring|summer|fall|autumn|winter)";
// "20XX" is how templates print a year still to fill in; it is kept as written.
const YEAR = "(?:19|20)(?:\\d{2}|XX)";
const DATE = `(?:${MONTH}\\s+${YEAR}|${SEASON}\\s+${YEAR}|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}\\s*[-/.]\\s*(?:0?[1-9]|1[0-2])(?!\\d)|${YEAR})`;
// "Present" and its usual stand-ins, in the languages of MONTH_LANGUAGES (and Vietnamese),
// with each language's words for "now" and "today" from the runtime's ICU data.
const PRESENT_WORDS = [
  ..."present|current|currently|now|today|ongoing|to date|till date|heute|aktuell|jetzt|actualidad|actual|ahora|hoy|presente|atual|atualmente|présent|en cours|oggi|in corso|heden|huidig|nu|idag|pågående|nuværende|obecnie|nadal|hiện tại|nay".split(
    "|",
  ),
  ...MONTH_LANGUAGES.flatMap((language) => {
    const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
    return [relative.format(0, "second"), relative.format(0, "day")].map((word) => word.toLowerCase());
  }),
];
const PRESENT = `(?:aujourd['’]hui|${[...new Set(PRESENT_WORDS)]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
  .join("|")})`;
const RANGE_SEPARATOR = "\\s*(?:–|—|-|to|until|till|through|bis|à|au|a|al|hasta|até|tot|đến)\\s*";
// "2019–21": a range of years whose end keeps only its last two digits.
const SHORT_YEAR_RANGE = /(?<![\w/])((?:19|20)\d{2})\s*([–—-])\s*(\d{2})(?![\w/%])/u;

const ANY_YEAR = /(?:19|20)(?:\d{2}|XX)/iu;
const AMBIGUOUS_DATE = `(?:${[...AMBIGUOUS_MONTHS.keys()].join("|")})\\.?\\s+${YEAR}`;
const MONTH_DATE = `(?:${MONTH}\\s+${YEAR}|${AMBIGUOUS_DATE})`;
const AMBIGUOUS_IN_TEXT = new RegExp(`(?<![\\w/])${AMBIGUOUS_DATE}`, "iu");
const AMBIGUOUS_RANGE = new RegExp(
  `(?<![\\w/])(${MONTH_DATE})${RANGE_SEPARATOR}(${MONTH_DATE}|${PRESENT})(?![\\w/])`,
  "iu",
);
const WHOLE_AMBIGUOUS_RANGE = new RegExp(`^(?:${MONTH_DATE})${RANGE_SEPARATOR}(?:${MONTH_DATE}|${PRESENT})$`, "iu");
const DATE_PATTERN = new RegExp(`(?<![\\w/])${DATE}(?![\\w/])`, "iu");
const RANGE_PATTERN = new RegExp(`(?<![\\w/])(${DATE})${RANGE_SEPARATOR}(${DATE}|${PRESENT})(?![\\w/])`, "iu");
// "2023-09 –" or "Since 2021": a range still open.
const OPEN_RANGE = new RegExp(
  `(?<![\\w/])(?:since\\s+|seit\\s+|depuis\\s+|desde\\s+|dal\\s+|sinds\\s+)?(${DATE})\\s*(?:–|—|-)\\s*(?=$|[|·•,\\t])|(?<![\\w/])(?:since|seit|depuis|desde|dal|sinds)\\s+(${DATE})(?![\\w/])`,
  "iu",
);
const WHOLE_DATE = new RegExp(`^(?:${DATE})$`, "iu");
const WHOLE_PRESENT = new RegExp(`^${PRESENT}$`, "iu");
const WHOLE_OPEN_RANGE = new RegExp(`^(?:(?:since|seit|depuis|desde)\\s+)?(?:${DATE})(?:\\s*[–—-])?$`, "iu");
const WHOLE_SHORT_RANGE = /^(?:19|20)\d{2}\s*[–—-]\s*\d{2}$/u;
const WHOLE_RANGE = new RegExp(`^(?:${DATE})${RANGE_SEPARATOR}(?:${DATE}|${PRESENT})$`, "iu");
const DURATION = /^\(?\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s+\d+\s*(?:months?|mos?))?\)?$/iu;
const PREFIX_WORDS = /^(?:grad(?:uated|uation)?\.?|expected|exp\.?|since|from|class of)\s+/iu;
const META_SEPARATORS = /\s*(?:\||•|·|\t|\s[–—-]\s)\s*/u;

const pad = (month: number) => String(month).padStart(2, "0");
// The parts of a date that matched WHOLE_DATE (compiled once: MONTH alone is a long trie).
const YEAR_PART = new RegExp(YEAR, "i");
const MONTH_PART = new RegExp(`^(${MONTH})\\s`, "iu");
const NUMERIC_DATE = new RegExp(`^(\\d{1,2})\\s*[/.]\\s*${YEAR}$`, "i");
const ISO_DATE = new RegExp(`^${YEAR}\\s*[-/.]\\s*(\\d{1,2})$`, "i");

/** Parses one date ("Sept 2018", "09/2018", "2018-09", "2018", "present"). */
export function parseDate(text: string): ResumeDate | null {
  const trimmed = text.trim().replace(/\s+/gu, " ");
  if (WHOLE_PRESENT.test(trimmed)) return { value: "present", text: trimmed, style: "present" };
  if (!WHOLE_DATE.test(trimmed)) return null;
  const lower = trimmed.toLowerCase();
  const year = (lower.match(YEAR_PART)?.[0] ?? "").toUpperCase();
  const monthName = lower.match(MONTH_PART)?.[1].replace(/\.$/u, "");
  const monthNumber = monthName ? MONTH_NUMBERS.get(monthName) : undefined;
  if (monthNumber) return { value: `${year}-${pad(monthNumber)}`, text: trimmed, style: "month-name" };
  const numeric = lower.match(NUMERIC_DATE);
  if (numeric) return { value: `${year}-${pad(Number(numeric[1]))}`, text: trimmed, style: "numeric" };
  const iso = lower.match(ISO_DATE);
  if (iso) return { value: `${year}-${pad(Number(iso[1]))}`, text: trimmed, style: "iso" };
  return { value: year, text: trimmed, style: "year" };
}

/** One end of a range, where an ambiguous month name ("ago 2019") is a month. */
function rangeEnd(text: string): ResumeDate | null {
  const match = text
    .trim()
    .toLowerCase()
    .match(/^(\p{L}+)\.?\s+((?:19|20)(?:\d{2}|xx))$/u);
  const month = match ? AMBIGUOUS_MONTHS.get(match[1]) : undefined;
  if (match && month)
    return { value: `${match[2].toUpperCase()}-${pad(month)}`, text: text.trim(), style: "month-name" };
  return parseDate(text);
}

export interface FoundDates {
  start: ResumeDate | null;
  end: ResumeDate | null;
  /** The matched text, as printed. */
  text: string;
}

/** The first date range in the text, else the first single date (taken as an end date). */
export function findDates(text: string): FoundDates | null {
  // Every date holds a year: most lines have none, and this test is far cheaper than the patterns.
  if (!ANY_YEAR.test(text)) return null;
  const ambiguous = AMBIGUOUS_IN_TEXT.test(text) ? text.match(AMBIGUOUS_RANGE) : null;
  if (ambiguous) {
    return { start: rangeEnd(ambiguous[1]), end: rangeEnd(ambiguous[2]), text: ambiguous[0].trim() };
  }
  const range = text.match(RANGE_PATTERN);
  if (range) {
    return { start: parseDate(range[1]), end: parseDate(range[2]), text: range[0].trim() };
  }
  const short = text.match(SHORT_YEAR_RANGE);
  // The end year comes after the start; "2010-12" with a hyphen is December 2010.
  if (short && Number(short[3]) > Number(short[1].slice(2)) && !(short[2] === "-" && Number(short[3]) <= 12)) {
    const end = `${short[1].slice(0, 2)}${short[3]}`;
    return { start: parseDate(short[1]), end: { value: end, text: short[3], style: "year" }, text: short[0].trim() };
  }
  const open = text.match(OPEN_RANGE);
  if (open) {
    const start = parseDate(open[1] ?? open[2]);
    return { start, end: { value: "present", text: "", style: "present" }, text: open[0].trim() };
  }
  const single = text.match(DATE_PATTERN);
  if (single) return { start: null, end: parseDate(single[0]), text: single[0].trim() };
  return null;
}

/** Removes the matched dates (and a "Grad."-style prefix) from the text. */
export function withoutDates(text: string, found: FoundDates): string {
  const index = text.indexOf(found.text);
  if (index < 0) return text;
  const before = text
    .slice(0, index)
    .replace(/(?:grad(?:uated|uation)?\.?|expected|exp\.?|since|from|class of)\s*$/iu, "");
  // Brackets the dates were set in ("[ 03/2019 – Current ]") go with them.
  return `${before}${text.slice(index + found.text.length)}`.replace(/[[(]\s*[\])]/gu, "");
}

export function isDuration(text: string): boolean {
  return DURATION.test(text.trim());
}

/** Brackets set around a date or range ("[ 03/2019 – Current ]", "(2021)"). */
const ENCLOSING = /^[[(]\s*(.*?)\s*[\])]$/u;

function isDateText(text: string): boolean {
  const trimmed = text.trim().replace(ENCLOSING, "$1").replace(PREFIX_WORDS, "");
  return (
    WHOLE_DATE.test(trimmed) ||
    WHOLE_RANGE.test(trimmed) ||
    WHOLE_PRESENT.test(trimmed) ||
    WHOLE_OPEN_RANGE.test(trimmed) ||
    WHOLE_SHORT_RANGE.test(trimmed) ||
    WHOLE_AMBIGUOUS_RANGE.test(trimmed)
  );
}

const isMetadataPart = (part: string) => isDateText(part) || isDuration(part) || isPlaceName(part);

/** A date, date range, duration or place, alone or a few of them joined by separators. */
export function isMetadataText(text: string): boolean {
  if (isMetadataPart(text)) return true;
  const parts = text
    .split(META_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every(isMetadataPart);
}

/**
 * A "YYYY-MM"/"YYYY" value as a month count, for ordering and gaps. "present" sorts after
 * every date; the scan never compares with today's date, so a PDF always scores the same.
 */
export function monthIndex(value: string | null): number | null {
  if (value === "present") return Number.POSITIVE_INFINITY;
  const match = value?.match(/^(\d{4})(?:-(\d{2}))?$/u);
  if (!match) return null;
  return Number(match[1]) * 12 + (match[2] ? Number(match[2]) - 1 : 0);
}

export const DATE_STYLE_LABELS: Record<DateStyle, string> = {
  "month-name": "month names (Jan 2020)",
  numeric: "numbers (01/2020)",
  iso: "ISO (2020-01)",
  year: "years only (2020)",
  present: "present",
};
