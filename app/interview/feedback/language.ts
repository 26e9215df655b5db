// The word lists and patterns the feedback reads answers with (content/language.json),
// checked at load: patterns must compile, lists must not be empty.
import { z } from "zod";
import raw from "../content/language.json";
import { readContent } from "../read-content.ts";

const words = z.array(z.string().min(1)).min(1);
const pattern = z
  .union([z.string(), z.strictObject({ pattern: z.string(), flags: z.string() })])
  .transform((spec, context) => {
    const [source, flags] = typeof spec === "string" ? [spec, ""] : [spec.pattern, spec.flags];
    try {
      return new RegExp(source, flags);
    } catch (error) {
      context.addIssue({ code: "custom", message: `not a valid pattern: ${(error as Error).message}` });
      return z.NEVER;
    }
  });

const LANGUAGE = readContent(
  "language.json",
  raw,
  z.strictObject({
    about: z.string(),
    afterwardsWords: pattern,
    discourseWords: words,
    fillerSentence: pattern,
    genericQuestionWords: words,
    habitualWords: words,
    hypotheticalModals: words,
    limitationPoint: pattern,
    negativeReply: z.strictObject({ dismissive: pattern, no: pattern, needQuestion: pattern }),
    opposites: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
    outcomeVerbs: words,
    outcomeWords: pattern,
    peopleCompetencies: words,
    colleagueWords: words,
    polarity: z.strictObject({
      negators: words,
      inherentDenial: words,
      inherentDismissal: words,
      occurrence: words,
      usefulness: words,
      experience: words,
      experienceSubjects: words,
      caution: words,
      restrictors: words,
      remoteSettings: words,
      harm: words,
      delegation: words,
    }),
    reflectionVerbs: words,
    resultPatterns: z.array(pattern).min(1),
    settingPatterns: z.array(pattern).min(1),
    stativeVerbs: words,
    taskPatterns: z.array(pattern).min(1),
  }),
);

/** A state after the story: "now", "still", "today", "since". */
export const AFTERWARDS_WORDS = LANGUAGE.afterwardsWords;
/** Words that carry no content of their own when counting what a sentence says. */
export const DISCOURSE_WORDS: ReadonlySet<string> = new Set(LANGUAGE.discourseWords);
/** Whole sentences that carry nothing: "So yeah, that's it." */
export const FILLER_SENTENCE = LANGUAGE.fillerSentence;
/** Words too common in questions to show what a story is about. */
export const GENERIC_QUESTION_WORDS: ReadonlySet<string> = new Set(LANGUAGE.genericQuestionWords);
/** "usually", "always": a habit, not one story. */
export const HABITUAL_WORDS = LANGUAGE.habitualWords;
/** Modal auxiliaries that make a clause hypothetical: "I would ask", "I could". */
export const HYPOTHETICAL_MODALS = LANGUAGE.hypotheticalModals;
/** Point descriptions that are about a limit or a failure, which a negative sentence can make. */
export const LIMITATION_POINT = LANGUAGE.limitationPoint;
/** Openings of a sentence that says no to the question before it: "Why bother" to any question,
 *  "Not really" to one that asks whether something is needed ("Can two users get the seat? No"
 *  affirms the design). */
export const NEGATIVE_REPLY = LANGUAGE.negativeReply;
/** Pairs of opposite words: a point about "slower writes" is contradicted by "writes get faster". */
export const OPPOSITES: ReadonlyArray<readonly [string, string]> = LANGUAGE.opposites;
/** Verbs that report how things turned out: "latency dropped", "we saved", "she was promoted". */
export const OUTCOME_VERBS = LANGUAGE.outcomeVerbs;
/** Outcome verbs as written, for sentences whose verbs the tagger merges. */
export const OUTCOME_WORDS = LANGUAGE.outcomeWords;
/** Competencies whose stories are about working with people: a story with nobody else in it
 *  and almost no word of the question is about something else. */
export const PEOPLE_COMPETENCIES: ReadonlySet<string> = new Set(LANGUAGE.peopleCompetencies);
/** Words that put another person in a story: pronouns and the roles of colleagues. */
export const COLLEAGUE_WORDS = LANGUAGE.colleagueWords;
/** The lexicon of the claim reader (polarity.ts). */
export const POLARITY = LANGUAGE.polarity;
/** Verbs of reflection: "I learned", "I realised": a lesson, not an outcome. */
export const REFLECTION_VERBS = LANGUAGE.reflectionVerbs;
/** Phrases that mark what followed from the story; the first two report a result outright. */
export const RESULT_PATTERNS = LANGUAGE.resultPatterns;
/** Openings that set a scene: where and when. */
export const SETTING_PATTERNS = LANGUAGE.settingPatterns;
/** Verbs of state or attitude: "I was", "we had", "I wanted" set a scene, they are not actions. */
export const STATIVE_VERBS = LANGUAGE.stativeVerbs;
/** Sentences that say the speaker's part or goal. */
export const TASK_PATTERNS = LANGUAGE.taskPatterns;
