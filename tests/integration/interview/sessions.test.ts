// Session storage against the real database: scoping by user, the stale-write guard,
// and the lists behind the start and progress pages.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { InterviewSession } from "~/interview";
import { answerQuestion, startSession } from "~/interview/questions.server";
import {
  createSession,
  listSessionsOldestFirst,
  listUnfinishedSessions,
  loadSession,
  sessionTitle,
  updateSession,
} from "~/interview/sessions.server";

const ANSWER =
  "I have spent six years building backend services for payments and logistics, most recently leading a team of four engineers, and I want to own a product area end to end.";

async function newUser(): Promise<string> {
  const user = await db.user.create({ data: { email: `${crypto.randomUUID()}@sessions.test`, passwordHash: "x" } });
  return user.id;
}

function newSession(stage = "recruiter-screen", seed = 7): InterviewSession {
  const started = startSession({ company: "google", role: "backend", level: "L5", stage, seed });
  if (!started.ok) throw new Error(started.message);
  return started.session;
}

function answered(session: InterviewSession, index: number): InterviewSession {
  const result = answerQuestion(session, session.items[index].question.id, ANSWER);
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

async function loaded(userId: string, id: string) {
  const result = await loadSession(userId, id);
  if (!result.ok) throw new Error(`not loaded: ${result.reason}`);
  return result.saved;
}

describe("interview session storage", () => {
  it("names sessions by company, level, role and stage", () => {
    const at = new Date(Date.UTC(2026, 11, 3, 14, 5));
    expect(sessionTitle(newSession("full"), at)).toBe(
      "Google L5 backend engineer mock interview · 3 Dec 2026, 14:05 UTC",
    );
    expect(sessionTitle(newSession("system-design"), at)).toBe(
      "Google L5 backend engineer mock interview: System design · 3 Dec 2026, 14:05 UTC",
    );
    expect(sessionTitle(newSession("full"), new Date(at.getTime() + 60_000))).not.toBe(
      sessionTitle(newSession("full"), at),
    );
  });

  it("loads only the owner's sessions, and not once they are in the trash", async () => {
    const owner = await newUser();
    const id = (await createSession(owner, newSession()))!;
    expect((await loadSession(owner, id)).ok).toBe(true);
    expect(await loadSession(await newUser(), id)).toEqual({ ok: false, reason: "not_found" });
    await db.document.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await loadSession(owner, id)).toEqual({ ok: false, reason: "not_found" });
  });

  it("reports a damaged session instead of failing", async () => {
    const owner = await newUser();
    const id = (await createSession(owner, newSession()))!;
    await db.document.update({ where: { id }, data: { output: JSON.stringify({ format: "something else" }) } });
    const result = await loadSession(owner, id);
    expect(result).toMatchObject({
      ok: false,
      reason: "unreadable",
      message: expect.stringContaining("cannot be resumed"),
    });
    expect(await listUnfinishedSessions(owner)).toEqual([]);
  });

  it("writes an answer once, refusing a second write from the same stale read and any other user", async () => {
    const owner = await newUser();
    const id = (await createSession(owner, newSession()))!;
    const read = await loaded(owner, id);

    expect(await updateSession(await newUser(), read, answered(read.session, 0))).toBe("changed");
    expect(await updateSession(owner, read, answered(read.session, 0), { engine: "fake-coach" })).toBe("saved");
    expect(await updateSession(owner, read, answered(read.session, 1))).toBe("changed");

    const stored = await loaded(owner, id);
    expect(stored.session.items.map((item) => item.answer)).toEqual([ANSWER, null, null]);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).engine).toBe("fake-coach");
  });

  it("lists unfinished sessions newest first, and every session oldest first for progress", async () => {
    const owner = await newUser();
    const older = (await createSession(owner, newSession("recruiter-screen", 1)))!;
    const finished = newSession("system-design", 2);
    (await createSession(owner, answered(finished, 0)))!;
    const newer = (await createSession(owner, newSession("recruiter-screen", 3)))!;

    expect((await listUnfinishedSessions(owner)).map((entry) => [entry.id, entry.answered, entry.total])).toEqual([
      [newer, 0, 3],
      [older, 0, 3],
    ]);
    expect((await listSessionsOldestFirst(owner)).map((session) => session.seed)).toEqual(["1", "2", "3"]);
  });
});
