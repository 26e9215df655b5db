// The saved-session view the documents page renders for kind "interview_session".
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import type { DocumentForView } from "~/documents/view";
import InterviewSessionView from "~/interview/ui/DocumentView";
import { sessionToText, type InterviewSession } from "~/interview";
import { answerQuestion, startSession } from "~/interview/questions.server";

const ANSWER =
  "I have spent six years building backend services for payments <b>and</b> logistics, and I want to own a product area end to end.";

function session(stage: string): InterviewSession {
  const started = startSession({ company: "Google", role: "backend", level: "L5", stage, seed: 11 });
  if (!started.ok) throw new Error(started.message);
  return started.session;
}

function answerFirst(value: InterviewSession): InterviewSession {
  const result = answerQuestion(value, value.items[0].question.id, ANSWER);
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

function render(output: unknown, text = "saved text"): string {
  const document: DocumentForView = {
    id: "cmsession0000000000000001",
    kind: "interview_session",
    title: "Google L5 backend mock interview",
    input: {},
    output,
    text,
    editedText: null,
    engine: "builtin",
    engineNote: null,
    rulesetVersion: "interview-rubric/1",
    createdAt: "2026-11-29T10:00:00.000Z",
  };
  return renderToStaticMarkup(
    <StaticRouter location="/documents/cmsession0000000000000001">
      <InterviewSessionView document={document} />
    </StaticRouter>,
  ).replaceAll("<!-- -->", "");
}

describe("a saved mock interview on the documents page", () => {
  it("shows each answer as text with its feedback, and links back to resume an unfinished session", () => {
    const partly = answerFirst(session("recruiter-screen"));
    const html = render(partly);
    expect(html).toContain(`href="/toolkit/interview/cmsession0000000000000001"`);
    expect(html).toContain("Resume this mock interview");
    expect(html).toContain("(1 of 3 answered)");
    expect(html).toContain("payments &lt;b&gt;and&lt;/b&gt; logistics");
    expect(html).toContain(`aria-label="Feedback on your answer"`);
    expect(html.match(/Not answered yet\./g)).toHaveLength(2);
    expect(html).toContain("Session summary");
  });

  it("has no resume link once every question is answered", () => {
    const html = render(answerFirst(session("system-design")));
    expect(html).not.toContain("Resume this mock interview");
    expect(html).toContain("Strengths");
    expect(html).toContain("What to practise next");
  });

  it("explains a damaged session and still shows its saved text", () => {
    const damaged = { ...session("system-design"), items: "not a list" };
    const html = render(damaged, sessionToText(session("system-design")));
    expect(html).toContain("cannot be resumed");
    expect(html).toContain("Mock interview: Google, Backend engineer");
  });
});
