// Metamorphic check on the tuning cases: the same answers retold as a spoken transcript
// (lower case, sentences run together) or with STAR labels should keep their ratings.
// Reads tuning authors only.
import { assessAnswer } from "~/interview";
import { findQuestion } from "~/interview/questions.server";
import { EVAL_CASES, HELD_OUT_AUTHORS } from "./cases/index.ts";

const transcript = (text: string) =>
  text
    .toLowerCase()
    .replace(/\.\s+(?=\S)/g, (_, i) => [", and ", ", so ", " and then ", ". "][i % 4] ?? ". ")
    .replace(/\bi\b/g, "i");
let changed = 0;
let total = 0;
for (const c of EVAL_CASES) {
  if (HELD_OUT_AUTHORS.includes(c.author) || c.code) continue;
  const q = findQuestion(c.question)!;
  const question = { ...q, text: q.text.replaceAll("{company}", "this company") };
  const base = assessAnswer(question, c.answer, { level: c.level }).rating;
  const spoken = assessAnswer(question, transcript(c.answer), { level: c.level }).rating;
  total++;
  if (spoken !== base) {
    changed++;
    console.log(`${c.id}: ${base} → ${spoken} (expected ${c.expected})`);
  }
}
console.log(`${changed} of ${total} ratings changed when retold as a transcript`);
