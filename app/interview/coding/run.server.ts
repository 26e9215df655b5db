// Runs a candidate's code for a coding problem in the sandbox and turns what happened into
// a report: per test pass/fail, input, expected, got and time; large inputs checked for
// time as well; and an empirical complexity hint from how the time grows with the size.
import { findProblem } from "./problems.ts";
import type { CodeReport, TestResult } from "../schema.ts";
import type { SandboxPool, SandboxResult } from "../sandbox/pool.server.ts";
import type { CodeLanguage } from "../types.ts";
import { outputsMatch } from "./compare.ts";
import { describeGrowth, type TimingSample } from "./complexity.ts";
import { generateInput } from "./inputs.ts";
import type { CodingProblem } from "./types.ts";

/** Per test, inside the sandbox. */
export const TEST_TIME_LIMIT_MS = 2_000;
export const SANDBOX_MEMORY_MB = 256;

export type RunCodeResult =
  | { ok: true; report: CodeReport }
  | { ok: false; reason: "busy"; retryAfterSeconds: number; message: string }
  | { ok: false; reason: "unavailable" | "unknown_problem"; message: string };

const SHOWN_CHARS = 160;
const clip = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);

/** TypeScript to JavaScript, types stripped; syntax errors as a message with the line. The
 *  compiler (75 MB) loads on the first TypeScript answer, not at server start. */
export async function transpileTypeScript(
  source: string,
): Promise<{ ok: true; code: string } | { ok: false; message: string }> {
  const { default: ts } = await import("typescript");
  const output = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None, removeComments: false },
  });
  const problem = output.diagnostics?.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (problem) {
    const line =
      problem.file && problem.start !== undefined
        ? problem.file.getLineAndCharacterOfPosition(problem.start).line + 1
        : null;
    return {
      ok: false,
      message: `TypeScript syntax error${line ? ` on line ${line}` : ""}: ${ts.flattenDiagnosticMessageText(problem.messageText, " ")}`,
    };
  }
  // Module output would add "exports" boilerplate the sandbox has no use for.
  return {
    ok: true,
    code: output.outputText.replace(/^"use strict";\s*/, "").replace(/^Object\.defineProperty\(exports.*\n/m, ""),
  };
}

function guestSpec(problem: CodingProblem, language: CodeLanguage) {
  const python = language === "python";
  return {
    form: problem.form,
    entry: python ? problem.entry.python : problem.entry.javascript,
    methods: Object.fromEntries(
      Object.entries(problem.methods ?? {}).map(([name, names]) => [name, python ? names.python : name]),
    ),
    params: problem.params.map((param) => param.shape),
    returns: problem.returns.shape,
  };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return `${value.length.toLocaleString("en-US")} items`;
  if (typeof value === "string") return `a string of ${value.length.toLocaleString("en-US")} characters`;
  return JSON.stringify(value);
}

function describeInput(problem: CodingProblem, args: unknown[], large: boolean): string {
  if (problem.form === "class") {
    const [constructorArgs, calls] = args as [unknown[], unknown[]];
    return large
      ? `${calls.length.toLocaleString("en-US")} calls`
      : clip(
          `new ${problem.entry.javascript}(${constructorArgs.map((value) => JSON.stringify(value)).join(", ")}), then ${JSON.stringify(calls)}`,
        );
  }
  return clip(
    problem.params
      .map((param, i) => `${param.name} = ${large ? describeValue(args[i]) : JSON.stringify(args[i])}`)
      .join(", "),
  );
}

// Expected outputs of the large inputs, computed once per problem by the reference solution.
const largeExpected = new Map<string, Promise<unknown[] | null>>();

async function expectedForLarge(pool: SandboxPool, problem: CodingProblem): Promise<unknown[] | null> {
  if (!problem.scale) return [];
  const known = largeExpected.get(problem.id);
  if (known) return known;
  const scale = problem.scale;
  const computing = (async () => {
    const reference = await transpileTypeScript(problem.references.typescript);
    if (!reference.ok) return null;
    const result = await pool.run({
      language: "javascript",
      source: reference.code,
      spec: guestSpec(problem, "javascript"),
      tests: scale.sizes.map((size) => ({
        argsJson: JSON.stringify(generateInput(scale.generator, size)),
        limitMs: 30_000,
      })),
    });
    if (!result.ok || result.loadError || result.results.some((entry) => entry.outcome !== "ran")) return null;
    try {
      return result.results.map((entry) => JSON.parse(entry.output!) as unknown);
    } catch {
      return null;
    }
  })();
  largeExpected.set(problem.id, computing);
  const expected = await computing;
  if (expected === null) largeExpected.delete(problem.id);
  return expected;
}

function failedRun(language: CodeLanguage, problem: string): CodeReport {
  return {
    language,
    problem,
    tests: [],
    passed: 0,
    total: 0,
    complexity: null,
    limits: { timeMsPerTest: TEST_TIME_LIMIT_MS, memoryMb: SANDBOX_MEMORY_MB },
  };
}

export async function runCodingAnswer(
  pool: SandboxPool,
  problemId: string,
  language: CodeLanguage,
  source: string,
): Promise<RunCodeResult> {
  const problem = findProblem(problemId);
  if (!problem) return { ok: false, reason: "unknown_problem", message: "This question has no runnable tests." };
  let code = source;
  if (language === "typescript") {
    const transpiled = await transpileTypeScript(source);
    if (!transpiled.ok) return { ok: true, report: failedRun(language, transpiled.message) };
    code = transpiled.code;
  }
  // A reference run that failed (a sandbox that could not start on a busy machine) is tried
  // once more: without it the large inputs would be left out and slow code would pass.
  const expectedLarge = (await expectedForLarge(pool, problem)) ?? (await expectedForLarge(pool, problem));
  const scale = problem.scale && expectedLarge && expectedLarge.length > 0 ? problem.scale : null;
  const cases = [
    ...problem.tests.map((test) => ({
      name: test.name,
      args: test.args,
      expected: test.expected,
      large: false,
      size: 0,
    })),
    ...(scale
      ? scale.sizes.map((size, i) => ({
          name: `large input, size ${size.toLocaleString("en-US")}`,
          args: generateInput(scale.generator, size),
          expected: expectedLarge![i],
          large: true,
          size,
        }))
      : []),
  ];
  const run: SandboxResult = await pool.run({
    language: language === "python" ? "python" : "javascript",
    source: code,
    spec: guestSpec(problem, language),
    tests: cases.map((entry) => ({
      argsJson: JSON.stringify(entry.args),
      limitMs: TEST_TIME_LIMIT_MS,
      repeat: entry.large ? 3 : 1,
    })),
  });
  if (!run.ok) return run;
  if (run.loadError) return { ok: true, report: failedRun(language, run.loadError) };

  const tests: TestResult[] = cases.map((entry, i) => {
    const guest = run.results[i]!;
    let outcome: TestResult["outcome"] = guest.outcome === "ran" ? "failed" : guest.outcome;
    let got: string | null = guest.error;
    if (guest.outcome === "ran") {
      let parsed: unknown;
      try {
        parsed = JSON.parse(guest.output ?? "null");
      } catch {
        parsed = undefined;
      }
      outcome = parsed !== undefined && outputsMatch(problem.compare, parsed, entry.expected) ? "passed" : "failed";
      got = entry.large ? (outcome === "passed" ? "as expected" : clip(guest.output ?? "")) : clip(guest.output ?? "");
    }
    return {
      name: entry.name,
      input: describeInput(problem, entry.args, entry.large),
      expected: entry.large
        ? Array.isArray(entry.expected)
          ? `${entry.expected.length.toLocaleString("en-US")} items`
          : clip(JSON.stringify(entry.expected))
        : clip(JSON.stringify(entry.expected)),
      got,
      outcome,
      ms: guest.ms,
      error: guest.outcome === "error" ? guest.error : null,
      large: entry.large,
    };
  });
  const samples: TimingSample[] = cases.flatMap((entry, i) =>
    entry.large && tests[i]!.outcome === "passed" && tests[i]!.ms !== null
      ? [{ size: entry.size, ms: tests[i]!.ms! }]
      : [],
  );
  const firstTimeout = cases.find((entry, i) => entry.large && tests[i]!.outcome === "timed_out");
  const growth = scale ? describeGrowth(samples, firstTimeout?.size ?? null) : null;
  return {
    ok: true,
    report: {
      language,
      problem: null,
      tests,
      passed: tests.filter((test) => test.outcome === "passed").length,
      total: tests.length,
      complexity:
        growth && scale ? { samples, exponent: growth.exponent, label: growth.label, expected: scale.expected } : null,
      limits: { timeMsPerTest: TEST_TIME_LIMIT_MS, memoryMb: SANDBOX_MEMORY_MB },
    },
  };
}

/** The code a candidate starts from, per language: the signature and the node classes used. */
export function starterCode(problemId: string, language: CodeLanguage): string {
  const problem = findProblem(problemId);
  if (!problem) return "";
  const usesList = [...problem.params.map((param) => param.shape), problem.returns.shape].includes("list");
  const usesTree = problem.params.some((param) => param.shape === "tree");
  if (language === "python") {
    const nodes = [
      usesList ? "# class ListNode: val, next" : "",
      usesTree ? "# class TreeNode: val, left, right" : "",
    ].filter(Boolean);
    if (problem.form === "class") {
      const methods = Object.entries(problem.methods ?? {}).map(
        ([, names]) => `    def ${names.python}(self, *args):\n        pass`,
      );
      const args = problem.params.map((param) => `, ${param.name}`).join("");
      return (
        [
          ...nodes,
          `class ${problem.entry.python}:`,
          `    def __init__(self${args}):`,
          "        pass",
          "",
          ...methods.flatMap((method) => [method, ""]),
        ]
          .join("\n")
          .trimEnd() + "\n"
      );
    }
    const params = problem.params.map((param) => `${snake(param.name)}: ${param.pythonType}`).join(", ");
    return [...nodes, `def ${problem.entry.python}(${params}) -> ${problem.returns.pythonType}:`, "    pass", ""].join(
      "\n",
    );
  }
  const typed = language === "typescript";
  const nodes = [
    usesList ? "// class ListNode { val: number; next: ListNode | null }" : "",
    usesTree ? "// class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }" : "",
  ].filter(Boolean);
  if (problem.form === "class") {
    const args = problem.params.map((param) => (typed ? `${param.name}: ${param.type}` : param.name)).join(", ");
    const methods = Object.keys(problem.methods ?? {}).map((name) => `  ${name}(...args) {\n  }`);
    return [
      ...nodes,
      `class ${problem.entry.javascript} {`,
      `  constructor(${args}) {`,
      "  }",
      "",
      ...methods.flatMap((method) => [method, ""]),
      "}",
      "",
    ]
      .join("\n")
      .replace(/\n\n}/, "\n}");
  }
  const params = problem.params.map((param) => (typed ? `${param.name}: ${param.type}` : param.name)).join(", ");
  return [
    ...nodes,
    `function ${problem.entry.javascript}(${params})${typed ? `: ${problem.returns.type}` : ""} {`,
    "}",
    "",
  ].join("\n");
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
