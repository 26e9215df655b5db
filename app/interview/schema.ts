// Validation of everything that comes from outside: the user's choices, their
// answers, and sessions read back from storage. Failures become messages a user
// can act on, never exceptions.
import { z } from "zod";
import { COMPETENCIES, type CompetencyId } from "./content/competencies.ts";
import { CHECK_IDS, FEEDBACK_STYLES, LENGTH_VERDICTS, OUTLINE_PARTS, type AnswerFeedback } from "./rubric.ts";
import type { InterviewSession } from "./session.ts";
import {
  COMPANY_IDS,
  LEVEL_IDS,
  QUESTION_KINDS,
  RATINGS,
  ROLE_IDS,
  SESSION_FORMAT,
  STAGE_IDS,
  type InterviewError,
} from "./types.ts";

export const ANSWER_MAX_CHARS = 20_000;
export const COMPANY_MAX_CHARS = 100;

const trimmedLower = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : value);

export const choicesSchema = z.object({
  company: z
    .string({ error: "Choose a company, or leave it empty for a typical large-company loop." })
    .trim()
    .max(COMPANY_MAX_CHARS, `Company names are limited to ${COMPANY_MAX_CHARS} characters.`),
  role: z.preprocess(trimmedLower, z.enum(ROLE_IDS, { error: `Choose a role: ${ROLE_IDS.join(", ")}.` })),
  level: z.string({ error: "Choose a level." }).trim().min(1, "Choose a level.").max(40, "Choose a level from the list."),
  stage: z.preprocess(
    trimmedLower,
    z.enum([...STAGE_IDS, "full"] as const, { error: "Choose a stage or the full loop." }),
  ),
  seed: z
    .union([z.number().int().safe(), z.string().trim().min(1).max(64)], { error: "The seed must be a whole number or a short text." })
    .transform(String),
});

export type InterviewChoices = z.output<typeof choicesSchema>;

/** Control characters other than tab and newline are dropped; line endings become "\n". */
function cleanAnswer(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim();
}

export const answerSchema = z
  .string({ error: "The answer must be text." })
  .transform(cleanAnswer)
  .pipe(
    z
      .string()
      .min(1, "Type an answer before submitting.")
      .max(ANSWER_MAX_CHARS, {
        error: (issue) => {
          const length = typeof issue.input === "string" ? issue.input.length : ANSWER_MAX_CHARS;
          return `Answers are limited to ${ANSWER_MAX_CHARS.toLocaleString("en-US")} characters; this one has ${length.toLocaleString("en-US")}. Shorten it and submit again.`;
        },
      }),
  );

function issuesMessage(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join(" ");
}

export function parseChoices(input: unknown): { ok: true; choices: InterviewChoices } | InterviewError {
  const parsed = choicesSchema.safeParse(input);
  if (parsed.success) return { ok: true, choices: parsed.data };
  return { ok: false, error: "invalid-choices", message: issuesMessage(parsed.error) };
}

export function parseAnswer(input: unknown): { ok: true; answer: string } | InterviewError {
  const parsed = answerSchema.safeParse(input);
  if (parsed.success) return { ok: true, answer: parsed.data };
  const issue = parsed.error.issues[0]!;
  const error = issue.code === "too_big" ? "answer-too-long" : issue.code === "too_small" ? "empty-answer" : "invalid-answer";
  return { ok: false, error, message: issue.message };
}

// Stored sessions: checked field by field so an old or damaged document is
// reported instead of breaking the page.
const rating = z.enum(RATINGS);
const starPart = z.object({ found: z.boolean(), sentences: z.array(z.string()) });
const wordCount = z.object({ word: z.string(), count: z.number().int().nonnegative() });

const feedbackSchema: z.ZodType<AnswerFeedback> = z.object({
  rubricVersion: z.string(),
  style: z.enum(FEEDBACK_STYLES),
  rating,
  ratingSummary: z.string(),
  checks: z.array(
    z.object({
      id: z.enum(CHECK_IDS),
      passed: z.boolean(),
      message: z.string(),
    }),
  ),
  delivery: z.object({
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    speakingSeconds: z.number().nonnegative(),
    targetWords: z.object({ min: z.number(), max: z.number() }),
    length: z.enum(LENGTH_VERDICTS),
    fillers: z.array(wordCount),
    hedges: z.array(wordCount),
    fillerPer100Words: z.number().nonnegative(),
  }),
  star: z
    .object({
      parts: z.object({ situation: starPart, task: starPart, action: starPart, result: starPart }),
      actionShare: z.number().min(0).max(1),
      iCount: z.number().int().nonnegative(),
      weCount: z.number().int().nonnegative(),
      weHeavy: z.boolean(),
      resultHasNumber: z.boolean(),
    })
    .nullable(),
  rubric: z.object({
    covered: z.array(z.object({ point: z.string(), matched: z.string() })),
    missed: z.array(z.string()),
  }),
  followUp: z.string(),
  improvedOutline: z.array(
    z.object({
      part: z.enum(OUTLINE_PARTS),
      text: z.string(),
      placeholder: z.boolean(),
    }),
  ),
});

const stageId = z.enum(STAGE_IDS);

export const sessionSchema: z.ZodType<InterviewSession> = z.object({
  format: z.literal(SESSION_FORMAT),
  rubricVersion: z.string(),
  company: z.object({ id: z.enum(COMPANY_IDS), name: z.string() }),
  role: z.object({ id: z.enum(ROLE_IDS), name: z.string() }),
  level: z.object({ id: z.enum(LEVEL_IDS), name: z.string() }),
  stage: z.union([stageId, z.literal("full")]),
  seed: z.string(),
  notes: z.array(z.string()),
  stages: z.array(
    z.object({
      id: stageId,
      name: z.string(),
      guidance: z.string(),
      levelNote: z.string(),
      minutes: z.number().nonnegative(),
      questionCount: z.number().int().nonnegative(),
    }),
  ),
  items: z.array(
    z.object({
      question: z.object({
        id: z.string(),
        kind: z.enum(QUESTION_KINDS),
        competency: z.enum(Object.keys(COMPETENCIES) as [CompetencyId, ...CompetencyId[]]),
        stage: stageId,
        text: z.string(),
        rubric: z.array(z.object({ point: z.string(), keywords: z.array(z.string()) })),
        suggestedMinutes: z.number().nonnegative(),
      }),
      answer: z.string().max(ANSWER_MAX_CHARS).nullable(),
      feedback: feedbackSchema.nullable(),
    }),
  ),
});

/** A session read back from storage, or a message saying why it cannot be resumed. */
export function parseSession(input: unknown): { ok: true; session: InterviewSession } | InterviewError {
  const parsed = sessionSchema.safeParse(input);
  if (parsed.success) return { ok: true, session: parsed.data };
  const first = parsed.error.issues[0]!;
  return {
    ok: false,
    error: "invalid-session",
    message: `This saved session cannot be resumed (${first.path.join(".") || "document"}: ${first.message}). Start a new one.`,
  };
}
