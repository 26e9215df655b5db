// The composition layer's English models: wink-nlp with its light English model (part of
// speech, lemma, sentences) and compromise's verb conjugation. wink tags because it reads
// the noun compounds our users write ("backend engineering on a product team", "contract
// work") as nouns; compromise conjugates because wink cannot. See
// docs/decisions/2026-12-03-composition-layer.md. Server-only (".server") so the 4 MB of
// models never reach a browser bundle; pure, no I/O. The models load on first use, not at
// server start (about 70 MB and 2 s that most requests never need).
import { lazyPackage } from "~/server/lazy-package";
import { memoized } from "./memo.ts";

const compromise = lazyPackage<typeof import("compromise").default>("compromise");
const winkNLP = lazyPackage<typeof import("wink-nlp").default>("wink-nlp");
const winkModel = lazyPackage<typeof import("wink-eng-lite-web-model").default>("wink-eng-lite-web-model");

let winkReader: ReturnType<ReturnType<typeof winkNLP>> | undefined;
const wink = () => (winkReader ??= winkNLP()(winkModel()));

/** A word as the tagger read it. `pos` is a Universal Dependencies tag (VERB, NOUN…). */
export interface TaggedToken {
  text: string;
  lemma: string;
  pos: string;
}

/** The tokens of a short text, with part of speech and lemma. */
export const tag = memoized(tagUncached);

function tagUncached(text: string): TaggedToken[] {
  const doc = wink().readDoc(text);
  const its = wink().its;
  const words = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  // The lite model's lemma addon is typed loosely; it returns a string per token.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  return words.map((word, i) => ({ text: word, lemma: lemmas[i], pos: pos[i] }));
}

/** The sentences of a text, as written (abbreviations such as "e.g." and "U.S." kept whole). */
export function sentencesOf(text: string): string[] {
  if (text.trim() === "") return [];
  return wink()
    .readDoc(text)
    .sentences()
    .out()
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A verb's forms as compromise conjugates it; fields are missing where it has none. */
export interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  Participle?: string;
  Gerund?: string;
}

// compromise types its plugin methods as `object`; these are the two this layer calls.
const verbMethods = () =>
  (
    compromise().methods() as {
      two: {
        transform: {
          verb: {
            conjugate(verb: string, model: object): Conjugation;
            toInfinitive(verb: string, model: object): string;
          };
        };
      };
    }
  ).two.transform.verb;

/** compromise's forms of a verb given in its base form. */
export function conjugate(infinitive: string): Conjugation | null {
  return verbMethods().conjugate(infinitive, compromise().model()) ?? null;
}

/** compromise's base form of a verb form ("caring" → "care"); "" when it has none. */
export function toInfinitive(verb: string): string {
  return verbMethods().toInfinitive(verb, compromise().model()) ?? "";
}

/** Whether compromise reads the first word of a fragment as a past-tense verb after "I"
 *  ("rewrote", which wink's lexicon lacks). A second opinion for verb shapes. */
export function readsAsPastAfterI(text: string): boolean {
  const terms = compromise()(`I ${text}`).terms().json() as { terms: { tags: string[] }[] }[];
  return terms[1]?.terms[0]?.tags.includes("PastTense") ?? false;
}

/** compromise's base form of a verb read in context ("rewrote" → "rewrite"); "" when none. */
export function infinitiveAfterI(verb: string): string {
  const text = (compromise()(`I ${verb}`).verbs().toInfinitive().text() as string).trim();
  return text.replace(/^I\s+/i, "").toLowerCase();
}

const COMMON_TAGS =
  /^(?:Infinitive|PresentTense|PastTense|Gerund|Participle|Adjective|Adverb|Singular|Plural|Uncountable|Determiner|Preposition|Conjunction|Pronoun|Actor|Comparative|Superlative)$/;

/** Whether compromise's curated lexicon lists a lower-case word as an ordinary word (not
 *  a name): "volunteer", "design", "release" yes; "stripe", "kotlin", "roadmap" no. */
export function lexiconKnowsAsCommon(word: string): boolean {
  const tags = (compromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon[
    word.toLowerCase()
  ];
  return tags !== undefined && [tags].flat().every((t) => COMMON_TAGS.test(t));
}
