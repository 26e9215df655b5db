// npm run eval:layoff — every story, tuning and held-out side by side. Exits 1 when the
// held-out part misses a target (zero failures of every check). `--verbose` prints each
// tuning failure (held-out failures are counted, not shown, so nobody tunes on them);
// `--show <id>` prints one tuning story's document.
import { CHECKS, evaluateStory, grammarChecker, loadStories, tally, type Part, type StoryResult } from "./checks";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : null;

const grammar = await grammarChecker();
const results: Record<Part, StoryResult[]> = { tuning: [], "held-out": [] };
for (const part of ["tuning", "held-out"] as const) {
  for (const story of loadStories(part)) results[part].push(await evaluateStory(story, part, grammar));
}

if (show) {
  const result = results.tuning.find((r) => r.story.id === show);
  console.log(JSON.stringify(result?.doc, null, 2));
}

const LABELS: Record<(typeof CHECKS)[number], string> = {
  truncated: "facts cut or left out",
  invented: "facts invented or private words said",
  dates: "dates wrong",
  spoken_length: "spoken answer outside 25–35 s",
  channel_rules: "channel-rule breaches",
  grammar: "grammar-check failures (Harper, retext)",
  input_rejected: "story form rejected",
};

const counts = { tuning: tally(results.tuning), "held-out": tally(results["held-out"]) };
const clean = (part: Part) => results[part].filter((r) => r.failures.length === 0).length;
const rows = [
  ["", "tuning", "held-out"],
  ["stories", String(results.tuning.length), String(results["held-out"].length)],
  ["stories with no failure", String(clean("tuning")), String(clean("held-out"))],
  ...CHECKS.map((check) => [LABELS[check], String(counts.tuning[check]), String(counts["held-out"][check])]),
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log("\nLayoff writer evaluation (built-in writer)\n");
for (const [label, a, b] of rows) console.log(`${label.padEnd(width)}  ${a.padStart(7)}  ${b.padStart(9)}`);

if (verbose) {
  for (const result of results.tuning) {
    for (const failure of result.failures)
      console.log(`${result.part}\t${result.story.id}\t${failure.check}\t${failure.detail}`);
  }
}

const heldOutFailures = Object.values(counts["held-out"]).reduce((a, b) => a + b, 0);
console.log(
  heldOutFailures === 0 ? "\nHeld-out targets met." : `\nHeld-out targets missed: ${heldOutFailures} failures.`,
);
process.exit(heldOutFailures === 0 ? 0 : 1);
