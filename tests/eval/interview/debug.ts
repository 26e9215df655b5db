// npx tsx tests/eval/interview/debug.ts <case id>… — the full feedback for tuning cases.
import { assessAnswer } from "~/interview";
import { findQuestion } from "~/interview/questions.server";
import { readSentences } from "~/interview/feedback/sentences.ts";
import { EVAL_CASES, HELD_OUT_AUTHORS } from "./cases/index.ts";

for (const id of process.argv.slice(2)) {
  const evalCase = EVAL_CASES.find((candidate) => candidate.id === id);
  if (!evalCase || HELD_OUT_AUTHORS.includes(evalCase.author)) {
    console.log(`${id}: not a tuning case`);
    continue;
  }
  const question = findQuestion(evalCase.question)!;
  const feedback = assessAnswer(
    { ...question, text: question.text.replaceAll("{company}", "this company") },
    evalCase.answer,
    { level: evalCase.level },
  );
  console.log(`\n### ${id} expected ${evalCase.expected} got ${feedback.rating}: ${feedback.ratingSummary}`);
  for (const check of feedback.checks) console.log(`  ${check.passed ? "+" : "-"} ${check.id}: ${check.message}`);
  if (feedback.star)
    for (const [part, found] of Object.entries(feedback.star.parts))
      console.log(
        `  ${part}: ${found.found ? (found.implicit ? "(implicit) " : "") + found.sentences.map((s) => s.slice(0, 50)).join(" | ") : "-"}`,
      );
  if (feedback.star)
    console.log(
      `  self ${feedback.star.selfActions} team ${feedback.star.teamActions} share ${feedback.star.actionShare}`,
    );
  console.log("  credited:", feedback.points.credited.map((entry) => `${entry.point} [${entry.matched}]`).join("; "));
  console.log(
    "  dismissed:",
    feedback.points.dismissed.map((entry) => entry.point).join("; "),
    "| named:",
    feedback.points.named.join("; "),
    "| missed:",
    feedback.points.missed.join("; "),
  );
  if (process.env.CLAUSES)
    for (const s of readSentences(evalCase.answer))
      console.log(
        "   >",
        s.text.slice(0, 60),
        JSON.stringify(
          s.clauses.map(
            (c) => `${c.actor}:${c.verb}${c.negative ? "!" : ""}${c.hypothetical ? "?" : ""}${c.copula ? "=" : ""}`,
          ),
        ),
        s.habitual ? "HAB" : "",
        s.filler ? "FILL" : "",
        s.termList ? "LIST" : "",
      );
}
