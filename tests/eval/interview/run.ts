// npm run eval:interview — agreement between the feedback and the hand ratings, for the
// tuning authors and the held-out ones side by side, by stage kind, with a confusion matrix,
// the keyword-stuffed check and the code checks. Per-case disagreements are listed for the
// tuning part only (`--show-held-out` lists the held-out ones too, for the final report).
import { RATINGS } from "~/interview";
import { BLIND_PARTS, EVAL_CASES, EVAL_PARTS, partOf } from "./cases/index.ts";
import { agreement, evaluateCase, percent, type CaseOutcome, type RunCode } from "./evaluate.ts";

async function loadRunner(): Promise<{ runCode: RunCode | null; close: () => Promise<void> }> {
  if (process.argv.includes("--no-code")) return { runCode: null, close: async () => {} };
  const { sandboxRunner } = await import("./run-code.ts");
  return sandboxRunner();
}

function row(label: string, outcomes: readonly CaseOutcome[]): string {
  const a = agreement(outcomes);
  return `${label.padEnd(16)} ${String(a.count).padStart(4)}  exact ${percent(a.exact, a.count).padStart(6)}  within one ${percent(a.withinOne, a.count).padStart(6)}  two+ off ${a.twoOff}`;
}

function confusion(outcomes: readonly CaseOutcome[]): string[] {
  const lines = [`${"expected \\ got".padEnd(16)}${RATINGS.map((rating) => rating.padStart(10)).join("")}`];
  for (const expected of RATINGS) {
    const cells = RATINGS.map((got) =>
      String(outcomes.filter((outcome) => outcome.expected === expected && outcome.got === got).length).padStart(10),
    );
    lines.push(`${expected.padEnd(16)}${cells.join("")}`);
  }
  return lines;
}

const { runCode, close } = await loadRunner();
const outcomes: CaseOutcome[] = [];
// A blind set is run only when asked for (`--blind`), once, at the end of its round of tuning.
const blind = process.argv.includes("--blind");
const parts = EVAL_PARTS.filter((name) => blind || !BLIND_PARTS.includes(name));
// --no-code skips the code answers (a quick run while tuning text rules) rather than judging them as explanations.
for (const evalCase of EVAL_CASES)
  if ((runCode || !evalCase.code) && parts.includes(partOf(evalCase.author)))
    outcomes.push(await evaluateCase(evalCase, runCode));
await close();

const showHeldOut = process.argv.includes("--show-held-out");
for (const name of parts) {
  const part = outcomes.filter((outcome) => outcome.part === name);
  console.log(`\n== ${name} (${part.length} answers) ==`);
  console.log(row("all", part));
  for (const kind of [...new Set(part.map((outcome) => outcome.stageKind))].sort()) {
    console.log(
      row(
        `  ${kind}`,
        part.filter((outcome) => outcome.stageKind === kind),
      ),
    );
  }
  console.log(confusion(part).join("\n"));
  const stuffed = part.filter((outcome) => outcome.evalCase.kind === "keyword_stuffed_wrong");
  console.log(
    `keyword-stuffed wrong answers above poor: ${stuffed.filter((outcome) => outcome.got !== "poor").length} of ${stuffed.length}`,
  );
  const coded = part.filter((outcome) => outcome.allPassed !== null);
  const correct = coded.filter((outcome) => outcome.evalCase.allPass === true);
  const buggy = coded.filter((outcome) => outcome.evalCase.allPass === false);
  console.log(
    `code: correct solutions passing every test ${correct.filter((outcome) => outcome.allPassed).length} of ${correct.length}; ` +
      `buggy or slow ones failing at least one ${buggy.filter((outcome) => !outcome.allPassed).length} of ${buggy.length}`,
  );
  if (name === "tuning" || showHeldOut) {
    for (const outcome of part.filter(
      (candidate) =>
        candidate.offBy !== 0 || (candidate.allPassed !== null && candidate.allPassed !== candidate.evalCase.allPass),
    )) {
      console.log(
        `  ${outcome.evalCase.id}: expected ${outcome.expected}, got ${outcome.got}${outcome.allPassed === null ? "" : `, all tests passed: ${outcome.allPassed}`} — ${outcome.summary}`,
      );
    }
  }
}
