// Classes of behavioural answer the feedback reads by grammar: who acted, purpose clauses as
// goals, later-time openings as results, numbers that refer back rather than measure, and
// whether a story without the question's words is on topic.
import { describe, expect, test } from "vitest";
import { assessAnswer, type AnswerFeedback, type CheckId } from "~/interview";
import { bankQuestion } from "../../fixtures/interview/sessions.ts";

const failed = (feedback: AnswerFeedback): CheckId[] =>
  feedback.checks.filter((check) => !check.passed).map((check) => check.id);
const L4 = { level: "L4" } as const;
const assess = (id: string, answer: string) => assessAnswer(bankQuestion(id), answer, L4);

describe("behavioural answers by what their sentences do", () => {
  test("an early purpose clause is the goal, not an action or a result", () => {
    const feedback = assess(
      "bh-del-tight-deadline",
      "We had five weeks to move the mobile checkout onto the new payments provider before the old contract ended. I listed every screen that touched payments, checked the usage numbers for each one, and cut the two that almost nobody used, which saved about a week of work. I paired with the provider's engineer for two days to fix the refund flow, and I sent the product lead a short status note every Friday with what was done, what was left and what I had cut. We switched on the last day of the contract and refunds went through in under a minute instead of an hour.",
    );
    expect(feedback.star?.parts.task.sentences[0]).toMatch(/^We had five weeks to move/);
    expect(feedback.star?.parts.result.sentences.join(" ")).not.toMatch(/five weeks to move/);
    expect(failed(feedback)).not.toContain("star_task");
    expect(failed(feedback)).not.toContain("star_result");
  });

  test("a story where nobody acts is not credited with actions", () => {
    const feedback = assess(
      "bh-inn-simplify",
      "Our release checklist had thirty manual steps and releases often went wrong. Everybody agreed it was too much. In the end the checklist was cut to six steps and the manual sign-off was removed. Failed releases went from about one in four to one in twenty.",
    );
    expect(failed(feedback)).toContain("star_action");
    expect(feedback.rating).not.toBe("excellent");
  });

  test("a number after a definite determiner refers back and does not measure the result", () => {
    const feedback = assess(
      "bh-fb-upward",
      "Our manager kept moving our planning meeting at short notice, and two people on the team told me they had stopped preparing for it. I asked him for a one-on-one and showed him the calendar for the last month, with the five times it had moved. He had not noticed how often it happened and agreed to fix the slot. Over the next month the meeting did not move once and the two engineers told me planning felt useful again.",
    );
    expect(feedback.star?.parts.result.found).toBe(true);
    expect(feedback.star?.resultHasNumber).toBe(false);
  });

  test("a story without the question's words is on topic when it touches what the question is about", () => {
    const feedback = assess(
      "bh-own-inherit-mess",
      "When I moved teams I took over the reporting service, which nobody had changed in a year and which failed every month-end. I read the last six months of failures first and found that one query caused most of them, so I fixed it before anything else. Then I added a dashboard and an alert for the nightly job. Month-end has run without a failure for the four months since.",
    );
    expect(failed(feedback)).not.toContain("on_topic");
  });

  test("a technical story told for a question about people, with nobody else in it, is off topic", () => {
    const feedback = assess(
      "bh-men-mentee",
      "Last year I rebuilt our image pipeline. Uploads were resized on the web servers, which made the site slow at peak hours. I moved the resizing to a queue with a small pool of workers and added a cache in front of the storage. Page load time at peak dropped from four seconds to one.",
    );
    expect(failed(feedback)).toContain("on_topic");
    expect(feedback.rating).toBe("poor");
  });

  test("near the end, after the speaker acted, what others then did is the result", () => {
    const feedback = assess(
      "bh-fb-gave-hard",
      "A peer of mine had started leaving review comments that two juniors told me made them dread opening a pull request. I asked him for coffee, brought three of his comments, and told him plainly that the substance was right and the tone was stopping people from asking him anything. I offered to read his next few comments before he posted them, and did so for two weeks. He rewrote his own review checklist and shared it with the team.",
    );
    expect(feedback.star?.parts.result.sentences.join(" ")).toMatch(/rewrote his own review checklist/);
  });

  test("an outcome verb in the opening sentence sets the scene", () => {
    const feedback = assess(
      "bh-inn-simplify",
      "Our routing service had grown four configuration formats over six years, and every new depot took a developer two days to set up. I mapped every setting into one spreadsheet and proposed a single file of thirty settings. I wrote a converter and ran it against all 140 depots, checking that the routes came out identical. Setting up a new depot went from two days to about twenty minutes, and we deleted around 9,000 lines of parsing code.",
    );
    expect(feedback.star?.parts.situation.sentences[0]).toMatch(/^Our routing service had grown/);
  });

  test("the question's verbs count by their infinitive: 'building' answers 'what you built'", () => {
    const feedback = assess(
      "bh-cus-feedback",
      "I was building a bulk upload screen for our dispatch tool, and in the first week several dispatchers wrote in saying they copied rows straight out of spreadsheets. I sat with two of them and watched how they worked. I changed the screen so they could paste rows into a table. The complaints about uploads stopped soon after that.",
    );
    expect(failed(feedback)).not.toContain("on_topic");
    expect(feedback.star?.parts.result.found).toBe(true);
  });
});
