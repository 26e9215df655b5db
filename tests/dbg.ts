import { assessAnswer } from "~/interview";
import { readSentences } from "~/interview/feedback/sentences.ts";
import { CONFLICT_QUESTION, story } from "./unit/interview/fixtures.ts";
const a = story({ actions: [] });
const f = assessAnswer(CONFLICT_QUESTION, a, { level: "L4" });
console.log(f.star?.parts.action.sentences);
for (const s of readSentences(a)) console.log(s.text.slice(0, 50), JSON.stringify(s.clauses.map((c) => `${c.actor}:${c.verb}${c.negative ? "!" : ""}${c.hypothetical ? "?" : ""}${c.copula ? "=" : ""}`)));
console.log(f.followUp);
