// "a" or "an" by how the next word is said: "an SRE", "a UX designer", "an 8-year run",
// "an 11-person team", "a one-year contract", "an hour", "a NASA team". The `articles`
// package looks the opening letters up in a table built from how Wikipedia's writers
// chose (Nerbonne's a-vs-an data), which covers acronyms and numbers. Pure.
import articles from "articles";

// Acronyms said as words that the 2009 data has not seen.
const SAID_AS_WORDS: Record<string, "a" | "an"> = { FAANG: "a", MAANG: "a", SaaS: "a", GIF: "a", JPEG: "a", YAML: "a" };

/** "a" or "an" for the phrase that follows it. */
export function indefiniteArticle(phrase: string): "a" | "an" {
  const text = phrase.trim().replace(/^["“'‘(]+/, "");
  const first = text.split(/[\s/-]/)[0] ?? "";
  if (first in SAID_AS_WORDS) return SAID_AS_WORDS[first];
  // Numbers by digits: the table reads "1,200" and "1200" alike only without the comma.
  const article = articles.find(text.replace(/^(\d{1,3}),(?=\d{3})/, "$1"));
  return article === "an" ? "an" : "a";
}

/** The phrase with its indefinite article: "an SRE role". A leading "a"/"an" is replaced. */
export function withArticle(phrase: string): string {
  const bare = phrase.trim().replace(/^(?:a|an)\s+/i, "");
  return `${indefiniteArticle(bare)} ${bare}`;
}
