// The interview-prep domain's public API: everything outside app/interview imports from
// here (or from the `.server` modules and ui/ components). All of it is pure and
// synchronous; sessions are plain JSON values the caller stores. The question bank and the
// session functions that read it are in questions.server.ts, so they never reach the browser.
export {
  listCompanies,
  listRoles,
  listLevels,
  resolveLevel,
  buildLoop,
  findCompany,
  DEFAULT_STAGE_KINDS,
  STAGE_NAMES,
  type BuildLoopResult,
} from "./loops.ts";
export { assessAnswer, RUBRIC_VERSION, type AssessableQuestion, type AssessContext } from "./feedback/assess.ts";
export { formatDuration, SPEAKING_NORMS, WORDS_PER_MINUTE } from "./feedback/delivery.ts";
export {
  summariseSession,
  progressByCompetency,
  sessionToText,
  ratingScore,
  ratingFromScore,
  type SessionSummary,
  type CompetencyProgress,
  type CompetencyResult,
} from "./summary.ts";
export {
  choicesSchema,
  answerSchema,
  codeSchema,
  sessionSchema,
  feedbackSchema,
  parseChoices,
  parseAnswer,
  parseSession,
  ANSWER_MAX_CHARS,
  CODE_MAX_CHARS,
  type InterviewChoices,
  type InterviewSession,
  type SessionItem,
  type SessionQuestion,
  type SessionStage,
  type SubmittedAnswer,
  type AnswerFeedback,
  type CodeReport,
  type TestResult,
  type FeedbackCheck,
  type OutlineLine,
  type SecondOpinion,
} from "./schema.ts";
export { COMPETENCIES } from "./competencies.ts";
export * from "./types.ts";
