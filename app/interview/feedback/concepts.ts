// The concept thesaurus (content/concepts.json): a talking point's terms ("idempoten*",
// "consistent hash*") stand for a concept an answer can also make in plain words ("a unique
// token per attempt", "machines placed around a circle"). A point whose keywords name one of a
// concept's terms is matched by the concept's paraphrases too. A paraphrase "a + b" needs both
// parts in the same sentence. Each concept may list misconceptions: wrong things said with its
// terms ("LRU removes the most recently used"), which make the sentence a wrong claim unless
// the sentence negates them.
import { z } from "zod";
import raw from "../content/concepts.json";
import { readContent } from "../read-content.ts";

const phrases = z.array(z.string().min(1));

const CONCEPTS = readContent(
  "concepts.json",
  raw,
  z.strictObject({
    about: z.string(),
    concepts: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          terms: phrases.min(1),
          paraphrases: phrases.min(1),
          misconceptions: phrases.optional(),
        }),
      )
      .min(1),
  }),
).concepts;

export interface Concept {
  name: string;
  terms: readonly string[];
  paraphrases: readonly string[];
  misconceptions: readonly string[];
}

const normalise = (keyword: string) => keyword.trim().toLowerCase();

const BY_TERM = new Map<string, Concept[]>();
for (const concept of CONCEPTS) {
  const entry: Concept = { ...concept, misconceptions: concept.misconceptions ?? [] };
  for (const term of concept.terms) BY_TERM.set(normalise(term), [...(BY_TERM.get(normalise(term)) ?? []), entry]);
}

/** Every concept, for checks on the data. */
export const ALL_CONCEPTS: readonly Concept[] = [...new Set([...BY_TERM.values()].flat())];

/** The concepts a point's keywords name. */
export function conceptsOf(keywords: readonly string[]): Concept[] {
  return [...new Set(keywords.flatMap((keyword) => BY_TERM.get(normalise(keyword)) ?? []))];
}

/** A point's keywords with the paraphrases of the concepts they name, its own first. */
export function expandKeywords(keywords: readonly string[]): string[] {
  const own = new Set(keywords.map(normalise));
  const added = conceptsOf(keywords).flatMap((concept) => concept.paraphrases.filter((p) => !own.has(normalise(p))));
  return [...keywords, ...new Set(added)];
}
