// Rewrites for weak bullets, only where a rewrite helps and can be done without guessing:
// a duty phrase before a verb ("Responsible for building X" → "Built X"), first person
// ("I built X" → "Built X"), present tense in a finished job ("Manage X" → "Managed X"),
// and, for a bullet that says something changed, "by [X%]" where the missing number goes.
// Every other word is the person's own; tense changes come from the shared composition
// layer (~/writer/compose), and a rewrite is kept only if it still reads as a sentence
// that opens with a past-tense verb. Bullets that describe a product or a team rather
// than an action ("Phabricator is used daily by…") get no rewrite: that needs the
// person's own words, and the findings say so.
import { asPastVerbPhrase, capitalizeFirst, phraseShape } from "~/writer/compose";
import { verbForm } from "./lexicon.ts";
import { isQuantified, leadingVerb, weakOpener } from "./score.ts";
import type { BulletSuggestion, ParsedResume } from "./types.ts";

export const MAX_SUGGESTIONS = 15;

// Verbs whose object is a quantity that moved: "Reduced build time" → "… by [X%]".
const CHANGE_VERBS = new Set([
  "accelerate",
  "boost",
  "cut",
  "decrease",
  "double",
  "grow",
  "halve",
  "improve",
  "increase",
  "lower",
  "raise",
  "reduce",
  "save",
  "shorten",
  "speed",
  "triple",
]);

// Duty phrases that a verb phrase follows ("Responsible for building X"); the verb phrase is kept.
const DUTY_BEFORE_VERB = new Set([
  "responsible for",
  "in charge of",
  "tasked with",
  "duties included",
  "duties include",
]);

interface Rewrite {
  text: string;
  reasons: string[];
}

function rewriteBullet(bullet: string, jobEnded: boolean): Rewrite | null {
  const reasons: string[] = [];
  let text = bullet.trim().replace(/[.;]$/u, "");

  if (/^I\s+/u.test(text)) {
    text = text.replace(/^I\s+/u, "");
    reasons.push("drops the first person");
  }
  const opener = weakOpener(text);
  if (opener && DUTY_BEFORE_VERB.has(opener)) {
    const rest = text.slice(opener.length).trim();
    const past = asPastVerbPhrase(rest);
    if (!past) return null;
    reasons.push(`replaces "${text.slice(0, opener.length)}" with what you did`);
    text = past;
  } else if (opener) {
    // "Helped", "Worked on", "Participated in": what the person did is not in the bullet.
    return null;
  }
  const form = leadingVerb(text);
  if (!form) return null;
  if (jobEnded && (form.form === "base" || form.form === "third_person")) {
    const past = asPastVerbPhrase(text.charAt(0).toLowerCase() + text.slice(1));
    if (!past) return null;
    text = past;
    reasons.push("uses the past tense for a finished job");
  }
  if (
    !isQuantified(text) &&
    CHANGE_VERBS.has(verbForm(leadingVerb(text)?.base ?? "")?.base ?? leadingVerb(text)?.base ?? "")
  ) {
    text = `${text} by [X%]`;
    reasons.push("marks where the real number belongs");
  }
  if (reasons.length === 0) return null;
  const result = `${capitalizeFirst(text.replace(/\s+/gu, " ").trim())}.`;
  // Only a sentence that still opens with a past-tense verb is offered.
  return phraseShape(result) === "past_verb" ? { text: result, reasons } : null;
}

export function suggestRewrites(resume: ParsedResume): BulletSuggestion[] {
  const suggestions: BulletSuggestion[] = [];
  for (const job of resume.experience) {
    const ended = job.end !== null && job.end !== "present";
    const entry = [job.title, job.company].filter(Boolean).join(", ") || job.header;
    for (const bullet of job.bullets) {
      const rewrite = rewriteBullet(bullet, ended);
      if (rewrite && rewrite.text !== `${bullet.trim().replace(/[.;]$/u, "")}.`) {
        suggestions.push({ entry, original: bullet, rewrite: rewrite.text, reasons: rewrite.reasons });
      }
    }
  }
  // Duty phrases, first person and tense first: they gain the most.
  const weight = (suggestion: BulletSuggestion) =>
    suggestion.reasons.some((reason) => !reason.startsWith("marks")) ? 0 : 1;
  return suggestions
    .map((suggestion, order) => ({ suggestion, order }))
    .sort((a, b) => weight(a.suggestion) - weight(b.suggestion) || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ suggestion }) => suggestion);
}
