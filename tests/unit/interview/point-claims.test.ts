// Classes of keyword-stuffed technical answers the talking-point reader must not credit, each
// beside a correct answer of the same shape that it must: terms wrapped around a claim that
// takes them back, a running time slower than the question allows, a copy of the question
// padded with terms, a list before a dash, the opposite of the direction a point states.
import { describe, expect, test } from "vitest";
import { assessAnswer } from "~/interview";
import { bankQuestion } from "../../fixtures/interview/sessions.ts";

const L4 = { level: "L4" } as const;
const credited = (question: string, answer: string) =>
  assessAnswer(bankQuestion(question), answer, L4).points.credited.map((entry) => entry.point);
const dismissed = (question: string, answer: string) =>
  assessAnswer(bankQuestion(question), answer, L4).points.dismissed.map((entry) => entry.point);

describe("claims that take the terms back", () => {
  test("'none of it is needed' after a list dismisses what the list named", () => {
    const answer =
      "Row locks, SELECT FOR UPDATE and optimistic locking with a version column are the usual answers. In practice none of it is needed, because the database runs every update one at a time.";
    expect(dismissed("be-db-locking", answer)).toEqual(
      expect.arrayContaining([
        "pessimistic locking with SELECT FOR UPDATE",
        "optimistic locking with a version column",
      ]),
    );
    expect(credited("be-db-locking", answer)).toEqual([]);
  });

  test("a list before a dash names its terms without making them", () => {
    const answer = "Race condition, row locks, optimistic locking, version columns — those are the terms people use.";
    expect(credited("be-db-locking", answer)).toEqual([]);
  });

  test("a running time slower than the question allows is a wrong claim; a worse one named for comparison is not", () => {
    const wrong = "A min-heap of the heads does not save much, so the whole merge is O(n times k).";
    expect(dismissed("co-merge-k-lists", wrong)).toContain("n log k complexity");
    const right =
      "A min-heap of the current heads gives O(n log k), instead of the O(n times k) of scanning every head for each node.";
    expect(dismissed("co-merge-k-lists", right)).toEqual([]);
    expect(credited("co-merge-k-lists", right)).toContain("n log k complexity");
  });

  test("a faster running time than the question names is not judged ('O(1) on average' beside 'degrades to O(n)')", () => {
    const answer =
      "Lookups are O(1) on average, and they degrade to O(n) when every key lands in the same bucket because of a bad hash.";
    expect(dismissed("co-hash-table", answer)).toEqual([]);
  });

  test("the question's words padded with the rubric's terms name them and make nothing", () => {
    const answer =
      "The CAP theorem is consistency, availability, partition tolerance, and what the CAP theorem means in practice is consistency, availability and partition tolerance in practice.";
    expect(credited("be-ds-cap", answer)).toEqual([]);
  });

  test("saying the opposite of the direction a point states is a wrong claim without any negator", () => {
    expect(dismissed("be-db-indexes", "Indexes make writes faster too, since inserts land in sorted order.")).toContain(
      "slower writes and extra storage",
    );
    expect(
      credited("be-db-indexes", "Indexes make reads faster but writes slower, and they take extra storage."),
    ).toContain("slower writes and extra storage");
  });

  test("a clause before a colon is not a label: what follows it is not a verdict on its terms", () => {
    const answer =
      "I still give every key a TTL as a safety net: if an invalidation is lost, a stale value does not live forever.";
    expect(credited("be-cache-invalidation", answer)).toContain("TTLs as a safety net");
  });

  test("a point made and then taken back is a contradiction and the answer is poor", () => {
    const feedback = assessAnswer(
      bankQuestion("sd-rate-limiter"),
      "About 200 API servers and 50,000 requests per second. I would use a token bucket per key, with the counters in Redis updated atomically by a Lua script. To keep latency down, no API server ever calls Redis while serving a request. If Redis is down we fail open. Limited clients get a 429 with a Retry-After header.",
      L4,
    );
    expect(feedback.points.dismissed.map((entry) => entry.point)).toContain("shared counters with atomic updates");
    expect(feedback.rating).toBe("poor");
  });
});
