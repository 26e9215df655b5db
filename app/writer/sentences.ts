// Sentences from parts: one capital at the start, one mark at the end, single spaces, and
// no doubled punctuation where a user's phrase already ended in one. Pure.
import { capitalizeFirst } from "./phrases";

/** Joins parts with spaces into one sentence: "Since then, I've" + "built 3 apps" → "Since then, I've built 3 apps." */
export function sentence(...parts: (string | null | undefined | false)[]): string {
  const text = parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/([,;:])(?:\s*[,;:])+/g, "$1")
    .trim();
  if (text === "") return "";
  const ended = /[.!?]["”’)]?$/.test(text) ? text : `${text.replace(/[,;:]$/, "")}.`;
  return capitalizeFirst(ended.replace(/\.{2,}$/, "."));
}

/** Sentences into a paragraph; null, false and empty ones are left out. */
export function joinSentences(sentences: readonly (string | null | undefined | false)[]): string {
  return sentences.filter((s): s is string => typeof s === "string" && s.trim() !== "").join(" ");
}
