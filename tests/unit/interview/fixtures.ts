// Answers used across the interview tests, built from parts so each test can drop
// or change exactly one thing.
import type { AssessableQuestion } from "~/interview";
import type { Question } from "~/interview";
import { QUESTION_BANK } from "~/interview";

export function bankQuestion(id: string): Question {
  const question = QUESTION_BANK.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`test fixture: no question ${id}`);
  return question;
}

/** "Tell me about a disagreement with a teammate and how you resolved it." */
export const CONFLICT_QUESTION: AssessableQuestion = bankQuestion("bh-con-teammate");

export const STORY = {
  situation:
    "Last year I was a backend engineer on the payments team at a startup, and our checkout service kept failing during traffic spikes.",
  task: "My goal was to get the team to agree on a fix before the holiday sale, which was six weeks away.",
  actions: [
    "A senior teammate disagreed with me: he wanted to rewrite the service in Go, while I believed a queue in front of the database would be enough.",
    "I set up a one-on-one with him to understand his concerns, and I listened to why he thought the old code was beyond saving.",
    "Then I proposed an experiment: I built a small prototype of the queue in two days and ran a load test against both approaches.",
    "I shared the numbers with him first, and I asked him to review my prototype before the team meeting.",
  ],
  result:
    "As a result, we agreed to ship the queue for the sale, checkout errors dropped from 4% to 0.2%, and we handled three times the usual traffic.",
  resultWithoutNumber:
    "As a result, we agreed to ship the queue for the sale, checkout errors dropped sharply, and the service stayed up through the busiest week of the year.",
  reflection: "He and I still work closely together, and since then I run a quick experiment whenever a debate stalls.",
};

export const story = (parts: Partial<Record<"situation" | "task" | "result" | "reflection", string>> & { actions?: string[] } = {}) =>
  [
    parts.situation ?? STORY.situation,
    parts.task ?? STORY.task,
    ...(parts.actions ?? STORY.actions),
    parts.result ?? STORY.result,
    parts.reflection ?? STORY.reflection,
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");

/** The same story told as a team effort. */
export const WE_STORY = [
  "Last year our team owned the checkout service at a startup, and it kept failing during traffic spikes.",
  "Our goal was to agree on a fix before the holiday sale, which was six weeks away.",
  "We disagreed about the approach: some of us wanted to rewrite the service in Go, while others wanted a queue in front of the database.",
  "We set up a meeting to hear everyone's concerns, and we listened to why the old code looked beyond saving.",
  "Then we ran an experiment: we built a small prototype of the queue in two days and we load-tested both approaches.",
  "We shared the numbers with the wider group, and we asked a staff engineer to review the prototype before we decided.",
  "As a result, we shipped the queue for the sale, checkout errors dropped from 4% to 0.2%, and we handled three times the usual traffic.",
  "Since then our team runs a quick experiment whenever a debate stalls.",
].join(" ");

/** "A query that used to take 20 ms now takes 4 seconds. How do you find and fix the cause?" (5 points) */
export const SLOW_QUERY_QUESTION: AssessableQuestion = bankQuestion("be-db-slow-query");

export const SLOW_QUERY_ANSWER = [
  "First I would run EXPLAIN ANALYZE on the query to read the execution plan and see where the time goes.",
  "If the plan shows a sequential scan on the orders table, the likely cause is a missing index on the filtered column.",
  "I would also check what changed recently: the data grew tenfold, the table statistics may be out of date, or a parameter changed so the planner picked a different plan.",
  "The fix is usually a composite index that matches the WHERE clause and the sort order, or a rewrite that selects only the columns we need.",
  "Finally I would measure the query before and after the change to confirm it is back to around 20 ms.",
].join(" ");
