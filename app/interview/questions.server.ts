// The question bank (questions, rubrics, coding tests and reference solutions) and the
// session functions that read it. Server-only by name: Remix empties `.server` modules in
// the browser build, so none of it ships to the browser, where it would give the answers
// away (tests/integration/interview/client-bundle.test.ts checks the built bundle).
export {
  QUESTION_BANK,
  validateBank,
  selectQuestions,
  findQuestion,
  type BankProblem,
  type SelectionCriteria,
} from "./bank.ts";
export {
  startSession,
  answerQuestion,
  prepareAnswer,
  recordAnswer,
  readSession,
  nextQuestion,
  type StartSessionInput,
  type StartSessionResult,
  type AnswerQuestionResult,
  type NextQuestion,
} from "./session.ts";
