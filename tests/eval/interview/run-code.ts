// Runs the evaluation set's code answers in the real sandbox.
import { runCodingAnswer } from "~/interview/coding/run.server";
import { SandboxPool } from "~/interview/sandbox/pool.server";
import type { RunCode } from "./evaluate.ts";

export async function sandboxRunner(): Promise<{ runCode: RunCode; close: () => Promise<void> }> {
  // Fresh Python hosts per answer, as in production: nothing leaks from one case to the next.
  const pool = new SandboxPool({ isolatePython: true, maxQueued: 1_000 });
  pool.warm();
  return {
    runCode: async (evalCase) => {
      const result = await runCodingAnswer(pool, evalCase.question, evalCase.code!.language, evalCase.code!.source);
      if (!result.ok) throw new Error(`${evalCase.id}: ${result.message}`);
      return result.report;
    },
    close: () => pool.close(),
  };
}
