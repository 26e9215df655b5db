import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { AnswerFeedbackView } from "~/interview/ui/AnswerFeedbackView.tsx";
import { LoopOverview } from "~/interview/ui/LoopOverview.tsx";
import { SessionSummaryView } from "~/interview/ui/SessionSummaryView.tsx";
import { assessAnswer, buildLoop, progressByCompetency, summariseSession, type CodeReport } from "~/interview";
import { answerQuestion, startSession } from "~/interview/questions.server";
import {
  CONFLICT_QUESTION,
  SLOW_QUERY_ANSWER,
  SLOW_QUERY_QUESTION,
  STORY,
  story,
} from "../../fixtures/interview/sessions.ts";

const L4 = { level: "L4" } as const;

describe("AnswerFeedbackView", () => {
  test("shows the rating, reasons, STAR parts with their sentences, metrics, level guidance and the outline", () => {
    const html = renderToStaticMarkup(
      <AnswerFeedbackView
        feedback={assessAnswer(CONFLICT_QUESTION, story({ result: STORY.resultWithoutNumber }), L4)}
      />,
    );
    expect(html).toContain("<h2");
    expect(html).toMatch(/>good<\/span>/);
    expect(html).toContain("To improve: </span>The result has no measure");
    expect(html).toContain("Situation: found");
    expect(html).toContain(STORY.task);
    expect(html).toMatch(/Speaking time<\/dt><dd>about 1 min \d+ s/);
    expect(html).toContain("For your level");
    expect(html).toContain("[how much it changed: a number or a before-and-after]");
    expect(html).toContain("How did you know it had worked?");
  });

  test("technical answers are labelled points covered, each point with the sentence that makes it", () => {
    const html = renderToStaticMarkup(
      <AnswerFeedbackView feedback={assessAnswer(SLOW_QUERY_QUESTION, SLOW_QUERY_ANSWER, L4)} headingLevel={3} />,
    );
    expect(html).toContain("Points covered");
    expect(html).toContain("Points covered, not a verdict");
    expect(html).toMatch(/Made \(\d\)/);
    expect(html).toContain("EXPLAIN ANALYZE");
    expect(html).not.toContain("STAR parts");
    expect(html).not.toContain("<h2");
  });

  test("a model's second opinion is shown beside the rating, which stays the rubric's", () => {
    const feedback = assessAnswer(SLOW_QUERY_QUESTION, SLOW_QUERY_ANSWER, L4);
    const secondOpinion = {
      engine: "gpt-test",
      points: [{ point: SLOW_QUERY_QUESTION.rubric[0]!.point, verdict: "partly" as const, quote: "EXPLAIN ANALYZE" }],
      comment: "Sound first steps.",
    };
    const html = renderToStaticMarkup(<AnswerFeedbackView feedback={{ ...feedback, secondOpinion }} />);
    expect(html).toContain("Second opinion from gpt-test");
    expect(html).toContain("never changes it");
    expect(html).toContain("Partly made");
    expect(html).toContain(`Points covered <span`);
    expect(html.indexOf("Points covered")).toBeLessThan(html.indexOf("Second opinion"));
    expect(renderToStaticMarkup(<AnswerFeedbackView feedback={feedback} />)).not.toContain("Second opinion");
  });

  test("code results show each test's outcome, input, expected, got and time, and the complexity hint", () => {
    const report: CodeReport = {
      language: "python",
      problem: null,
      tests: [
        {
          name: "example",
          input: "nums = [2,7,11,15], target = 9",
          expected: "[0,1]",
          got: "[0,1]",
          outcome: "passed",
          ms: 0.4,
          error: null,
          large: false,
        },
        {
          name: "duplicates",
          input: "nums = [3,3], target = 6",
          expected: "[0,1]",
          got: "[]",
          outcome: "failed",
          ms: 0.3,
          error: null,
          large: false,
        },
      ],
      passed: 1,
      total: 2,
      complexity: { samples: [], exponent: 1, label: "roughly linear (or n log n)", expected: "O(n)" },
      limits: { timeMsPerTest: 2000, memoryMb: 256 },
    };
    const html = renderToStaticMarkup(
      <AnswerFeedbackView
        feedback={assessAnswer({ id: "co-two-sum", kind: "coding", text: "Two sum", rubric: [] }, "", {
          level: "L4",
          code: report,
        })}
      />,
    );
    expect(html).toContain("Tests (Python): 1 of 2 passed");
    expect(html).toContain("nums = [3,3], target = 6");
    expect(html).toContain("0.3 ms");
    expect(html).toContain("roughly linear (or n log n)");
    expect(html).toContain("no network and no file system");
  });

  test("renders markup in the answer as text, never as HTML", () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> ${story()}`;
    const html = renderToStaticMarkup(<AnswerFeedbackView feedback={assessAnswer(CONFLICT_QUESTION, hostile, L4)} />);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("SessionSummaryView", () => {
  test("shows progress, strengths, what to practise and competencies", () => {
    const started = startSession({ company: "amazon", role: "backend", level: "L4", stage: "behavioral", seed: 1 });
    if (!started.ok) throw new Error(started.message);
    const first = started.session.items[0]!;
    const asked = {
      ...started.session,
      items: [
        { ...first, question: { ...first.question, text: CONFLICT_QUESTION.text, rubric: CONFLICT_QUESTION.rubric } },
        ...started.session.items.slice(1),
      ],
    };
    const answered = answerQuestion(asked, first.question.id, story({ result: STORY.resultWithoutNumber }));
    if (!answered.ok) throw new Error(answered.message);
    const html = renderToStaticMarkup(
      <SessionSummaryView
        summary={summariseSession(answered.session)}
        progress={progressByCompetency([answered.session])}
      />,
    );
    expect(html).toContain("1 of 8 questions answered; you can resume where you stopped.");
    expect(html).toContain("Put a measure on your results");
    expect(html).toContain('<th scope="col">Competency</th>');
    expect(html).toContain("first attempt");
  });

  test("an empty session explains what will appear", () => {
    const started = startSession({ company: "google", role: "backend", level: "L4", stage: "behavioral", seed: 1 });
    if (!started.ok) throw new Error(started.message);
    const html = renderToStaticMarkup(<SessionSummaryView summary={summariseSession(started.session)} />);
    expect(html).toContain("Answer a few questions to see your strengths.");
    expect(html).not.toContain("<table");
  });
});

describe("LoopOverview", () => {
  test("lists the stages in order with length, what they assess, the level note and guidance", () => {
    const built = buildLoop({ company: "google", role: "backend", level: "L6" });
    if (!built.ok) throw new Error(built.message);
    const html = renderToStaticMarkup(<LoopOverview loop={built.loop} notes={built.notes} />);
    expect(html).toContain("Google interview loop: Backend engineer, L6 (Staff Software Engineer)");
    expect(html).toContain("2 rounds × 45 min · 2 practice questions");
    expect(html).toContain("No interview: a review of your feedback · not practised here");
    expect(html.indexOf("Coding interviews")).toBeLessThan(html.indexOf("System design"));
    expect(html).toContain("How to prepare: </span>");
    expect(html).toMatch(/About \d+ h( \d+ min)? of interviews in total/);
  });

  test("shows the note for an unknown company as text", () => {
    const built = buildLoop({ company: "<b>Evil</b> Corp", role: "backend", level: "L4" });
    if (!built.ok) throw new Error(built.message);
    const html = renderToStaticMarkup(<LoopOverview loop={built.loop} notes={built.notes} />);
    expect(html).toContain("no loop on file for &quot;&lt;b&gt;Evil&lt;/b&gt; Corp&quot;");
  });
});
