// npm run eval:match [-- --verbose]: the job match's precision and recall on the tuning
// cases, the first held-out set and each later held-out batch (other writing voices; `batch:`
// in the case file), side by side. Held-out cases are never used for tuning.
import { loadCases } from "./cases.ts";
import { evaluateCase, splitsOf, summarize, type SplitSummary } from "./evaluate.ts";

const verbose = process.argv.includes("--verbose");
const cases = loadCases();
const results = cases.map(evaluateCase);
const columns = Object.entries(splitsOf(results)).map(([name, part]) => ({ name, summary: summarize(part) }));

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const rows: [string, (s: SplitSummary) => string][] = [
  ["cases", (s) => String(s.cases)],
  ["recall: must be matched (shown in work)", (s) => percent(s.matchedRecall)],
  ["recall: must be missing", (s) => percent(s.missingRecall)],
  ["recall: only listed", (s) => percent(s.listedRecall)],
  ["precision of reported keywords", (s) => percent(s.precision)],
  ["required vs nice-to-have agreement", (s) => percent(s.importanceAccuracy)],
  ["title agreement", (s) => percent(s.titleAccuracy)],
  ["stuffing raised the match (cases)", (s) => String(s.stuffingRaised)],
  ["stuffing not flagged (cases)", (s) => String(s.stuffingUnflagged)],
  ["stuffing flagged on a real resume (cases)", (s) => String(s.falseStuffing)],
];
const width = Math.max(...rows.map(([label]) => label.length));
const cell = (text: string) => text.padStart(14);
console.log(`${"".padEnd(width)}${columns.map(({ name }) => cell(name)).join("")}`);
for (const [label, value] of rows)
  console.log(`${label.padEnd(width)}${columns.map(({ summary }) => cell(value(summary))).join("")}`);

const failing = results.filter((r) => r.errors.length > 0);
console.log(
  `\n${failing.length} of ${results.length} cases with at least one error${verbose ? ":" : " (--verbose lists them)"}`,
);
if (verbose)
  for (const r of failing)
    console.log(
      `\n[${r.split}${r.batch ? ` ${r.batch}` : ""}] ${r.id} (match ${r.score}, stuffed ${r.stuffedScore})\n  ${r.errors.join("\n  ")}`,
    );
