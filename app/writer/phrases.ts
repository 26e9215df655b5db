// The user's own phrases, handled whole: cleaned of stray punctuation, split into the
// clauses a writer could keep or leave out, shortened only by leaving out whole clauses,
// and fitted to the start of a sentence without changing what they say. Pure.
import { canonicalSkill } from "~/resume/skills";
import { COMMON_WORDS } from "./common-words";
import roleWords from "./data/role-words.json";
import { lexiconKnowsAsCommon, sentencesOf, tag } from "./nlp.server";
import { phraseShape, sentenceCaseFirst } from "./verbs";

export { sentencesOf };

/** Collapses whitespace, drops wrapping quotes and trailing . , ; : so the phrase can sit inside a sentence. */
export function cleanPhrase(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["“]([^"”]*)["”]$/, "$1")
    .replace(/[\s.,;:]+$/, "")
    .trim();
}

/** One clause of a text and what joined it to the one before ("", ", ", " and ", "; "…). */
export interface Clause {
  text: string;
  joiner: string;
}

// Where a new clause may start inside a sentence: after ";", or after "," / "and" / "or"
// when what follows is a verb phrase of its own ("…, and rebuilt the CI pipeline",
// "…, cutting failed payments by 30%") or a relative clause ("…, which…").
const SEMICOLON = /;\s+/;
const JOINER = /(,\s+(?:and\s+|or\s+|but\s+)?|\s+(?:and|but)\s+|\s+(?=(?:where|which|while|who|whose)\s))/;
const RELATIVE = /^(?:which|where|while|who|so that|because)\b/i;
// -ing words that are prepositions: "…, including the results page" belongs to what precedes it.
const PREPOSITION_ING =
  /^(?:including|excluding|following|regarding|according|concerning|involving|spanning|covering)\b/i;

function startsOwnClause(rest: string, before: string): boolean {
  // "Designed and built X": a lone verb before "and" shares the object that follows.
  if (before.trim().split(/\s+/).length < 2) return false;
  if (RELATIVE.test(rest)) return true;
  if (PREPOSITION_ING.test(rest)) return false;
  // "…, used by 4,000 drivers": a participle with "by" describes what precedes it.
  if (/^\p{L}+(?:ed|en|wn|lt|ght)\s+by\b/iu.test(rest)) return false;
  const shape = phraseShape(rest);
  return shape === "past_verb" || shape === "base_verb" || shape === "gerund" || shape === "with_subject";
}

/** The clauses of a text, in order; joining `joiner + text` of each gives the text back. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  // A dot inside a word ("Next.js", "Node.js", "v2.1") never ends a sentence.
  const DOT = "\u2024";
  const protectedText = cleanPhrase(text).replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, DOT);
  sentencesOf(protectedText)
    .map((s) => s.replaceAll(DOT, "."))
    .forEach((sentence, sentenceIndex) => {
      const body = sentence.replace(/[\s.!?]+$/, "");
      body.split(SEMICOLON).forEach((part, partIndex) => {
        const pieces = part.split(JOINER);
        let current = pieces[0];
        let joiner = sentenceIndex === 0 && partIndex === 0 ? "" : partIndex === 0 ? ". " : "; ";
        for (let i = 1; i < pieces.length; i += 2) {
          const rest = pieces.slice(i + 1).join("");
          if (startsOwnClause(rest, current)) {
            clauses.push({ text: current, joiner });
            joiner = pieces[i];
            current = pieces[i + 1];
          } else {
            current += pieces[i] + pieces[i + 1];
          }
        }
        clauses.push({ text: current, joiner });
      });
    });
  return clauses.filter((c) => c.text.trim() !== "");
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The first `count` clauses as one phrase; a dropped "and C" turns "A, B" into "A and B". */
function joinClauses(clauses: Clause[], count: number): string {
  const kept = clauses.slice(0, count);
  const dropped = clauses[count];
  return kept
    .map((c, i) => {
      if (i === 0) return c.text;
      const isLastKept = i === kept.length - 1;
      const joiner = isLastKept && dropped && c.joiner === ", " && /\band\b/.test(dropped.joiner) ? " and " : c.joiner;
      return joiner + c.text;
    })
    .join("")
    .replace(/[\s,;:]+$/, "");
}

/** The first `count` whole clauses of a text, rejoined. */
export function firstClauses(text: string, count: number): string {
  return joinClauses(clausesOf(text), count);
}

/**
 * The longest run of whole clauses from the start of `text` within `maxWords` words, or
 * null when even the first clause is longer. Never cuts inside a clause, so a fact such
 * as "from 6 hours to 40 minutes" is either there whole or not there.
 */
export function keepWholeClauses(text: string, maxWords: number): string | null {
  const clauses = clausesOf(text);
  for (let count = clauses.length; count > 0; count--) {
    const phrase = joinClauses(clauses, count);
    if (wordsIn(phrase) <= maxWords) return phrase;
  }
  return null;
}

/** The text without the first lead-in that matches ("I'm looking for", "I want to"…). */
export function stripLeadIn(text: string, leadIns: readonly RegExp[]): string {
  const trimmed = text.trim();
  for (const leadIn of leadIns) {
    const match = leadIn.exec(trimmed);
    if (match && match.index === 0) return trimmed.slice(match[0].length).trim();
  }
  return trimmed;
}

// Parts of speech that are capitalised only because they start the phrase.
const ORDINARY_POS = new Set(["VERB", "AUX", "DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "PART", "ADJ", "NUM"]);

const ROLE_WORDS = new Set(roleWords.words);

/**
 * Lower-cases the first letter when the first word is an ordinary word capitalised only
 * because it started a line ("Led…" → "led…", "A senior role" → "a senior role",
 * "Volunteer work" → "volunteer work"), and leaves names and acronyms ("Stripe", "AWS",
 * "React", "Kotlin", "iOS", "Apple Pay") as written. A capitalised noun with no evidence
 * either way stays as written: lower-casing a name would change a fact. `namesElsewhere`
 * is the rest of the person's text: a word they capitalise mid-sentence there is a name.
 */
export function lowerFirst(text: string, namesElsewhere = ""): string {
  const first = text.match(/^\S+/)?.[0] ?? "";
  const word = first.replace(/[^\p{L}'-]/gu, "");
  if (!/^\p{Lu}[\p{Ll}'-]*$/u.test(word) || word === "I" || /^I['’]/.test(first)) return text;
  const lower = word.toLowerCase();
  const second = text.split(/\s+/)[1] ?? "";
  const skill = canonicalSkill(word);
  const isName =
    (skill !== null && /\p{Lu}/u.test(skill)) ||
    // "Google Cloud…", "New York…": a capitalised word after it; not an acronym ("Run IT for…").
    /^\p{Lu}(?!\p{Lu}+\b)/u.test(second) ||
    new RegExp(`[\\p{Ll},]\\s+${word}\\b`, "u").test(namesElsewhere);
  if (isName) return text;
  // Tagged as it would be mid-sentence: a verb or adjective is ordinary, as is a word the
  // role lexicon or compromise's curated lexicon lists as common.
  const [token] = tag(sentenceCaseFirst(text));
  const ordinary =
    COMMON_WORDS.has(lower) ||
    ROLE_WORDS.has(lower) ||
    lexiconKnowsAsCommon(lower) ||
    (token !== undefined && ORDINARY_POS.has(token.pos));
  return ordinary ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Capitalises the first letter (for the start of a sentence); the rest is unchanged. */
export function capitalizeFirst(text: string): string {
  return text.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
