// Length as a listener or reader meets it: spoken words and seconds, sentences, and
// length control that chooses whole sentences, never cutting one. Pure.

/** Words per minute of a calm interview answer. */
export const SPEAKING_WORDS_PER_MINUTE = 150;

const SPOKEN_WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Words as a listener hears them: tokens with a letter or digit ("—" is not a word). */
export function countWords(text: string): number {
  return text.match(SPOKEN_WORD)?.length ?? 0;
}

/** Seconds to say `words` words at an interview pace. */
export function speakingSeconds(words: number): number {
  return Math.round((words / SPEAKING_WORDS_PER_MINUTE) * 60);
}

/** Sentences ending in . ! or ?, counting a final one without end punctuation. */
export function countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

/** One sentence of a text being fitted: `priority` 0 is kept first; `required` always. */
export interface SentenceChoice {
  text: string | null;
  priority: number;
  required?: boolean;
}

/**
 * Keeps whole sentences, in their order, dropping the optional ones of lowest priority
 * (highest number; later first among equals) until the text has at most `maxWords`
 * words. Required sentences are always kept, even over the limit: the caller chooses the
 * fitting variant (see `firstFitting`).
 */
export function fitSentences(choices: readonly SentenceChoice[], maxWords: number): string[] {
  const present = choices.map((c, index) => ({ ...c, index })).filter((c) => c.text !== null && c.text !== "");
  const kept = new Set(present.map((c) => c.index));
  const words = () => present.filter((c) => kept.has(c.index)).reduce((n, c) => n + countWords(c.text!), 0);
  const droppable = present.filter((c) => !c.required).sort((a, b) => b.priority - a.priority || b.index - a.index);
  for (const choice of droppable) {
    if (words() <= maxWords) break;
    kept.delete(choice.index);
  }
  return present.filter((c) => kept.has(c.index)).map((c) => c.text!);
}

/** The first candidate that fits, or the last (the shortest) when none does. */
export function firstFitting<T>(candidates: readonly T[], fits: (candidate: T) => boolean): T {
  return candidates.find(fits) ?? candidates[candidates.length - 1];
}
