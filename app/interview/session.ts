// Mock-interview sessions as plain JSON-serialisable values: create one from the user's
// choices, answer questions and find the next one (summaries live in summary.ts). No I/O
// and no clock: storage and timestamps belong to the caller.
import { findQuestion, selectQuestions } from "./bank.ts";
import { assessAnswer, RUBRIC_VERSION } from "./feedback/assess.ts";
import { buildLoop, findCompany, levelInRange, STAGE_NAMES } from "./loops.ts";
import {
  parseAnswer,
  parseChoices,
  parseSession,
  sessionV1Schema,
  type AnswerFeedback,
  type CodeReport,
  type InterviewSession,
  type SessionItem,
  type SessionQuestion,
  type SessionStage,
  type SubmittedAnswer,
} from "./schema.ts";
import {
  LEVEL_IDS,
  QUESTION_KINDS,
  SESSION_FORMAT,
  type CompanyId,
  type InterviewError,
  type LoopStage,
  type QuestionKind,
  type StageId,
} from "./types.ts";

export type { InterviewSession, SessionItem, SessionQuestion, SessionStage };

export interface StartSessionInput {
  company: string;
  role: string;
  level: string;
  /** A stage id, or "full" for the whole loop. */
  stage: string;
  seed: string | number;
}

export type StartSessionResult = { ok: true; session: InterviewSession } | InterviewError;
export type AnswerQuestionResult = { ok: true; session: InterviewSession; feedback: AnswerFeedback } | InterviewError;

function stageError(
  companyName: string,
  levelName: string,
  stage: StageId,
  loopStages: readonly LoopStage[],
  companyId: CompanyId,
): InterviewError {
  const template = findCompany(companyId).loop.stages.find((candidate) => candidate.stage === stage);
  const offeredAt = template
    ? LEVEL_IDS.filter((level) => template.byLevel.some((entry) => levelInRange(level, entry.levels)))
    : [];
  const when =
    offeredAt.length > 0 ? ` ${companyName} includes it at ${offeredAt[0]}–${offeredAt[offeredAt.length - 1]}.` : "";
  const available = loopStages
    .filter((candidate) => candidate.practised)
    .map((candidate) => candidate.name)
    .join(", ");
  return {
    ok: false,
    error: "stage_not_in_loop",
    message: `${companyName}'s loop for ${levelName} has no ${STAGE_NAMES[stage].toLowerCase()} stage.${when} Stages you can practise: ${available}.`,
  };
}

export function startSession(input: StartSessionInput): StartSessionResult {
  const parsed = parseChoices(input);
  if (!parsed.ok) return parsed;
  const choices = parsed.choices;
  const built = buildLoop(choices);
  if (!built.ok) return built;
  const { loop } = built;
  const { loop: companyLoop, known } = findCompany(choices.company);
  const companyName = known || choices.company === "" ? loop.company.name : choices.company;
  // Question texts name a real company, never "A typical startup".
  const nameInQuestions = known
    ? companyLoop.generic
      ? "this company"
      : companyLoop.name
    : choices.company || "this company";

  let stages: LoopStage[];
  if (choices.stage === "full") {
    stages = loop.stages.filter((stage) => stage.practised);
  } else {
    const stage = loop.stages.find((candidate) => candidate.id === choices.stage);
    if (!stage) return stageError(companyName, loop.level.name, choices.stage, loop.stages, loop.company.id);
    if (!stage.practised) {
      return {
        ok: false,
        error: "stage_not_practised",
        message: `${stage.name} is not an interview you attend, so there is nothing to practise. ${stage.guidance}`,
      };
    }
    stages = [stage];
  }

  const notes = [...built.notes];
  const used = new Set<string>();
  const sessionStages: SessionStage[] = [];
  const items: SessionItem[] = [];
  for (const stage of stages) {
    const questions = selectQuestions({
      company: loop.company.id,
      role: loop.role.id,
      level: loop.level.id,
      stage: stage.id,
      kinds: stage.kinds,
      count: stage.questionCount,
      seed: choices.seed,
      exclude: used,
    });
    if (questions.length < stage.questionCount) {
      notes.push(
        `Only ${questions.length} of ${stage.questionCount} practice questions fit ${stage.name} for this role and level.`,
      );
    }
    if (questions.length === 0) continue;
    const minutes = stage.minutesPerRound * stage.rounds;
    const suggestedMinutes = Math.max(1, Math.round(minutes / questions.length));
    sessionStages.push({
      id: stage.id,
      name: stage.name,
      guidance: stage.guidance,
      levelNote: stage.levelNote,
      minutes,
      questionCount: questions.length,
    });
    for (const question of questions) {
      used.add(question.id);
      items.push({
        question: {
          id: question.id,
          kind: question.kind,
          competency: question.competency,
          stage: stage.id,
          text: question.text.replaceAll("{company}", nameInQuestions),
          rubric: question.rubric.map((point) => ({ ...point, keywords: [...point.keywords] })),
          suggestedMinutes,
        },
        answer: null,
        code: null,
        feedback: null,
      });
    }
  }
  if (items.length === 0) {
    return {
      ok: false,
      error: "no_questions",
      message: "No practice questions fit this company, role, level and stage yet. Try the full loop or another stage.",
    };
  }

  return {
    ok: true,
    session: {
      format: SESSION_FORMAT,
      rubricVersion: RUBRIC_VERSION,
      company: { id: loop.company.id, name: companyName },
      role: loop.role,
      level: loop.level,
      stage: choices.stage,
      seed: choices.seed,
      notes,
      stages: sessionStages,
      items,
    },
  };
}

/** The question being answered and the parsed answer, before any code is run. */
export function prepareAnswer(
  session: InterviewSession,
  questionId: string,
  input: { answer: unknown; code?: unknown; language?: unknown },
): { ok: true; item: SessionItem; submitted: SubmittedAnswer } | InterviewError {
  const item = session.items.find((candidate) => candidate.question.id === questionId);
  if (!item) return { ok: false, error: "unknown_question", message: "That question is not part of this session." };
  const parsed = parseAnswer(item.question.kind === "coding" ? input : { answer: input.answer });
  if (!parsed.ok) return parsed;
  return { ok: true, item, submitted: parsed.submitted };
}

/** Records an answer (replacing an earlier one) and its feedback, returning a new session.
 *  `codeReport` is the code's test run, when the answer included code. */
export function recordAnswer(
  session: InterviewSession,
  questionId: string,
  submitted: SubmittedAnswer,
  codeReport: CodeReport | null = null,
): AnswerQuestionResult {
  const index = session.items.findIndex((item) => item.question.id === questionId);
  if (index === -1)
    return { ok: false, error: "unknown_question", message: "That question is not part of this session." };
  const item = session.items[index]!;
  const feedback = assessAnswer(item.question, submitted.answer, { level: session.level.id, code: codeReport });
  const items = session.items.map((candidate, position) =>
    position === index ? { ...candidate, answer: submitted.answer, code: submitted.code, feedback } : candidate,
  );
  return { ok: true, session: { ...session, items }, feedback };
}

/** A written answer (no code) recorded in one step. */
export function answerQuestion(session: InterviewSession, questionId: string, answer: unknown): AnswerQuestionResult {
  const prepared = prepareAnswer(session, questionId, { answer });
  if (!prepared.ok) return prepared;
  return recordAnswer(session, questionId, prepared.submitted, null);
}

/** A stored session, upgrading the first format by re-assessing its answers with today's rules. */
export function readSession(
  input: unknown,
): { ok: true; session: InterviewSession; upgraded: boolean } | InterviewError {
  const current = parseSession(input);
  if (current.ok) return { ...current, upgraded: false };
  const old = sessionV1Schema.safeParse(input);
  if (!old.success) return current;
  const v1 = old.data;
  const items: SessionItem[] = v1.items.map((item) => {
    // Kinds were kebab-case then; coding questions that now run code are answered as explanations.
    const kind = (QUESTION_KINDS as readonly string[]).includes(item.question.kind.replace("-", "_"))
      ? (item.question.kind.replace("-", "_") as QuestionKind)
      : (findQuestion(item.question.id)?.kind ?? "role");
    const question = { ...item.question, kind };
    const feedback =
      item.answer === null ? null : assessAnswer(question, item.answer, { level: v1.level.id, code: null });
    return { question, answer: item.answer, code: null, feedback };
  });
  return {
    ok: true,
    upgraded: true,
    session: { ...v1, format: SESSION_FORMAT, rubricVersion: RUBRIC_VERSION, items },
  };
}

export interface NextQuestion {
  item: SessionItem;
  stage: SessionStage;
  /** 1-based position in the whole session. */
  position: number;
  total: number;
}

/** The first unanswered question, in interview order; null when the session is complete. */
export function nextQuestion(session: InterviewSession): NextQuestion | null {
  const index = session.items.findIndex((item) => item.answer === null);
  if (index === -1) return null;
  const item = session.items[index]!;
  const stage = session.stages.find((candidate) => candidate.id === item.question.stage)!;
  return { item, stage, position: index + 1, total: session.items.length };
}
