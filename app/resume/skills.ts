// The skills taxonomy at work: finds skills in text by any of their names ("k8s" =
// "Kubernetes", "Postgres" = "PostgreSQL"), as whole phrases ("GitHub Actions", "PCI DSS"),
// with versions ("Python 3.11", "C++17"), and what they imply (EKS → Kubernetes, AWS).
// One table for the job match, the evidence check and the spelling rule, so all three
// agree on what a skill is. The data is data/skills.json (see data/SKILLS.md).
import taxonomy from "./data/skills.json";

/** One skill of data/skills.json (written by data/generate-skills.ts). */
export interface SkillEntry {
  name: string;
  aliases?: string[];
  misspellings?: string[];
  implies?: string[];
  caseSensitive?: boolean;
  sources?: string[];
}

const SKILLS = (taxonomy as { skills: SkillEntry[] }).skills;

export const SKILL_COUNT = SKILLS.length;

interface Spelling {
  skill: SkillEntry;
  /** The form as its makers write it; null for a misspelling. */
  proper: string | null;
  caseSensitive: boolean;
  /** An everyday word as well ("Swift", "Ray"): at the start of a sentence it needs company. */
  ambiguous: boolean;
}

const foldKey = (text: string) => text.toLowerCase().replace(/\s+/gu, " ");
const isShort = (form: string) => form.replace(/[^\p{L}\p{N}]/gu, "").length <= 2;

const EXACT = new Map<string, Spelling>();
const FOLDED = new Map<string, Spelling>();
for (const skill of SKILLS) {
  const forms: [string, string | null][] = [
    ...[skill.name, ...(skill.aliases ?? [])].map((form): [string, string] => [form, form]),
    ...(skill.misspellings ?? []).map((form): [string, null] => [form, null]),
  ];
  for (const [form, proper] of forms) {
    // Short forms ("CI", "ML", "R") only as written: lower-case they are other words.
    const caseSensitive = proper !== null && (skill.caseSensitive === true || isShort(form));
    const spelling: Spelling = {
      skill,
      proper,
      caseSensitive,
      ambiguous: skill.caseSensitive === true && /^\p{Lu}\p{Ll}+$/u.test(form),
    };
    if (caseSensitive) {
      if (!EXACT.has(form.replace(/\s+/gu, " "))) EXACT.set(form.replace(/\s+/gu, " "), spelling);
    } else if (!FOLDED.has(foldKey(form))) {
      FOLDED.set(foldKey(form), spelling);
    }
  }
}

// Words of a name may be joined by spaces or hyphens ("Spring-Boot", "scikit learn").
const escape = (text: string) =>
  text
    .split(/[\s-]+/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"))
    .join("[\\s-]*");

// Letters or digits must not touch a name; a version may follow it ("Python 3.11", "C++17", "Vue 3").
// A name made into a modifier ("Rails-style conventions", "Erlang-inspired actors") says
// the thing resembles the skill, not that anyone used it.
const VERSION = String.raw`(?:[\s-]?v?\d+(?:\.\d+)*\+?)?`;
const BEFORE = String.raw`(?<![\p{L}\p{N}_@#+.])`;
const AFTER = String.raw`(?![\p{L}\p{N}_+#]|\.[\p{L}\p{N}]|[-‐](?:style|like|inspired|esque|flavou?red)(?![\p{L}]))`;

// An acronym takes a plural "s" ("PLCs", "ECUs", "SDKs"): the same skill.
const ACRONYM = /^[\p{Lu}\p{N}+#/.-]*\p{Lu}$/u;
const PLURAL = /(?<=\p{Lu})s$/u;
const namePart = (form: string) => (form.length >= 2 && ACRONYM.test(form) ? `${escape(form)}s?` : escape(form));

/**
 * The names as one alternation, longest first, cut by the names' first character. A regex
 * of some 2,000 alternatives tries each of them at every position of the text, which made
 * the spelling check a third of a scan; `namesIn` tries at each position only the names
 * that can start there, in the same order, so it finds exactly what `matchAll` with the
 * whole alternation would find. Most words are no name at all, and even those few names
 * took most of a scan's scoring at every word: the pattern is tried only where the text
 * spells out a whole name (`spellsName`, on a trie of the names), which it needs to match.
 */
interface NamePattern {
  /** Where a name may start: after no letter, digit or joining mark, at a name's first character. */
  starts: RegExp;
  /** Sticky: the names with that first character, tried at one position of the text. */
  byFirst: Map<string, RegExp>;
  /** Every name, spelt out as `spellsName` reads a text. */
  trie: NameTrie;
  ignoreCase: boolean;
}

/** The names' characters by their `charCode` key, a name's joiners each there or not. */
interface NameTrie {
  next: Map<number, NameTrie>;
  /** A name ends here (or goes on with a character outside ASCII, which is not keyed). */
  ends: boolean;
}

// Every name starts with an ASCII character (checked below). Outside ASCII, case folding
// takes only these two to one: the long s to "s" and the Kelvin sign to "k" (skills.test.ts
// checks every code point).
export const FOLDS_INTO_ASCII: Record<string, string> = { "\u017f": "s", "\u212a": "k" };

// A name's words are joined in its pattern by any run of spaces and hyphens, or by none;
// in a text such a run reads as one space.
const JOINED = 0x20;
const isJoiner = (code: number, char: string) =>
  code < 0x80 ? code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d) : /^\s$/u.test(char);

/**
 * The key of one character. Where case is ignored, every character that a name's character
 * matches has that one's key: ASCII letters in lower case, and outside ASCII only the two
 * of FOLDS_INTO_ASCII match one (names' characters outside ASCII have no key).
 */
function charCode(char: string, ignoreCase: boolean): number {
  const code = char.charCodeAt(0);
  if (!ignoreCase) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code < 0x80 ? code : (FOLDS_INTO_ASCII[char]?.charCodeAt(0) ?? code);
}

function addToTrie(trie: NameTrie, form: string, ignoreCase: boolean): void {
  const child = (node: NameTrie, key: number) => {
    const next = node.next.get(key) ?? { next: new Map(), ends: false };
    node.next.set(key, next);
    return next;
  };
  let nodes = [trie];
  const words = form.split(/[\s-]+/u);
  spell: for (const [w, word] of words.entries()) {
    if (w > 0) nodes = nodes.flatMap((node) => [node, child(node, JOINED)]);
    for (const char of word) {
      if (!/^[\x21-\x7e]$/u.test(char)) break spell;
      nodes = nodes.map((node) => child(node, charCode(char, ignoreCase)));
    }
  }
  for (const node of nodes) node.ends = true;
}

/** True when the text at `at` spells out a whole name of the pattern (what follows aside). */
function spellsName(text: string, at: number, pattern: NamePattern): boolean {
  let node: NameTrie | undefined = pattern.trie;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let key: number;
    if (isJoiner(code, text[i])) {
      key = JOINED;
      while (i + 1 < text.length && isJoiner(text.charCodeAt(i + 1), text[i + 1])) i++;
    } else key = charCode(text[i], pattern.ignoreCase);
    node = node.next.get(key);
    if (!node) return false;
    if (node.ends) return true;
  }
  return false;
}

function namePattern(forms: Iterable<string>, ignoreCase: boolean): NamePattern {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const flags = ignoreCase ? "iuy" : "uy";
  const compile = (names: string[]) =>
    new RegExp(`${BEFORE}(?:${names.map(namePart).join("|")})${VERSION}${AFTER}`, flags);
  const key = (char: string) => (ignoreCase ? char.toLowerCase() : char);
  const groups = new Map<string, string[]>();
  for (const form of sorted) {
    // A first character that is neither a space nor a hyphen is a literal one in the pattern.
    if (!/^[\x21-\x2c\x2e-\x7e]/u.test(form))
      throw new Error(`skills.json: a name starts oddly: ${JSON.stringify(form)}`);
    groups.set(key(form[0]), [...(groups.get(key(form[0])) ?? []), form]);
  }
  const firsts = [...groups.keys()].flatMap((first) =>
    ignoreCase
      ? [first, first.toUpperCase(), ...Object.keys(FOLDS_INTO_ASCII).filter((c) => FOLDS_INTO_ASCII[c] === first)]
      : [first],
  );
  const hex = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  const trie: NameTrie = { next: new Map(), ends: false };
  for (const form of sorted) addToTrie(trie, form, ignoreCase);
  return {
    starts: new RegExp(`(?<![A-Za-z0-9_@#+.])[${firsts.map(hex).join("")}]`, "gu"),
    byFirst: new Map([...groups].map(([first, names]) => [first, compile(names)])),
    trie,
    ignoreCase,
  };
}

/** Every name written in `text`, left to right and not overlapping, as `matchAll` would find them. */
function namesIn(text: string, pattern: NamePattern): { written: string; index: number }[] {
  const found: { written: string; index: number }[] = [];
  const { starts } = pattern;
  starts.lastIndex = 0;
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    const at = start.index;
    const char = text[at];
    const regex = pattern.byFirst.get(pattern.ignoreCase ? (FOLDS_INTO_ASCII[char] ?? char.toLowerCase()) : char);
    if (!regex || !spellsName(text, at, pattern)) continue;
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (!match) continue;
    found.push({ written: match[0], index: at });
    starts.lastIndex = at + match[0].length;
  }
  return found;
}

const EXACT_PATTERN = namePattern(EXACT.keys(), false);
const FOLDED_PATTERN = namePattern(FOLDED.keys(), true);
// In a list of skills ("python, go, docker") every name may be written in lower case.
const LIST_PATTERN = namePattern([...EXACT.keys(), ...FOLDED.keys()], true);

const stripVersion = (written: string) => written.replace(/[\s-]?v?\d+(?:\.\d+)*\+?$/u, "");
// Hyphens and spaces are interchangeable in the patterns ("Spring-Boot", "scikit learn").
const squash = (text: string) => text.replace(/[\s-]+/gu, "");

const BY_SQUASHED = new Map<string, { form: string; spelling: Spelling }[]>();
for (const [form, spelling] of [...EXACT.entries(), ...FOLDED.entries()]) {
  const key = squash(form).toLowerCase();
  BY_SQUASHED.set(key, [...(BY_SQUASHED.get(key) ?? []), { form, spelling }]);
}

function spellingOf(written: string, list: boolean): Spelling | null {
  for (const candidate of [written, stripVersion(written), written.replace(PLURAL, "")]) {
    const options = BY_SQUASHED.get(squash(candidate).toLowerCase()) ?? [];
    const found = list
      ? options[0]
      : (options.find(({ form, spelling }) => spelling.caseSensitive && squash(form) === squash(candidate)) ??
        options.find(({ spelling }) => !spelling.caseSensitive));
    if (found) return found.spelling;
  }
  return null;
}

interface RawHit {
  spelling: Spelling;
  written: string;
  index: number;
}

function rawHits(text: string, list: boolean): RawHit[] {
  const hits: RawHit[] = [];
  for (const pattern of list ? [LIST_PATTERN] : [EXACT_PATTERN, FOLDED_PATTERN]) {
    for (const { written, index } of namesIn(text, pattern)) {
      const spelling = spellingOf(written, list);
      if (spelling) hits.push({ spelling, written, index });
    }
  }
  // Overlaps: the longer name wins ("React Native" over "React"), then the earlier.
  hits.sort((a, b) => a.index - b.index || b.written.length - a.written.length);
  const kept: RawHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.index < last.index + last.written.length) {
      if (hit.written.length > last.written.length) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

// What follows an everyday-word name at a line's start when it is the skill: "Rust is a
// plus", "Swift experience", "Go knowledge", "Snowflake or a similar warehouse", "Photon
// for the lobby" (not "Go for it"), or nothing; emoji in between are skipped ("Rust 🦀, Go").
const SKILL_CONTEXT =
  /^(?:[ \t\p{Extended_Pictographic}\p{Regional_Indicator}]|\p{Emoji_Modifier}|\uFE0F)*(?:$|\n|[(,/+;:]|or\b|for\b(?!\s+it\b)|(?:experience|knowledge|expertise|skills?|proficiency|background|programming|development|developers?|engineers?|is (?:a )?(?:plus|bonus|required|preferred|nice to have)|(?:a )?plus\b|preferred|required))/iu;

/** True when the hit opens a sentence or a line, where any word takes a capital. */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return /(?:^|[\n.!?:;]\s*|^\s*[-*•·]\s*)$/u.test(before) || /(?:^|\n)\s*(?:[-*•·]\s*)?$/u.test(before);
}

// Text from PDFs and pastes carries invisible characters inside words (soft hyphens, zero-
// width spaces and joiners, direction marks) and compatibility forms (fullwidth letters,
// "ﬁ" ligatures). Names are matched on a folded copy without them; each folded character
// remembers where it came from, so hits point into the text as given.
const NEEDS_FOLDING = /[\p{Cf}\uFB00-\uFB06\uFF01-\uFF5E]/u;
const INVISIBLE = /^\p{Cf}$/u;

interface Folded {
  text: string;
  /** Where the folded character at an index starts in the original text. */
  start: (index: number) => number;
  /** Where it ends (exclusive). */
  end: (index: number) => number;
}

function fold(original: string): Folded {
  if (!NEEDS_FOLDING.test(original)) return { text: original, start: (i) => i, end: (i) => i + 1 };
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of original) {
    const next = at + char.length;
    const folded = INVISIBLE.test(char) ? "" : NEEDS_FOLDING.test(char) ? char.normalize("NFKC") : char;
    for (let i = 0; i < folded.length; i++) {
      starts.push(at);
      ends.push(next);
    }
    text += folded;
    at = next;
  }
  return {
    text,
    start: (i) => starts[i] ?? original.length,
    end: (i) => ends[i] ?? original.length,
  };
}

export interface SkillHit {
  /** The skill's canonical name. */
  skill: string;
  /** Where it was written (for implied skills: where the skill implying it was). */
  index: number;
  written: string;
  /** Found through another skill ("EKS" shows Kubernetes). */
  impliedBy: string | null;
}

const BY_NAME = new Map(SKILLS.map((skill) => [skill.name, skill]));

function implied(name: string, seen = new Set<string>()): string[] {
  for (const next of BY_NAME.get(name)?.implies ?? []) {
    if (seen.has(next) || !BY_NAME.has(next)) continue;
    seen.add(next);
    implied(next, seen);
  }
  return [...seen];
}

export interface FindOptions {
  /** The text is a list of skills: names match in any case. */
  list?: boolean;
  /** Add the skills the found ones imply. */
  withImplied?: boolean;
}

/**
 * Skills written in a text, in order. An everyday word that opens a sentence ("Swift
 * delivery matters") counts only when the sentence names another skill.
 */
export function findSkills(original: string, options: FindOptions = {}): SkillHit[] {
  const { text, start: startOf, end: endOf } = fold(original);
  const raw = rawHits(text, options.list === true);
  const sentenceOf = (index: number) => {
    const start = Math.max(
      text.lastIndexOf("\n", index),
      ...[". ", "! ", "? "].map((end) => text.lastIndexOf(end, index)),
    );
    const ends = ["\n", ". ", "! ", "? "].map((end) => text.indexOf(end, index)).filter((at) => at >= 0);
    return [start + 1, ends.length ? Math.min(...ends) : text.length];
  };
  const kept = raw.filter((hit) => {
    if (options.list || !hit.spelling.ambiguous || !opensSentence(text, hit.index)) return true;
    if (SKILL_CONTEXT.test(text.slice(hit.index + hit.written.length))) return true;
    const [start, end] = sentenceOf(hit.index);
    return raw.some((other) => other !== hit && other.index >= start && other.index < end && !other.spelling.ambiguous);
  });
  // Back to the text as given: where the name starts, and what was written there.
  const hits: SkillHit[] = kept.map((hit) => ({
    skill: hit.spelling.skill.name,
    index: startOf(hit.index),
    written: original.slice(startOf(hit.index), endOf(hit.index + hit.written.length - 1)),
    impliedBy: null,
  }));
  if (options.withImplied) {
    for (const hit of [...hits]) {
      for (const name of implied(hit.skill))
        hits.push({ skill: name, index: hit.index, written: hit.written, impliedBy: hit.skill });
    }
  }
  return hits;
}

/** The canonical name of a skill as written ("k8s" → "Kubernetes"), or null if it is not one. */
export function canonicalSkill(text: string): string | null {
  const trimmed = text.trim();
  const hit = findSkills(trimmed, { list: true })[0];
  return hit && hit.index === 0 && hit.written.length >= trimmed.replace(/[.,;]$/u, "").length ? hit.skill : null;
}

// ---------------------------------------------------------------------------
// Spelling
// ---------------------------------------------------------------------------

// Case only matters where the real name has a telling case ("GitHub", "iOS", "SQL"), not
// for plain words ("machine learning", "Python") that take a capital at a line's start.
const hasTellingCase = (name: string) => /\p{Lu}/u.test(name.slice(1)) || /^\p{Ll}.*\p{Lu}/u.test(name);

const WEB_ADDRESS =
  /\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|ai|app|me|edu|gov|uk|de|fr|in|ca|us)\b(?:\/\S*)?/giu;

// Every address WEB_ADDRESS finds holds one of these; most lines hold none, and the search
// itself backtracks over every word.
const MAY_HOLD_ADDRESS = /[@:]|\.\S/u;

export interface Misspelling {
  written: string;
  correct: string;
}

/**
 * Tech names written another way than their makers spell them ("Javascript", "Github",
 * "Kubernates"). Only the curated names are checked: their spellings were reviewed by us.
 * URLs and e-mail addresses are skipped.
 */
export function findMisspelledTerms(text: string): Misspelling[] {
  const found: Misspelling[] = [];
  for (const { spelling, written } of rawHits(
    MAY_HOLD_ADDRESS.test(text) ? text.replace(WEB_ADDRESS, " ") : text,
    false,
  )) {
    const { skill, proper } = spelling;
    if (!skill.sources?.includes("curated") || spelling.caseSensitive) continue;
    const bare = stripVersion(written.replace(/\s+/gu, " "));
    const correct =
      proper === null
        ? skill.name
        : bare !== proper && bare.toLowerCase() === proper.toLowerCase() && hasTellingCase(proper)
          ? proper
          : null;
    if (correct && !found.some((item) => item.written === bare)) found.push({ written: bare, correct });
  }
  return found;
}
