// Public API of the interview-prep domain. Everything here is pure and synchronous;
// sessions are plain JSON values the caller stores.
export { listCompanies, listRoles, listLevels, resolveLevel, buildLoop, STAGE_NAMES, type BuildLoopResult } from "./loops.ts";
export { QUESTION_BANK, validateBank, selectQuestions, type BankProblem, type SelectionCriteria } from "./bank.ts";
export {
  assessAnswer,
  RUBRIC_VERSION,
  TARGET_WORDS,
  WORDS_PER_MINUTE,
  type AnswerFeedback,
  type CheckId,
  type FeedbackCheck,
  type OutlineLine,
  type StarAnalysis,
  type StarPart,
} from "./rubric.ts";
export {
  startSession,
  answerQuestion,
  nextQuestion,
  summariseSession,
  progressByCompetency,
  sessionToText,
  type InterviewSession,
  type SessionItem,
  type SessionQuestion,
  type SessionStage,
  type StartSessionInput,
  type StartSessionResult,
  type AnswerQuestionResult,
  type NextQuestion,
  type SessionSummary,
  type CompetencyProgress,
} from "./session.ts";
export { choicesSchema, answerSchema, sessionSchema, parseChoices, parseAnswer, parseSession, ANSWER_MAX_CHARS, type InterviewChoices } from "./schema.ts";
export { COMPETENCIES } from "./content/competencies.ts";
export * from "./types.ts";
