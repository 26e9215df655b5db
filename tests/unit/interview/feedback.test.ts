import { describe, expect, test } from "vitest";
import { assessAnswer, RUBRIC_VERSION, type AnswerFeedback, type CheckId, type CodeReport } from "~/interview";
import { QUESTION_BANK } from "~/interview/questions.server";
import {
  bankQuestion,
  CONFLICT_QUESTION,
  SLOW_QUERY_ANSWER,
  SLOW_QUERY_QUESTION,
  STORY,
  story,
  WE_STORY,
} from "../../fixtures/interview/sessions.ts";

const failed = (feedback: AnswerFeedback): CheckId[] =>
  feedback.checks.filter((check) => !check.passed).map((check) => check.id);
const L4 = { level: "L4" } as const;

describe("stories: STAR parts by what sentences do", () => {
  test("a complete story with own actions and a number is excellent, each part credited with its sentences", () => {
    const feedback = assessAnswer(CONFLICT_QUESTION, story(), L4);
    expect(feedback.rubricVersion).toBe(RUBRIC_VERSION);
    expect(feedback.style).toBe("star");
    expect(feedback.rating).toBe("excellent");
    expect(failed(feedback)).toEqual([]);
    expect(feedback.star?.parts.situation.sentences).toContain(STORY.situation);
    expect(feedback.star?.parts.task.sentences).toContain(STORY.task);
    expect(feedback.star?.parts.action.sentences).toContain(STORY.actions[2]);
    expect(feedback.star?.parts.result.sentences).toContain(STORY.result);
    expect(feedback.star?.resultHasNumber).toBe(true);
  });

  test("situation and task may share a sentence, and the task may be implied by the situation", () => {
    const shared = story({
      situation:
        "I was the on-call engineer when our checkout service kept failing during traffic spikes, so fixing it before the holiday sale was mine.",
      task: "",
    });
    const sharedFeedback = assessAnswer(CONFLICT_QUESTION, shared, L4);
    expect(sharedFeedback.star?.parts.task.found).toBe(true);
    expect(sharedFeedback.star?.parts.task.implicit).toBe(false);
    expect(sharedFeedback.star?.parts.situation.found).toBe(true);
    const implied = assessAnswer(CONFLICT_QUESTION, story({ task: "" }), L4);
    expect(implied.star?.parts.task).toMatchObject({ found: true, implicit: true });
    expect(failed(implied)).not.toContain("star_task");
  });

  test("without actions or without a result the story is mixed, and the follow-up asks without giving the answer away", () => {
    const noActions = assessAnswer(CONFLICT_QUESTION, story({ actions: [] }), L4);
    expect(noActions.star?.parts.action.found).toBe(false);
    expect(["mixed", "poor"]).toContain(noActions.rating);
    const noResult = assessAnswer(CONFLICT_QUESTION, story({ result: "", reflection: "" }), L4);
    expect(noResult.star?.parts.result.found).toBe(false);
    expect(noResult.rating).toBe("mixed");
    expect(noResult.followUp).toBe("How did it turn out in the end?");
  });

  test("a qualitative result is a result; without a measure the story is good", () => {
    const feedback = assessAnswer(CONFLICT_QUESTION, story({ result: STORY.resultWithoutNumber }), L4);
    expect(feedback.star?.parts.result.found).toBe(true);
    expect(failed(feedback)).toEqual(["result_measure"]);
    expect(feedback.rating).toBe("good");
    expect(feedback.followUp).toBe("How did you know it had worked?");
  });

  test("a story told only in “we” asks for the speaker's part; “we” with the own part clear passes", () => {
    const allWe = assessAnswer(CONFLICT_QUESTION, WE_STORY, L4);
    expect(failed(allWe)).toContain("ownership");
    expect(allWe.followUp).toBe("Which part of that was yours?");
    const mixedVoices = assessAnswer(
      CONFLICT_QUESTION,
      story({
        actions: [...STORY.actions, "We then rolled the queue out together, and I wrote the migration runbook myself."],
      }),
      L4,
    );
    expect(failed(mixedVoices)).not.toContain("ownership");
  });

  test("filler sentences are not actions", () => {
    const padded = story({ actions: [...STORY.actions, "So yeah.", "Um, anyway, that's basically it."] });
    const feedback = assessAnswer(CONFLICT_QUESTION, padded, L4);
    expect(feedback.star?.parts.action.sentences).not.toContain("So yeah.");
    expect(feedback.star?.parts.action.sentences.some((sentence) => /basically it/.test(sentence))).toBe(false);
  });

  test("an off-topic story gets no STAR credit at all", () => {
    const offTopic = bankQuestion("bh-cus-went-extra");
    const feedback = assessAnswer(
      offTopic,
      "Last year I migrated our database from MySQL to PostgreSQL. I planned the cut-over with the DBA and wrote scripts to compare row counts every night. We switched on a quiet Sunday and the downtime was under five minutes. Query times dropped by about forty percent.",
      L4,
    );
    expect(failed(feedback)).toContain("on_topic");
    expect(feedback.star?.credited).toBe(false);
    expect(Object.values(feedback.star!.parts).every((part) => !part.found)).toBe(true);
    expect(feedback.rating).toBe("poor");
  });

  test("a method in the conditional is not a story", () => {
    const feedback = assessAnswer(
      CONFLICT_QUESTION,
      "If I disagreed with a teammate, I would first ask for a private conversation. I would listen to their concerns and explain mine. I would suggest an experiment and ask for their view. I would follow up a week later to see whether things had changed.",
      L4,
    );
    expect(failed(feedback)).toContain("real_story");
    expect(feedback.rating).toBe("poor");
  });

  test("length is judged as speaking time in a soft band: 130–150 words lose nothing; a fragment is too short", () => {
    const trimmed = story({ reflection: "", actions: STORY.actions.slice(0, 3) });
    const words = trimmed.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(120);
    expect(words).toBeLessThan(150);
    const feedback = assessAnswer(CONFLICT_QUESTION, trimmed, L4);
    expect(["short", "within"]).toContain(feedback.delivery.length);
    expect(failed(feedback)).not.toContain("length");
    const short = assessAnswer(
      CONFLICT_QUESTION,
      `${STORY.situation} ${STORY.task} ${STORY.actions[2]} ${STORY.actions[3]} ${STORY.result}`,
      L4,
    );
    expect(short.delivery.length).toBe("short");
    expect(failed(short)).not.toContain("length");
    expect(assessAnswer(CONFLICT_QUESTION, "I talked to him and we agreed.", L4).rating).toBe("poor");
  });

  test("guidance depends on the level", () => {
    const l3 = assessAnswer(CONFLICT_QUESTION, story(), { level: "L3" }).levelGuidance.join(" ");
    const l5 = assessAnswer(CONFLICT_QUESTION, story(), { level: "L5" }).levelGuidance.join(" ");
    const l6 = assessAnswer(CONFLICT_QUESTION, story(), { level: "L6" }).levelGuidance.join(" ");
    expect(l3).toMatch(/L3/);
    expect(l5).toMatch(/influence beyond your own tasks/);
    expect(l6).toMatch(/across (several )?teams/);
    expect(new Set([l3, l5, l6]).size).toBe(3);
  });
});

describe("technical answers: points covered, negation and contradiction aware", () => {
  const window = bankQuestion("co-longest-unique-substring");

  test("a point is credited with the sentence that makes it, and the summary says what it is", () => {
    const feedback = assessAnswer(SLOW_QUERY_QUESTION, SLOW_QUERY_ANSWER, L4);
    expect(feedback.basis).toBe("points_covered");
    expect(feedback.ratingSummary).toMatch(/points covered: \d of \d/);
    expect(feedback.ratingSummary).toMatch(/cannot tell whether/);
    const explain = feedback.points.credited.find((entry) => /plan/i.test(entry.point));
    expect(explain?.sentence).toMatch(/EXPLAIN ANALYZE/);
  });

  test("a sentence that dismisses a technique does not earn its point", () => {
    const answer =
      "A sliding window does not work for this problem. You should never move the left edge. O(n³) is the best possible, by checking every substring.";
    const feedback = assessAnswer(window, answer, L4);
    expect(feedback.points.credited.map((entry) => entry.point)).not.toContain("a sliding window with two pointers");
    expect(feedback.points.dismissed.map((entry) => entry.point)).toContain("a sliding window with two pointers");
    expect(feedback.points.credited.map((entry) => entry.point)).not.toContain("linear time");
    expect(feedback.rating).toBe("poor");
    expect(failed(feedback)).toContain("wrong_claims");
  });

  test("a negative sentence earns a point that is about a limit", () => {
    const subarray = bankQuestion("co-subarray-sum-k");
    const feedback = assessAnswer(
      subarray,
      "A sliding window does not work here because the numbers can be negative, so I keep prefix sums in a hash map of counts and look up prefix minus k, which is O(n).",
      L4,
    );
    expect(feedback.points.credited.map((entry) => entry.point)).toContain(
      "why a sliding window fails with negative numbers",
    );
  });

  test("a point made and later contradicted counts as a wrong claim", () => {
    const cap = bankQuestion("be-ds-cap");
    const feedback = assessAnswer(
      cap,
      "CAP stands for consistency, availability and partition tolerance. Partitions do not really happen in modern data centres, so you never have to choose.",
      L4,
    );
    expect(feedback.points.dismissed.length).toBeGreaterThan(0);
    expect(feedback.rating).toBe("poor");
  });

  test("in a 'term: verdict' line the verdict is about the term: a wrong verdict is a wrong claim, a right one earns the point", () => {
    const sharding = bankQuestion("be-db-sharding");
    const wrong = assessAnswer(
      sharding,
      "- Shard key: does not matter much, any column works because rows spread evenly on their own.\n- Resharding: never needed if you start with enough shards.",
      L4,
    );
    expect(wrong.points.dismissed.map((entry) => entry.point)).toEqual(
      expect.arrayContaining(["choosing a shard key", "resharding later"]),
    );
    expect(wrong.rating).toBe("poor");
    const right = assessAnswer(
      sharding,
      "- Shard key: pick one that spreads writes evenly, such as a hash of the user id, because every query has to know it.",
      L4,
    );
    expect(right.points.credited.map((entry) => entry.point)).toContain("choosing a shard key");
  });

  test("denying that a problem exists is a wrong claim even for a point about a problem", () => {
    const invalidation = bankQuestion("be-cache-invalidation");
    const feedback = assessAnswer(
      invalidation,
      "Races between a read and an invalidation cannot happen, because the cache and the database change at the same instant.",
      L4,
    );
    expect(feedback.points.dismissed.map((entry) => entry.point)).toContain("races between read and invalidate");
    const real = assessAnswer(
      invalidation,
      "A race between a read and an invalidation can put a stale value back, so I use versions or leases.",
      L4,
    );
    expect(real.points.credited.map((entry) => entry.point)).toContain("races between read and invalidate");
  });

  test("a long comma list of short terms is a list, even when some nouns tag as verbs", () => {
    const mocking = bankQuestion("gen-test-mocking");
    const feedback = assessAnswer(
      mocking,
      "External boundaries, network, third-party, over-mocking, brittle, fakes, in-memory, test doubles, stubs, testcontainers, real database.",
      L4,
    );
    expect(feedback.points.credited).toEqual([]);
    expect(feedback.rating).toBe("poor");
  });

  test("Big-O matches by class: O(n^2) does not earn a linear-time point", () => {
    const twoSum = bankQuestion("co-two-sum");
    const quadratic = assessAnswer(twoSum, "I check every pair with a nested loop, which is O(n^2).", L4);
    expect(quadratic.points.credited.map((entry) => entry.point)).not.toContain("linear time and space");
    const linear = assessAnswer(
      twoSum,
      "With a hash map of seen values I look up the complement in one pass, so it is O(n) time.",
      L4,
    );
    expect(linear.points.credited.map((entry) => entry.point)).toContain("linear time and space");
  });

  test("a bare list of terms names points without explaining them", () => {
    const loop = bankQuestion("fe-br-event-loop");
    const feedback = assessAnswer(
      loop,
      "Event loop, call stack, microtask queue, macrotask queue, promises, setTimeout, rendering.",
      L4,
    );
    expect(feedback.points.credited).toEqual([]);
    expect(feedback.points.named.length).toBeGreaterThan(0);
    expect(feedback.rating).toBe("poor");
  });

  test("a copy of the question earns nothing", () => {
    const feedback = assessAnswer(window, window.text, L4);
    expect(feedback.points.credited).toEqual([]);
    expect(feedback.rating).toBe("poor");
  });

  test("follow-ups never give away a missed point", () => {
    const technical = ["role", "concept", "system_design", "coding"];
    for (const question of QUESTION_BANK.filter((candidate) => technical.includes(candidate.kind))) {
      const feedback = assessAnswer(
        question,
        "I am not sure how I would approach this one, to be honest with you.",
        L4,
      );
      const followUp = feedback.followUp.toLowerCase();
      for (const point of question.rubric) {
        for (const keyword of point.keywords) {
          const bare = keyword.replace(/\*$/, "").toLowerCase();
          if (bare.length < 5 || /^(time|data|first|users|after|cost|space)/.test(bare)) continue;
          expect(followUp.includes(bare), `${question.id}: "${feedback.followUp}" names "${bare}"`).toBe(false);
        }
      }
    }
  });
});

describe("coding answers", () => {
  const twoSum = bankQuestion("co-two-sum");
  const explanation =
    "One pass with a hash map from value to index; for each number I look up the complement, target minus the number. O(n) time and space; empty input returns nothing.";
  const report = (outcomes: Array<[boolean, "passed" | "failed" | "timed_out"]>): CodeReport => ({
    language: "python",
    problem: null,
    tests: outcomes.map(([large, outcome], i) => ({
      name: `t${i}`,
      input: "",
      expected: "",
      got: "",
      outcome,
      ms: 1,
      error: null,
      large,
    })),
    passed: outcomes.filter(([, outcome]) => outcome === "passed").length,
    total: outcomes.length,
    complexity: null,
    limits: { timeMsPerTest: 2000, memoryMb: 256 },
  });

  test("an explanation without code is judged as an explanation only and says so", () => {
    const feedback = assessAnswer(twoSum, explanation, L4);
    expect(feedback.basis).toBe("explanation_only");
    expect(failed(feedback)).toContain("explanation_only");
    expect(["good", "mixed", "poor"]).toContain(feedback.rating);
  });

  test("code is rated by its tests", () => {
    const rate = (outcomes: Array<[boolean, "passed" | "failed" | "timed_out"]>) =>
      assessAnswer(twoSum, "", { level: "L4", code: report(outcomes) }).rating;
    expect(
      rate([
        [false, "passed"],
        [false, "passed"],
        [true, "passed"],
      ]),
    ).toBe("excellent");
    expect(
      rate([
        [false, "passed"],
        [false, "passed"],
        [true, "timed_out"],
      ]),
    ).toBe("good");
    expect(
      rate([
        [false, "passed"],
        [false, "failed"],
        [true, "passed"],
      ]),
    ).toBe("mixed");
    expect(
      rate([
        [false, "failed"],
        [false, "failed"],
        [false, "passed"],
        [true, "passed"],
      ]),
    ).toBe("poor");
    const broken = { ...report([]), problem: "SyntaxError: invalid syntax (line 2)" };
    const feedback = assessAnswer(twoSum, "", { level: "L4", code: broken });
    expect(feedback.rating).toBe("poor");
    expect(feedback.ratingSummary).toMatch(/did not run/);
  });
});
