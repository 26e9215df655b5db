// Validation of everything that comes from outside (the user's choices and answers,
// sessions read back from storage) and the one definition of the stored shapes: the
// session and feedback types are inferred from these schemas, never written twice.
// Failures become messages a user can act on, never exceptions.
import { z } from "zod";
import { COMPETENCIES, type CompetencyId } from "./competencies.ts";
import {
  CHECK_IDS,
  CODE_LANGUAGES,
  COMPANY_IDS,
  FEEDBACK_STYLES,
  LENGTH_VERDICTS,
  LEVEL_IDS,
  OUTLINE_PARTS,
  QUESTION_KINDS,
  RATINGS,
  ROLE_IDS,
  SESSION_FORMAT,
  STAGE_IDS,
  TEST_OUTCOMES,
  type InterviewError,
} from "./types.ts";

export const ANSWER_MAX_CHARS = 20_000;
export const CODE_MAX_CHARS = 20_000;
export const COMPANY_MAX_CHARS = 100;

const trimmedLower = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : value);

export const choicesSchema = z.object({
  company: z
    .string({ error: "Choose a company, or leave it empty for a typical large-company loop." })
    .trim()
    .max(COMPANY_MAX_CHARS, `Company names are limited to ${COMPANY_MAX_CHARS} characters.`),
  role: z.preprocess(trimmedLower, z.enum(ROLE_IDS, { error: `Choose a role: ${ROLE_IDS.join(", ")}.` })),
  level: z
    .string({ error: "Choose a level." })
    .trim()
    .min(1, "Choose a level.")
    .max(40, "Choose a level from the list."),
  stage: z.preprocess(
    trimmedLower,
    z.enum([...STAGE_IDS, "full"] as const, { error: "Choose a stage or the full loop." }),
  ),
  seed: z
    .union([z.number().int().safe(), z.string().trim().min(1).max(64)], {
      error: "The seed must be a whole number or a short text.",
    })
    .transform(String),
});

export type InterviewChoices = z.output<typeof choicesSchema>;

/** Control characters other than tab and newline are dropped; line endings become "\n". */
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

const tooLong = (limit: number, what: string) => ({
  error: (issue: { input?: unknown }) => {
    const length = typeof issue.input === "string" ? issue.input.length : limit;
    return `${what} are limited to ${limit.toLocaleString("en-US")} characters; this one has ${length.toLocaleString("en-US")}. Shorten it and submit again.`;
  },
});

export const answerSchema = z
  .string({ error: "The answer must be text." })
  .transform((text) => cleanText(text).trim())
  .pipe(z.string().max(ANSWER_MAX_CHARS, tooLong(ANSWER_MAX_CHARS, "Answers")));

/** Code keeps its indentation; only trailing blank lines go. */
export const codeSchema = z
  .string({ error: "The code must be text." })
  .transform((text) => cleanText(text).replace(/\s+$/, ""))
  .pipe(z.string().max(CODE_MAX_CHARS, tooLong(CODE_MAX_CHARS, "Code answers")));

export const codeLanguageSchema = z.enum(CODE_LANGUAGES, { error: `Choose a language: ${CODE_LANGUAGES.join(", ")}.` });

function issuesMessage(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join(" ");
}

export function parseChoices(input: unknown): { ok: true; choices: InterviewChoices } | InterviewError {
  const parsed = choicesSchema.safeParse(input);
  if (parsed.success) return { ok: true, choices: parsed.data };
  return { ok: false, error: "invalid_choices", message: issuesMessage(parsed.error) };
}

export interface SubmittedAnswer {
  answer: string;
  code: { language: z.output<typeof codeLanguageSchema>; source: string } | null;
}

/** An answer, with code when the question takes code and some was written. */
export function parseAnswer(input: {
  answer: unknown;
  code?: unknown;
  language?: unknown;
}): { ok: true; submitted: SubmittedAnswer } | InterviewError {
  const answer = answerSchema.safeParse(input.answer ?? "");
  if (!answer.success) {
    const issue = answer.error.issues[0]!;
    return {
      ok: false,
      error: issue.code === "too_big" ? "answer_too_long" : "invalid_answer",
      message: issue.message,
    };
  }
  let code: SubmittedAnswer["code"] = null;
  if (input.code !== undefined && input.code !== null && input.code !== "") {
    const source = codeSchema.safeParse(input.code);
    if (!source.success) return { ok: false, error: "answer_too_long", message: source.error.issues[0]!.message };
    const language = codeLanguageSchema.safeParse(input.language);
    if (!language.success)
      return { ok: false, error: "unsupported_language", message: language.error.issues[0]!.message };
    if (source.data.trim() !== "") code = { language: language.data, source: source.data };
  }
  if (answer.data === "" && code === null) {
    return { ok: false, error: "empty_answer", message: "Type an answer before submitting." };
  }
  return { ok: true, submitted: { answer: answer.data, code } };
}

// ---------- stored shapes ----------

const rating = z.enum(RATINGS);
const credit = z.object({ point: z.string(), sentence: z.string(), matched: z.string() });
const wordCount = z.object({ word: z.string(), count: z.number().int().nonnegative() });
const starPart = z.object({ found: z.boolean(), implicit: z.boolean(), sentences: z.array(z.string()) });

export const testResultSchema = z.object({
  name: z.string(),
  input: z.string(),
  expected: z.string(),
  got: z.string().nullable(),
  outcome: z.enum(TEST_OUTCOMES),
  /** Wall time of the call inside the sandbox. */
  ms: z.number().nonnegative().nullable(),
  error: z.string().nullable(),
  /** A large input, checked for time as well as correctness. */
  large: z.boolean(),
});

export const codeReportSchema = z.object({
  language: z.enum(CODE_LANGUAGES),
  /** Why nothing ran (a syntax error, the sandbox being busy); null when tests ran. */
  problem: z.string().nullable(),
  tests: z.array(testResultSchema),
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  complexity: z
    .object({
      /** Input sizes and the time each took, in milliseconds. */
      samples: z.array(z.object({ size: z.number().int().positive(), ms: z.number().nonnegative() })),
      /** The slope of log(time) over log(size): about 1 for linear, 2 for quadratic. */
      exponent: z.number().nullable(),
      label: z.string(),
      expected: z.string(),
    })
    .nullable(),
  limits: z.object({ timeMsPerTest: z.number(), memoryMb: z.number() }),
});

export const feedbackSchema = z.object({
  rubricVersion: z.string(),
  style: z.enum(FEEDBACK_STYLES),
  rating,
  /** One sentence on how the rating was reached. */
  ratingSummary: z.string(),
  /** What the rating is: a judgement of a story or code, or a count of talking points covered. */
  basis: z.enum(["story", "points_covered", "tests", "explanation_only"]),
  /** Every rule applied, failed ones first: the reasons behind the rating. */
  checks: z.array(z.object({ id: z.enum(CHECK_IDS), passed: z.boolean(), message: z.string() })),
  delivery: z.object({
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    speakingSeconds: z.number().nonnegative(),
    target: z.object({ min: z.number(), max: z.number() }),
    length: z.enum(LENGTH_VERDICTS),
    fillers: z.array(wordCount),
    hedges: z.array(wordCount),
    fillerPer100Words: z.number().nonnegative(),
  }),
  star: z
    .object({
      /** False when the story does not answer the question: no part earns credit then. */
      credited: z.boolean(),
      parts: z.object({ situation: starPart, task: starPart, action: starPart, result: starPart }),
      reflection: z.array(z.string()),
      actionShare: z.number().min(0).max(1),
      selfActions: z.number().int().nonnegative(),
      teamActions: z.number().int().nonnegative(),
      resultHasNumber: z.boolean(),
    })
    .nullable(),
  points: z.object({
    credited: z.array(credit),
    dismissed: z.array(credit),
    named: z.array(z.string()),
    missed: z.array(z.string()),
  }),
  code: codeReportSchema.nullable(),
  levelGuidance: z.array(z.string()),
  followUp: z.string(),
  improvedOutline: z.array(z.object({ part: z.enum(OUTLINE_PARTS), text: z.string(), placeholder: z.boolean() })),
  /** With a model configured: its reading of the same rubric, shown beside ours, never instead. */
  secondOpinion: z
    .object({
      engine: z.string(),
      points: z.array(
        z.object({ point: z.string(), verdict: z.enum(["made", "partly", "missing"]), quote: z.string().nullable() }),
      ),
      comment: z.string(),
    })
    .nullable(),
});

export type AnswerFeedback = z.infer<typeof feedbackSchema>;
export type CodeReport = z.infer<typeof codeReportSchema>;
export type TestResult = z.infer<typeof testResultSchema>;
export type FeedbackCheck = AnswerFeedback["checks"][number];
export type OutlineLine = AnswerFeedback["improvedOutline"][number];
export type SecondOpinion = NonNullable<AnswerFeedback["secondOpinion"]>;

const stageId = z.enum(STAGE_IDS);
const competencyId = z.enum(Object.keys(COMPETENCIES) as [CompetencyId, ...CompetencyId[]]);

export const sessionQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  competency: competencyId,
  stage: stageId,
  text: z.string(),
  rubric: z.array(z.object({ point: z.string(), keywords: z.array(z.string()), shared: z.boolean().optional() })),
  suggestedMinutes: z.number().nonnegative(),
});

export const sessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  rubricVersion: z.string(),
  /** `name` is what the user typed when we had no loop on file for the company. */
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
      /** Time for the whole stage in the mock, for the timer. */
      minutes: z.number().nonnegative(),
      questionCount: z.number().int().nonnegative(),
    }),
  ),
  items: z.array(
    z.object({
      /** A copy of the question as asked, so a stored session keeps working when the bank changes. */
      question: sessionQuestionSchema,
      answer: z.string().max(ANSWER_MAX_CHARS).nullable(),
      code: z
        .object({ language: z.enum(CODE_LANGUAGES), source: z.string().max(CODE_MAX_CHARS) })
        .nullable()
        .default(null),
      feedback: feedbackSchema.nullable(),
    }),
  ),
});

export type InterviewSession = z.infer<typeof sessionSchema>;
export type SessionItem = InterviewSession["items"][number];
export type SessionQuestion = SessionItem["question"];
export type SessionStage = InterviewSession["stages"][number];

/** A session read back from storage, or a message saying why it cannot be resumed. */
export function parseSession(input: unknown): { ok: true; session: InterviewSession } | InterviewError {
  const parsed = sessionSchema.safeParse(input);
  if (parsed.success) return { ok: true, session: parsed.data };
  const first = parsed.error.issues[0]!;
  return {
    ok: false,
    error: "invalid_session",
    message: `This saved session cannot be resumed (${first.path.join(".") || "document"}: ${first.message}). Start a new one.`,
  };
}

/** The parts of a first-format session that are worth keeping: the questions and answers. */
export const sessionV1Schema = sessionSchema
  .pick({ company: true, role: true, level: true, stage: true, seed: true, notes: true, stages: true })
  .extend({
    format: z.literal("interview-session/1"),
    items: z.array(
      z.object({
        question: sessionQuestionSchema.extend({ kind: z.string() }),
        answer: z.string().max(ANSWER_MAX_CHARS).nullable(),
      }),
    ),
  });
