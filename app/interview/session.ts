// Mock-interview sessions as plain JSON-serialisable values: create one from the
// user's choices, answer questions, find the next one, summarise, and track
// progress by competency across sessions. No I/O and no clock: storage and
// timestamps belong to the caller.
import { findQuestion, selectQuestions } from "./bank.ts";
import { COMPETENCIES } from "./content/competencies.ts";
import { assessAnswer, ratingFromScore, ratingScore, RUBRIC_VERSION } from "./feedback/assess.ts";
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
  RATINGS,
  SESSION_FORMAT,
  type CheckId,
  type CompanyId,
  type CompetencyId,
  type InterviewError,
  type LevelId,
  type LoopStage,
  type QuestionKind,
  type Rating,
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

function stageError(companyName: string, levelName: string, stage: StageId, loopStages: readonly LoopStage[], companyId: CompanyId): InterviewError {
  const template = findCompany(companyId).loop.stages.find((candidate) => candidate.stage === stage);
  const offeredAt = template
    ? LEVEL_IDS.filter((level) => template.byLevel.some((entry) => levelInRange(level, entry.levels)))
    : [];
  const when = offeredAt.length > 0 ? ` ${companyName} includes it at ${offeredAt[0]}–${offeredAt[offeredAt.length - 1]}.` : "";
  const available = loopStages.filter((candidate) => candidate.practised).map((candidate) => candidate.name).join(", ");
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
  const nameInQuestions = known ? (companyLoop.generic ? "this company" : companyLoop.name) : choices.company || "this company";

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
      notes.push(`Only ${questions.length} of ${stage.questionCount} practice questions fit ${stage.name} for this role and level.`);
    }
    if (questions.length === 0) continue;
    const minutes = stage.minutesPerRound * stage.rounds;
    const suggestedMinutes = Math.max(1, Math.round(minutes / questions.length));
    sessionStages.push({ id: stage.id, name: stage.name, guidance: stage.guidance, levelNote: stage.levelNote, minutes, questionCount: questions.length });
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
    return { ok: false, error: "no_questions", message: "No practice questions fit this company, role, level and stage yet. Try the full loop or another stage." };
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
export function recordAnswer(session: InterviewSession, questionId: string, submitted: SubmittedAnswer, codeReport: CodeReport | null = null): AnswerQuestionResult {
  const index = session.items.findIndex((item) => item.question.id === questionId);
  if (index === -1) return { ok: false, error: "unknown_question", message: "That question is not part of this session." };
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
export function readSession(input: unknown): { ok: true; session: InterviewSession; upgraded: boolean } | InterviewError {
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
    const feedback = item.answer === null ? null : assessAnswer(question, item.answer, { level: v1.level.id, code: null });
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

export interface CompetencyResult {
  competency: CompetencyId;
  label: string;
  answered: number;
  averageScore: number;
  rating: Rating;
}

export interface SessionSummary {
  answered: number;
  total: number;
  complete: boolean;
  /** Null until something is answered. */
  overall: Rating | null;
  ratings: Record<Rating, number>;
  strengths: string[];
  practiseNext: string[];
  byCompetency: CompetencyResult[];
}

type Answered = SessionItem & { answer: string; feedback: AnswerFeedback };

function answeredItems(session: InterviewSession): Answered[] {
  return session.items.filter((item): item is Answered => item.answer !== null && item.feedback !== null);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function averageScore(items: readonly Answered[]): number {
  return round2(items.reduce((total, item) => total + ratingScore(item.feedback.rating), 0) / items.length);
}

function resultsByCompetency(items: readonly Answered[]): CompetencyResult[] {
  const groups = new Map<CompetencyId, Answered[]>();
  for (const item of items) groups.set(item.question.competency, [...(groups.get(item.question.competency) ?? []), item]);
  return [...groups].map(([competency, group]) => {
    const average = averageScore(group);
    return { competency, label: COMPETENCIES[competency], answered: group.length, averageScore: average, rating: ratingFromScore(average) };
  });
}

// What to say when a check keeps failing, or keeps passing, across a session's answers.
// Only checks with a clear, general lesson are listed; per-question gaps come from competencies.
const CHECK_ADVICE: Partial<Record<CheckId, { practise: (failed: number, of: number) => string; strength?: string }>> = {
  assessable: { practise: (n, of) => `Write fuller answers: ${n} of ${of} were too short to assess.` },
  on_topic: { practise: (n, of) => `Answer the question asked: ${n} of ${of} stories were about something else.` },
  real_story: { practise: (n, of) => `Tell real occasions, not what you would do (${n} of ${of} answers).` },
  one_story: { practise: (n, of) => `Tell one occasion rather than general habits (${n} of ${of} answers).` },
  star_situation: { practise: (n, of) => `Open each story with the situation (missing in ${n} of ${of} stories).`, strength: "Your stories set the scene." },
  star_task: { practise: (n, of) => `Say what you personally had to achieve (missing in ${n} of ${of} stories).`, strength: "Your stories make your goal clear." },
  star_action: { practise: (n, of) => `Describe your own actions step by step (missing in ${n} of ${of} stories).` },
  star_result: { practise: (n, of) => `End every story with its result (missing in ${n} of ${of} stories).`, strength: "Your stories end with a result." },
  result_measure: { practise: (n, of) => `Put a measure on your results (${n} of ${of} results had none).`, strength: "Your results carry measures." },
  action_share: { practise: (n, of) => `Spend more of each story on what you did (${n} of ${of} were light on actions).`, strength: "Your stories focus on your actions." },
  ownership: { practise: (n, of) => `Say which parts you did yourself (${n} of ${of} stories were all “we”).`, strength: "You make your own role clear." },
  length: { practise: (n, of) => `Keep answers near the usual length (${n} of ${of} were far too short or too long).`, strength: "Your answers are a good length." },
  delivery: { practise: (n, of) => `Cut filler and hedging words (${n} of ${of} answers had many).`, strength: "You speak with few fillers or hedges." },
  wrong_claims: { practise: (n, of) => `Check your technical claims: ${n} of ${of} answers waved away what a strong answer relies on.` },
  explained: { practise: (n, of) => `Explain the terms you name (${n} of ${of} answers listed terms without explaining them).` },
  tests: { practise: (n, of) => `Test your code on edge cases before submitting (${n} of ${of} solutions failed tests).`, strength: "Your code passes its tests." },
  efficiency: { practise: (n, of) => `Aim for the expected complexity (${n} of ${of} solutions were too slow on large inputs).` },
  explanation_only: { practise: (n, of) => `Write code for coding questions (${n} of ${of} were explanations only).` },
};

/** Strengths and what to practise next, in a stable order: most frequent first. */
export function summariseSession(session: InterviewSession): SessionSummary {
  const answered = answeredItems(session);
  const ratings = Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as Record<Rating, number>;
  for (const item of answered) ratings[item.feedback.rating]++;

  const tallies = new Map<CheckId, { passed: number; failed: number }>();
  for (const item of answered) {
    for (const check of item.feedback.checks) {
      if (!CHECK_ADVICE[check.id]) continue;
      const tally = tallies.get(check.id) ?? { passed: 0, failed: 0 };
      tally[check.passed ? "passed" : "failed"]++;
      tallies.set(check.id, tally);
    }
  }
  const checkOrder = Object.keys(CHECK_ADVICE) as CheckId[];
  const byFrequency = [...tallies].sort(([a, x], [b, y]) => y.failed - x.failed || checkOrder.indexOf(a) - checkOrder.indexOf(b));

  const byCompetency = resultsByCompetency(answered).sort((a, b) => a.averageScore - b.averageScore || a.label.localeCompare(b.label));
  const weakCompetencies = byCompetency.filter((result) => ratingScore(result.rating) <= ratingScore("mixed"));
  const strongCompetencies = byCompetency.filter((result) => ratingScore(result.rating) >= ratingScore("good")).reverse();

  const practiseNext = [
    ...byFrequency.filter(([, tally]) => tally.failed > 0).map(([id, tally]) => CHECK_ADVICE[id]!.practise(tally.failed, tally.passed + tally.failed)),
    ...weakCompetencies.map((result) => {
      const missed = answered.find((item) => item.question.competency === result.competency && item.feedback.points.missed.length > 0);
      const hint = missed ? `: cover ${missed.feedback.points.missed[0]}` : "";
      return `Practise ${result.label.toLowerCase()} (${result.rating})${hint}.`;
    }),
  ];
  const strengths = [
    ...strongCompetencies.map((result) => `${result.label}: rated ${result.rating}.`),
    ...byFrequency
      .filter(([id, tally]) => tally.failed === 0 && CHECK_ADVICE[id]!.strength !== undefined)
      .map(([id]) => CHECK_ADVICE[id]!.strength!),
  ];

  return {
    answered: answered.length,
    total: session.items.length,
    complete: answered.length === session.items.length,
    overall: answered.length === 0 ? null : ratingFromScore(averageScore(answered)),
    ratings,
    strengths,
    practiseNext,
    byCompetency,
  };
}

export interface CompetencyProgress {
  competency: CompetencyId;
  label: string;
  attempts: number;
  /** Sessions that include at least one answer in this competency. */
  sessions: number;
  /** One entry per such session, in the order the sessions were given. */
  history: Array<{ sessionIndex: number; averageScore: number; rating: Rating }>;
  latest: Rating;
  best: Rating;
  trend: "new" | "improving" | "steady" | "declining";
}

/** A change of half a rating step or more between first and latest session counts as a trend. */
const TREND_STEP = 0.5;

/** Progress per competency across sessions given oldest first; weakest latest result first. */
export function progressByCompetency(sessions: readonly InterviewSession[]): CompetencyProgress[] {
  const progress = new Map<CompetencyId, CompetencyProgress>();
  sessions.forEach((session, sessionIndex) => {
    for (const result of resultsByCompetency(answeredItems(session))) {
      const entry = progress.get(result.competency) ?? {
        competency: result.competency,
        label: result.label,
        attempts: 0,
        sessions: 0,
        history: [],
        latest: result.rating,
        best: result.rating,
        trend: "new",
      };
      entry.attempts += result.answered;
      entry.sessions += 1;
      entry.history.push({ sessionIndex, averageScore: result.averageScore, rating: result.rating });
      entry.latest = result.rating;
      if (ratingScore(result.rating) > ratingScore(entry.best)) entry.best = result.rating;
      const change = result.averageScore - entry.history[0]!.averageScore;
      entry.trend = entry.history.length === 1 ? "new" : change >= TREND_STEP ? "improving" : change <= -TREND_STEP ? "declining" : "steady";
      progress.set(result.competency, entry);
    }
  });
  return [...progress.values()].sort((a, b) => ratingScore(a.latest) - ratingScore(b.latest) || a.label.localeCompare(b.label));
}

function stageLabel(session: InterviewSession): string {
  if (session.stage === "full") return "Full loop";
  return session.stages[0]?.name ?? STAGE_NAMES[session.stage];
}

/** The whole session as plain text, for download and search. */
export function sessionToText(session: InterviewSession): string {
  const summary = summariseSession(session);
  const lines: string[] = [
    `Mock interview: ${session.company.name}, ${session.role.name}, ${session.level.name}`,
    `Stage: ${stageLabel(session)}`,
    `Progress: ${summary.answered} of ${summary.total} answered${summary.overall ? `; overall ${summary.overall}` : ""}`,
    ...session.notes.map((note) => `Note: ${note}`),
  ];
  for (const stage of session.stages) {
    lines.push("", `== ${stage.name} (${stage.minutes} min) ==`, stage.guidance);
    session.items
      .filter((item) => item.question.stage === stage.id)
      .forEach((item, index) => {
        lines.push("", `Q${index + 1}. ${item.question.text}`);
        if (item.answer === null || item.feedback === null) {
          lines.push("(not answered yet)");
          return;
        }
        const { feedback } = item;
        lines.push("Answer:", item.answer);
        if (item.code) lines.push("", `Code (${item.code.language}):`, item.code.source);
        lines.push("", `Rating: ${feedback.ratingSummary}`);
        for (const check of feedback.checks) lines.push(`${check.passed ? "+" : "-"} ${check.message}`);
        if (feedback.star?.credited) {
          for (const [part, found] of Object.entries(feedback.star.parts)) {
            lines.push(`${part}: ${found.found ? (found.implicit ? "(implied by the situation)" : found.sentences.join(" ")) : "(missing)"}`);
          }
        }
        if (feedback.code) {
          for (const test of feedback.code.tests) {
            lines.push(`test ${test.name}: ${test.outcome.replace("_", " ")}${test.ms === null ? "" : ` (${test.ms} ms)`}`);
          }
          if (feedback.code.complexity) lines.push(`Complexity hint: ${feedback.code.complexity.label}`);
        }
        for (const entry of feedback.points.credited) lines.push(`Point made: ${entry.point} — “${entry.sentence}”`);
        for (const entry of feedback.points.dismissed) lines.push(`Point contradicted: ${entry.point} — “${entry.sentence}”`);
        if (feedback.points.missed.length > 0) lines.push(`Not covered: ${feedback.points.missed.join("; ")}`);
        for (const note of feedback.levelGuidance) lines.push(`Level: ${note}`);
        lines.push(`Follow-up: ${feedback.followUp}`, "Improved answer outline:", ...feedback.improvedOutline.map((line) => `  ${line.text}`));
      });
  }
  lines.push("", "== Summary ==");
  if (summary.strengths.length > 0) lines.push("Strengths:", ...summary.strengths.map((text) => `- ${text}`));
  if (summary.practiseNext.length > 0) lines.push("Practise next:", ...summary.practiseNext.map((text) => `- ${text}`));
  return `${lines.join("\n")}\n`;
}
