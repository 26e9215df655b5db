// npm run eval:negotiation: every case of tuning.json and held-out.json through the
// product and its checks, with the figures side by side. Tuning cases can be shown in
// full (--show, --show=<id>); held-out cases only ever as totals, so nobody tunes on them.
import fs from "node:fs";
import path from "node:path";
import { evaluateCase, type CaseResult, type EvalCase } from "./evaluate";
import { shippedFigures } from "./market";

interface CaseFile {
  split: string;
  today: string;
  cases: EvalCase[];
}

const DIR = path.resolve("tests/eval/negotiation");
const readCases = (name: string): CaseFile => JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8"));

interface Totals {
  cases: number;
  lead: number;
  mode: number;
  withMissing: number;
  withForbidden: number;
  undermining: number;
  untraceable: number;
  copy: number;
  grammar: number;
}

function totals(results: CaseResult[]): Totals {
  return {
    cases: results.length,
    lead: results.filter((r) => r.lead.expected === r.lead.actual).length,
    mode: results.filter((r) => r.mode.expected === r.mode.actual).length,
    withMissing: results.filter((r) => r.missing.length > 0).length,
    withForbidden: results.filter((r) => r.forbidden.length > 0).length,
    undermining: results.reduce((n, r) => n + r.undermining.length, 0),
    untraceable: results.reduce((n, r) => n + r.untraceable.length, 0),
    copy: results.reduce((n, r) => n + r.copy.length, 0),
    grammar: results.reduce((n, r) => n + r.grammar.length, 0),
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${Math.round((part / whole) * 100)}%`);

function printTable(tuning: Totals, heldOut: Totals): void {
  const rows: [string, (t: Totals) => string][] = [
    ["cases", (t) => String(t.cases)],
    ["right lead argument", (t) => `${t.lead}/${t.cases} (${percent(t.lead, t.cases)})`],
    ["right mode (negotiate/accept)", (t) => `${t.mode}/${t.cases} (${percent(t.mode, t.cases)})`],
    ["cases missing a required point", (t) => String(t.withMissing)],
    ["cases with a forbidden claim", (t) => String(t.withForbidden)],
    ["self-undermining sentences", (t) => String(t.undermining)],
    ["untraceable numbers", (t) => String(t.untraceable)],
    ["copy seams (greeting, sign-off, title, time)", (t) => String(t.copy)],
    ["grammar issues (Harper, retext)", (t) => String(t.grammar)],
  ];
  console.log(`${"".padEnd(46)}${"tuning".padEnd(16)}held-out`);
  for (const [label, value] of rows) console.log(`${label.padEnd(46)}${value(tuning).padEnd(16)}${value(heldOut)}`);
}

function printCase(result: CaseResult, full: boolean): void {
  const problems = [
    result.lead.expected !== result.lead.actual ? `lead ${result.lead.actual}, expected ${result.lead.expected}` : null,
    result.mode.expected !== result.mode.actual ? `mode ${result.mode.actual}, expected ${result.mode.expected}` : null,
    ...result.missing.map((m) => `missing /${m}/`),
    ...result.forbidden.map((m) => `forbidden /${m}/ present`),
    ...result.undermining,
    ...result.untraceable.map((n) => `untraceable number ${n}`),
    ...result.copy,
    ...result.grammar.map((g) => `grammar (${g.checker} ${g.rule}): “${g.text}” ${g.message}`),
  ].filter((line): line is string => line !== null);
  console.log(`\n${problems.length === 0 ? "ok  " : "FAIL"} ${result.id}`);
  for (const problem of problems) console.log(`     - ${problem}`);
  if (full)
    console.log(
      `\nSubject: ${result.email.subject}\n\n${result.email.body}\n\n--- plan: ${result.computation.plan.rationale.join(" | ")}\n`,
    );
}

async function main(): Promise<void> {
  const show = process.argv.find((arg) => arg.startsWith("--show"));
  const only = show?.includes("=") ? show.split("=")[1] : null;
  const figures = await shippedFigures();
  const tuningFile = readCases("tuning.json");
  const heldOutFile = readCases("held-out.json");
  const tuning = await Promise.all(tuningFile.cases.map((c) => evaluateCase(c, figures, tuningFile.today)));
  const heldOut = await Promise.all(heldOutFile.cases.map((c) => evaluateCase(c, figures, heldOutFile.today)));
  for (const result of tuning) if (!only || result.id === only) printCase(result, show !== undefined);
  console.log("");
  printTable(totals(tuning), totals(heldOut));
  const held = totals(heldOut);
  const met = held.lead / held.cases >= 0.9 && held.undermining === 0 && held.untraceable === 0;
  console.log(
    `\nHeld-out targets (lead ≥ 90%, no self-undermining sentence, no untraceable number): ${met ? "met" : "NOT met"}`,
  );
  process.exitCode = met ? 0 : 1;
}

await main();
