import { describe, expect, test } from "vitest";
import { listCompanies, listLevels, listRoles } from "~/interview/loops.ts";
import { parseSession } from "~/interview/schema.ts";
import { progressByCompetency, sessionToText, summariseSession, type InterviewSession } from "~/interview";
import {
  answerQuestion,
  nextQuestion,
  readSession,
  startSession,
  type StartSessionInput,
} from "~/interview/questions.server";
import { CONFLICT_QUESTION, SLOW_QUERY_ANSWER, STORY, story, WE_STORY } from "../../fixtures/interview/sessions.ts";

/** The same session with every question asking for the conflict story the fixtures tell,
 *  so one story is on topic everywhere (ids and competencies stay as drawn). */
function askingForConflict(session: InterviewSession): InterviewSession {
  return {
    ...session,
    items: session.items.map((item) => ({
      ...item,
      question: { ...item.question, text: CONFLICT_QUESTION.text, rubric: CONFLICT_QUESTION.rubric },
    })),
  };
}

function start(input: Partial<StartSessionInput> = {}): InterviewSession {
  const result = startSession({ company: "google", role: "backend", level: "L5", stage: "full", seed: 7, ...input });
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

function answer(session: InterviewSession, questionId: string, text: string): InterviewSession {
  const result = answerQuestion(session, questionId, text);
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

/** Answers every question of a stage with the same text. */
function answerAll(
  session: InterviewSession,
  text: string,
  stage = session.items[0]!.question.stage,
): InterviewSession {
  return session.items
    .filter((item) => item.question.stage === stage)
    .reduce((current, item) => answer(current, item.question.id, text), session);
}

describe("startSession", () => {
  test("a full Google L5 loop asks the right number of questions per stage, in order", () => {
    const session = start();
    expect(session.stages.map((stage) => [stage.id, stage.questionCount])).toEqual([
      ["recruiter-screen", 3],
      ["phone-screen", 2],
      ["coding", 4],
      ["system-design", 1],
      ["behavioral", 3],
      ["team-match", 2],
    ]);
    expect(session.items.map((item) => item.question.stage)).toEqual(
      session.stages.flatMap((stage) => Array(stage.questionCount).fill(stage.id)),
    );
    expect(new Set(session.items.map((item) => item.question.id)).size).toBe(session.items.length);
  });

  test("each stage carries its guidance and a time budget for the timer", () => {
    const session = start({ stage: "system-design" });
    expect(session.stages).toEqual([
      expect.objectContaining({ id: "system-design", name: "System design", minutes: 45, questionCount: 1 }),
    ]);
    expect(session.stages[0]!.guidance).toMatch(/requirements/);
    expect(session.items[0]!.question.suggestedMinutes).toBe(45);
  });

  test("the same choices and seed give the same session; another seed changes it", () => {
    expect(start()).toEqual(start());
    const ids = (session: InterviewSession) => session.items.map((item) => item.question.id).join();
    expect(new Set([1, 2, 3, 4].map((seed) => ids(start({ seed }))).values()).size).toBeGreaterThan(1);
  });

  test("every company, level and role gets a full mock with no missing questions", () => {
    for (const company of listCompanies()) {
      for (const level of listLevels(company.id)) {
        for (const role of listRoles()) {
          const session = start({ company: company.id, level: level.id, role: role.id });
          const expected = session.stages.reduce((sum, stage) => sum + stage.questionCount, 0);
          expect(session.items, `${company.id} ${level.id} ${role.id}`).toHaveLength(expected);
          expect(session.notes.filter((note) => note.startsWith("Only"))).toEqual([]);
        }
      }
    }
  });

  test("questions name the company where the text asks for it", () => {
    const whyCompany = (company: string) => {
      for (let seed = 0; seed < 50; seed++) {
        const item = start({ company, stage: "recruiter-screen", seed }).items.find(
          (candidate) => candidate.question.id === "sc-why-company",
        );
        if (item) return item.question.text;
      }
      throw new Error("no seed selected sc-why-company");
    };
    expect(whyCompany("facebook")).toBe("Why do you want to work at Meta?");
    expect(whyCompany("Initech")).toBe("Why do you want to work at Initech?");
    expect(whyCompany("startup")).toBe("Why do you want to work at this company?");
    expect(whyCompany("")).toBe("Why do you want to work at this company?");
  });

  test("system design is not offered at Google L3, with a message saying from which level it is", () => {
    const result = startSession({ company: "google", role: "backend", level: "L3", stage: "system-design", seed: 1 });
    expect(result).toMatchObject({ ok: false, error: "stage_not_in_loop" });
    if (!result.ok) expect(result.message).toMatch(/includes it at L5–L7/);
  });

  test("the hiring committee cannot be practised", () => {
    expect(
      startSession({ company: "google", role: "backend", level: "L4", stage: "hiring-committee", seed: 1 }),
    ).toMatchObject({
      ok: false,
      error: "stage_not_practised",
    });
  });

  test("an unknown company uses the generic loop, keeps the name and says so", () => {
    const session = start({ company: "Initech" });
    expect(session.company).toEqual({ id: "large-company", name: "Initech" });
    expect(session.notes[0]).toMatch(/no loop on file/);
  });

  test.each([
    [{ level: "L9" }, "unknown_level"],
    [{ company: "amazon", level: "L7" }, "level_not_offered"],
    [{ role: "astronaut" }, "invalid_choices"],
    [{ stage: "lunch" }, "invalid_choices"],
    [{ seed: {} as unknown as number }, "invalid_choices"],
  ])("bad choices %o are a typed error, not a throw", (change, error) => {
    expect(
      startSession({ company: "google", role: "backend", level: "L5", stage: "full", seed: 1, ...change }),
    ).toMatchObject({
      ok: false,
      error,
      message: expect.any(String),
    });
  });
});

describe("answering", () => {
  test("answers the next question, returns feedback and leaves the original session untouched", () => {
    const session = start({ stage: "behavioral" });
    const first = nextQuestion(session)!;
    expect(first.position).toBe(1);
    const result = answerQuestion(session, first.item.question.id, story());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feedback.style).toBe("star");
    expect(result.session.items[0]).toMatchObject({ answer: story(), feedback: result.feedback });
    expect(session.items[0]!.answer).toBeNull();
    expect(nextQuestion(result.session)!.position).toBe(2);
  });

  test("answering again replaces the earlier answer", () => {
    const session = start({ stage: "behavioral" });
    const id = session.items[0]!.question.id;
    const twice = answer(answer(session, id, WE_STORY), id, story());
    expect(twice.items[0]!.answer).toBe(story());
  });

  test("nextQuestion is null once every question is answered", () => {
    const session = answerAll(start({ stage: "system-design" }), SLOW_QUERY_ANSWER);
    expect(nextQuestion(session)).toBeNull();
    expect(summariseSession(session).complete).toBe(true);
  });

  test.each([
    ["", "empty_answer", /Type an answer/],
    ["   \n\t ", "empty_answer", /Type an answer/],
    ["x".repeat(50_000), "answer_too_long", /limited to 20,000 characters; this one has 50,000/],
    [42, "invalid_answer", /must be text/],
  ])("answer %#: rejected as %s with a clear message", (input, error, message) => {
    const session = start({ stage: "behavioral" });
    const result = answerQuestion(session, session.items[0]!.question.id, input);
    expect(result).toMatchObject({ ok: false, error, message: expect.stringMatching(message) });
  });

  test("an unknown question id is a typed error", () => {
    expect(answerQuestion(start(), "no-such-question", story())).toMatchObject({
      ok: false,
      error: "unknown_question",
    });
  });

  test("HTML in an answer is stored as typed", () => {
    const session = start({ stage: "behavioral" });
    const html = `<img src=x onerror=alert(1)> ${story()}`;
    expect(answer(session, session.items[0]!.question.id, html).items[0]!.answer).toBe(html);
  });
});

describe("storage", () => {
  test("a session survives a JSON round trip and can be resumed where it stopped", () => {
    const session = answer(
      start({ stage: "behavioral" }),
      start({ stage: "behavioral" }).items[0]!.question.id,
      story(),
    );
    const restored = parseSession(JSON.parse(JSON.stringify(session)));
    expect(restored).toEqual({ ok: true, session });
    if (restored.ok) expect(nextQuestion(restored.session)!.position).toBe(2);
  });

  test("a damaged document is reported, not thrown", () => {
    const damaged = { ...JSON.parse(JSON.stringify(start())), items: "nope" };
    expect(parseSession(damaged)).toMatchObject({
      ok: false,
      error: "invalid_session",
      message: expect.stringMatching(/^This saved session cannot be resumed \(items/),
    });
    expect(parseSession(null)).toMatchObject({ ok: false, error: "invalid_session" });
  });
});

describe("summary and progress", () => {
  test("an unanswered session has no overall rating", () => {
    expect(summariseSession(start())).toMatchObject({
      answered: 0,
      complete: false,
      overall: null,
      strengths: [],
      practiseNext: [],
    });
  });

  test("recurring gaps become 'practise next' and consistent habits become strengths", () => {
    const session = answerAll(
      askingForConflict(start({ stage: "behavioral" })),
      story({ result: STORY.resultWithoutNumber }),
    );
    const summary = summariseSession(session);
    expect(summary.answered).toBe(3);
    expect(summary.practiseNext[0]).toBe("Put a measure on your results (3 of 3 results had none).");
    expect(summary.strengths).toContain("You make your own role clear.");
    expect(summary.strengths).not.toContain("Your results carry measures.");
  });

  test("progress records no credit a story did not earn: an off-topic story stays poor", () => {
    const session = start({ company: "amazon", level: "L4", stage: "behavioral", seed: 3 });
    const offTopic =
      "I really enjoy hiking and baking sourdough at weekends. I also play the guitar in a small band, and last summer we played three concerts in local cafes. My favourite food is ramen, and I travel to Japan whenever I can afford it. Next year I plan to run my first marathon.";
    const progress = progressByCompetency([answerAll(session, offTopic)]);
    expect(progress.every((entry) => entry.latest === "poor")).toBe(true);
  });

  test("weak competencies are named with the first point to cover", () => {
    const session = start({ stage: "system-design" });
    const summary = summariseSession(
      answer(
        session,
        session.items[0]!.question.id,
        "I would use a database and some servers behind a load balancer, and keep it simple so it works.",
      ),
    );
    expect(summary.byCompetency).toEqual([expect.objectContaining({ competency: "system-design", rating: "poor" })]);
    expect(summary.practiseNext.at(-1)).toMatch(/^Practise system design \(poor\): cover /);
  });

  test("progress by competency follows sessions in order and shows the trend", () => {
    const behavioral = askingForConflict(start({ company: "amazon", level: "L4", stage: "behavioral", seed: 3 }));
    const weak = answerAll(behavioral, WE_STORY.split(". ").slice(0, 2).join(". "));
    const strong = answerAll(behavioral, story());
    const progress = progressByCompetency([weak, strong]);
    expect(progress.length).toBe(new Set(behavioral.items.map((item) => item.question.competency)).size);
    for (const entry of progress) {
      expect(entry.sessions).toBe(2);
      expect(entry.history.map((point) => point.sessionIndex)).toEqual([0, 1]);
      expect(entry.latest).toBe("excellent");
      expect(entry.trend).toBe("improving");
    }
    expect(
      progressByCompetency([strong, weak]).every((entry) => entry.trend === "declining" && entry.best === "excellent"),
    ).toBe(true);
    expect(progressByCompetency([strong]).every((entry) => entry.trend === "new")).toBe(true);
  });
});

describe("sessionToText", () => {
  test("includes the choices, each question, the answer, the feedback and the summary as plain text", () => {
    const session = askingForConflict(start({ stage: "behavioral" }));
    const answered = answer(
      session,
      session.items[0]!.question.id,
      `<b>${story({ result: STORY.resultWithoutNumber })}</b>`,
    );
    const text = sessionToText(answered);
    expect(text).toContain("Mock interview: Google, Backend engineer, L5 (Senior Software Engineer)");
    expect(text).toContain(`Q1. ${session.items[0]!.question.text}`);
    expect(text).toContain("<b>Last year I was a backend engineer");
    expect(text).toMatch(/Rating: Good: 1 thing to improve\./);
    expect(text).toContain("[how much it changed: a number or a before-and-after]");
    expect(text).toContain("(not answered yet)");
    expect(text).toContain("Practise next:\n- Put a measure on your results (1 of 1 results had none).");
  });
});

describe("sessions saved in the first format", () => {
  test("are upgraded on reading: questions and answers kept, feedback re-assessed with today's rules", () => {
    const current = answer(
      askingForConflict(start({ stage: "behavioral" })),
      start({ stage: "behavioral" }).items[0]!.question.id,
      story(),
    );
    const v1 = {
      ...JSON.parse(JSON.stringify(current)),
      format: "interview-session/1",
      rubricVersion: "interview-rubric/1",
      items: current.items.map((item) => ({
        question: {
          ...item.question,
          kind: item.question.kind === "system_design" ? "system-design" : item.question.kind,
        },
        answer: item.answer,
        feedback: null,
      })),
    };
    const read = readSession(v1);
    expect(read).toMatchObject({ ok: true, upgraded: true });
    if (!read.ok) return;
    expect(read.session.format).toBe("interview-session/2");
    expect(read.session.items[0]!.answer).toBe(current.items[0]!.answer);
    expect(read.session.items[0]!.feedback?.rating).toBe(current.items[0]!.feedback?.rating);
    expect(readSession({ format: "interview-session/0" })).toMatchObject({ ok: false, error: "invalid_session" });
  });
});
