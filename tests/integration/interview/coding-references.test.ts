// Every coding question in the bank runs: its reference solutions pass every test in every
// language we offer (JavaScript runs the TypeScript reference with its types stripped), and
// its tests catch the classic wrong answers.
import { afterAll, describe, expect, it } from "vitest";
import { QUESTION_BANK } from "~/interview/questions.server";
import { CODING_PROBLEMS, findProblem } from "~/interview/coding/problems";
import { runCodingAnswer, transpileTypeScript } from "~/interview/coding/run.server";
import { SandboxPool } from "~/interview/sandbox/pool.server";
import { CLASSIC_MISTAKES } from "./classic-mistakes.ts";

// Trusted code only, so one Python interpreter may serve every run.
const pool = new SandboxPool({ isolatePython: false, maxQueued: 1_000 });
afterAll(() => pool.close());

describe("the coding bank", () => {
  it("has a runnable problem, with edge cases and large inputs, for every coding question", () => {
    const coding = QUESTION_BANK.filter((question) => question.kind === "coding");
    expect(coding.length).toBeGreaterThanOrEqual(25);
    for (const question of coding) {
      const problem = findProblem(question.id);
      expect(problem, question.id).toBeDefined();
      expect(problem!.tests.length, question.id).toBeGreaterThanOrEqual(4);
      expect(problem!.scale, question.id).not.toBeNull();
    }
    expect(CODING_PROBLEMS.every((problem) => coding.some((question) => question.id === problem.id))).toBe(true);
  });

  it("passes every test with every reference solution, in TypeScript, JavaScript and Python", async () => {
    const failures: string[] = [];
    for (const problem of CODING_PROBLEMS) {
      const javascript = await transpileTypeScript(problem.references.typescript);
      if (!javascript.ok) throw new Error(`${problem.id}: ${javascript.message}`);
      for (const [language, source] of [
        ["typescript", problem.references.typescript],
        ["javascript", javascript.code],
        ["python", problem.references.python],
      ] as const) {
        const run = await runCodingAnswer(pool, problem.id, language, source);
        if (!run.ok) throw new Error(`${problem.id} ${language}: ${run.message}`);
        for (const test of run.report.tests)
          if (test.outcome !== "passed")
            failures.push(`${problem.id} ${language} "${test.name}": ${test.outcome} ${test.got ?? ""}`);
        if (run.report.problem) failures.push(`${problem.id} ${language}: ${run.report.problem}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("catches the classic wrong answers: each fails at least one test", async () => {
    const survivors: string[] = [];
    for (const mistake of CLASSIC_MISTAKES) {
      const run = await runCodingAnswer(pool, mistake.problem, mistake.language, mistake.source);
      if (!run.ok) throw new Error(`${mistake.problem}: ${run.message}`);
      if (run.report.problem === null && run.report.tests.every((test) => test.outcome === "passed"))
        survivors.push(`${mistake.problem}: ${mistake.mistake}`);
    }
    expect(survivors).toEqual([]);
  }, 600_000);
});
