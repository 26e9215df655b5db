// Rewrites for weak bullets. Deterministic and honest: the user's facts are kept, and
// where a number is missing a bracketed placeholder ("by [X%]") marks the spot — a
// figure is never invented. (A language model may later phrase these more fluently; the
// score never depends on it.)
import { pastTense, verbForm } from "./lexicon.ts";
import { firstWord, isQuantified, leadingVerb, weakOpener } from "./score.ts";
import { words } from "./text.ts";
import type { BulletSuggestion, ParsedResume } from "./types.ts";

export const MAX_SUGGESTIONS = 15;

// Verbs whose object is a quantity that moved, so "by [X%]" reads naturally after them.
const CHANGE_VERBS = new Set([
  "accelerate", "boost", "cut", "decrease", "double", "expand", "grow", "halve", "improve", "increase", "lower",
  "optimize", "optimise", "raise", "reduce", "save", "scale", "shorten", "speed", "strengthen", "streamline", "triple",
]);

/** "managing" → "managed"; null when the word is not a known verb. */
function pastOf(word: string): string | null {
  const form = verbForm(word);
  return form ? pastTense(form.base) : null;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Rewrite {
  text: string;
  reasons: string[];
}

/** Replaces a duty phrase ("Responsible for managing …") with what was done. */
function replaceWeakOpener(text: string, opener: string): string {
  const rest = text.slice(opener.length).trim();
  const [next = "", ...tail] = rest.split(/\s+/u);
  const nextPast = pastOf(next);
  switch (opener) {
    case "responsible for":
    case "in charge of":
    case "tasked with":
    case "duties included":
    case "duties include":
      return nextPast ? `${nextPast} ${tail.join(" ")}` : `${opener === "in charge of" ? "Led" : "Owned"} ${rest}`;
    case "helped":
    case "helping":
    case "help":
    case "assisted":
    case "assisting": {
      // "Helped build X" / "Assisted with deploying X": keep that it was shared work.
      const [action = "", ...object] = rest.replace(/^(?:to|with|in)\s+/iu, "").split(/\s+/u);
      const verb = verbForm(action);
      if (verb) return `Collaborated with [team or person] to ${verb.base} ${object.join(" ")}`;
      return /^with\s/iu.test(rest) ? `Supported [team or person] ${rest}` : `Supported ${rest}`;
    }
    case "worked on":
    case "working on":
      return `[Built / Improved / Delivered] ${rest}`;
    case "participated in":
    case "involved in":
      return `Contributed [your part] to ${rest}`;
    default:
      // "Was part of the platform team" → "[What you did] as part of the platform team".
      return `[What you did] as ${rest}`;
  }
}

function rewriteBullet(bullet: string, jobEnded: boolean): Rewrite {
  const reasons: string[] = [];
  let text = bullet.trim().replace(/[.;]$/u, "");

  if (/^(?:I|We)\s+/u.test(text) || /\b(?:my|My)\b/u.test(text)) {
    text = text.replace(/^(?:I|We)\s+/u, "").replace(/\bmy\b/gu, "the").replace(/\bMy\b/gu, "The");
    reasons.push("drops the first person");
  }
  const opener = weakOpener(text);
  if (opener) {
    reasons.push(`replaces "${text.slice(0, opener.length)}" with what you did`);
    text = replaceWeakOpener(text, opener);
  }
  const form = leadingVerb(text);
  if (jobEnded && form && (form.form === "base" || form.form === "third-person")) {
    text = `${pastTense(form.base)}${text.slice(firstWord(text).length)}`;
    reasons.push("uses the past tense for a finished job");
  }
  if (!isQuantified(text)) {
    const describesChange = words(text)
      .slice(0, 8)
      .some((word) => CHANGE_VERBS.has(verbForm(word)?.base ?? ""));
    text = describesChange ? `${text} by [X%]` : `${text}, improving [metric] by [X%]`;
    reasons.push("marks where a real number belongs");
  }
  return { text: `${capitalize(text.replace(/\s+/gu, " ").trim())}.`, reasons };
}

export function suggestRewrites(resume: ParsedResume): BulletSuggestion[] {
  const suggestions: BulletSuggestion[] = [];
  for (const job of resume.experience) {
    const ended = job.end !== null && job.end !== "present";
    const entry = [job.title, job.company].filter(Boolean).join(", ") || job.header;
    for (const bullet of job.bullets) {
      const { text, reasons } = rewriteBullet(bullet, ended);
      if (reasons.length > 0) suggestions.push({ entry, original: bullet, rewrite: text, reasons });
    }
  }
  // Duty phrases and first person first: they gain the most from a rewrite.
  const weight = (suggestion: BulletSuggestion) => (suggestion.reasons.length > 1 || !suggestion.reasons[0].startsWith("marks") ? 0 : 1);
  return suggestions
    .map((suggestion, order) => ({ suggestion, order }))
    .sort((a, b) => weight(a.suggestion) - weight(b.suggestion) || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ suggestion }) => suggestion);
}
