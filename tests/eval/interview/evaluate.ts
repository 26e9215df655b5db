// Runs the feedback over the hand-rated evaluation set and compares ratings. Shared by the
// eval command (every case) and the CI guard test (a sample).
import { assessAnswer, RATINGS, type CodeReport, type Rating } from "~/interview";
import { findQuestion } from "~/interview/questions.server";
import { partOf, type EvalCase, type EvalPart } from "./cases/index.ts";

export type RunCode = (evalCase: EvalCase) => Promise<CodeReport>;

export interface CaseOutcome {
  evalCase: EvalCase;
  stageKind: string;
  got: Rating;
  expected: Rating;
  /** got − expected in rating steps. */
  offBy: number;
  part: EvalPart;
  /** For code: whether every test passed. */
  allPassed: boolean | null;
  summary: string;
}

export async function evaluateCase(evalCase: EvalCase, runCode: RunCode | null): Promise<CaseOutcome> {
  const question = findQuestion(evalCase.question);
  if (!question) throw new Error(`${evalCase.id}: unknown question ${evalCase.question}`);
  const text = question.text.replaceAll("{company}", "this company");
  const code = evalCase.code && runCode ? await runCode(evalCase) : null;
  const feedback = assessAnswer(
    { id: question.id, kind: question.kind, competency: question.competency, text, rubric: question.rubric },
    evalCase.answer,
    { level: evalCase.level, code },
  );
  const got = feedback.rating;
  return {
    evalCase,
    stageKind: question.kind,
    got,
    expected: evalCase.expected,
    offBy: RATINGS.indexOf(got) - RATINGS.indexOf(evalCase.expected),
    part: partOf(evalCase.author),
    allPassed: code ? code.problem === null && code.passed === code.total : null,
    summary: feedback.ratingSummary,
  };
}

export interface Agreement {
  count: number;
  exact: number;
  withinOne: number;
  twoOff: number;
}

export function agreement(outcomes: readonly CaseOutcome[]): Agreement {
  return {
    count: outcomes.length,
    exact: outcomes.filter((outcome) => outcome.offBy === 0).length,
    withinOne: outcomes.filter((outcome) => Math.abs(outcome.offBy) <= 1).length,
    twoOff: outcomes.filter((outcome) => Math.abs(outcome.offBy) >= 2).length,
  };
}

export const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${Math.round((part / whole) * 1000) / 10}%`;
