import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { AnswerFeedbackView } from "~/interview/components/AnswerFeedbackView.tsx";
import { LoopOverview } from "~/interview/components/LoopOverview.tsx";
import { SessionSummaryView } from "~/interview/components/SessionSummaryView.tsx";
import { buildLoop } from "~/interview/loops.ts";
import { assessAnswer } from "~/interview/rubric.ts";
import { answerQuestion, progressByCompetency, startSession, summariseSession } from "~/interview/session.ts";
import { CONFLICT_QUESTION, SLOW_QUERY_ANSWER, SLOW_QUERY_QUESTION, STORY, story } from "../../fixtures/interview/sessions.ts";

describe("AnswerFeedbackView", () => {
  test("shows the rating, reasons, STAR parts with their sentences, metrics and the outline", () => {
    const html = renderToStaticMarkup(<AnswerFeedbackView feedback={assessAnswer(CONFLICT_QUESTION, story({ result: STORY.resultWithoutNumber }))} />);
    expect(html).toContain("<h2");
    expect(html).toMatch(/>good<\/span>/);
    expect(html).toContain("To improve: </span>The result has no number");
    expect(html).toContain("Situation: found");
    expect(html).toContain(STORY.task);
    expect(html).toMatch(/Speaking time<\/dt><dd>about 1 min \d+ s/);
    expect(html).toContain("[result with a number]");
    expect(html).toContain("Can you put a number on the result");
  });

  test("lists rubric points covered, with the words that matched, and missed", () => {
    const html = renderToStaticMarkup(<AnswerFeedbackView feedback={assessAnswer(SLOW_QUERY_QUESTION, SLOW_QUERY_ANSWER)} headingLevel={3} />);
    expect(html).toContain("Covered (5)");
    expect(html).toContain("Missed (0)");
    expect(html).toContain("(matched “explain”)");
    expect(html).not.toContain("STAR parts");
    expect(html).not.toContain("<h2");
  });

  test("renders markup in the answer as text, never as HTML", () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> ${story()}`;
    const html = renderToStaticMarkup(<AnswerFeedbackView feedback={assessAnswer(CONFLICT_QUESTION, hostile)} />);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("SessionSummaryView", () => {
  test("shows progress, strengths, what to practise and competencies", () => {
    const started = startSession({ company: "amazon", role: "backend", level: "L4", stage: "behavioral", seed: 1 });
    if (!started.ok) throw new Error(started.message);
    const answered = answerQuestion(started.session, started.session.items[0]!.question.id, story({ result: STORY.resultWithoutNumber }));
    if (!answered.ok) throw new Error(answered.message);
    const html = renderToStaticMarkup(
      <SessionSummaryView summary={summariseSession(answered.session)} progress={progressByCompetency([answered.session])} />,
    );
    expect(html).toContain("1 of 8 questions answered; you can resume where you stopped.");
    expect(html).toContain("Put a number on your results");
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
