// A form post whose browser has gone is not saved and not charged to the quota, even when
// the document was written: here the save waits for the database's write lock (held by
// another process) while the client gives up, and must not happen once the lock is free.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { parseSession } from "~/interview";
import { isCharged } from "~/writer/quota.server";
import type { UsageStatus } from "~/writer/types";
import { type AppServer, startAppServer } from "../../support/app-server";
import { type FakeOpenAI, startFakeOpenAI } from "../../support/fake-openai";
import { holdDatabaseWriteLock } from "../../support/write-lock";
import type { FormClient, FormFields } from "../../support/http-client";
import { NATIONAL_OFFER_FORM } from "../../fixtures/negotiation/forms";
import { signUpPaid } from "../../support/users";

vi.setConfig({ testTimeout: 60_000 });

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer({ DATABASE_WRITE_WAIT_MS: "10000" });
});
afterAll(async () => {
  await server?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts a form during a write lock, gives up while the save waits, then lets the lock go. */
async function postAndGiveUp(client: FormClient, pathName: string, fields: FormFields) {
  const lock = await holdDatabaseWriteLock(4_000);
  const gaveUp = new AbortController();
  const posting = client.post(pathName, fields, {}, { signal: gaveUp.signal }).catch(() => null);
  await sleep(1_500);
  gaveUp.abort();
  await posting;
  await lock.released;
  // Time for a save that would still happen after the lock.
  await sleep(2_000);
}

describe("a post whose client has gone", () => {
  it.each([["the negotiation email", "/toolkit/negotiate", NATIONAL_OFFER_FORM]])(
    "%s: nothing saved, nothing charged, while the same post kept open is saved",
    async (_, pathName, fields) => {
      const { client, user } = await signUpPaid(server.url);
      await postAndGiveUp(client, pathName, fields);
      expect(await db.document.count({ where: { userId: user.id } })).toBe(0);
      expect(await db.usageEvent.count({ where: { userId: user.id } })).toBe(0);
      // The same post from a client that waits is saved.
      const kept = await client.post(pathName, fields);
      expect(kept.status).toBe(303);
      expect(await db.document.count({ where: { userId: user.id } })).toBe(1);
    },
  );
});

// Mock interviews, with a model configured so an answer costs a use of the quota: starting a
// session saves a document, answering a question rewrites it and records the model's use.
describe("a mock-interview post whose client has gone", () => {
  let coached: AppServer;
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    coached = await startAppServer({
      DATABASE_WRITE_WAIT_MS: "10000",
      OPENAI_API_KEY: "test-key",
      OPENAI_BASE_URL: fake.url,
      OPENAI_MODEL: "fake-coach",
      OPENAI_MAX_RETRIES: "0",
    });
  });
  afterAll(async () => {
    await coached?.stop();
    await fake?.close();
  });

  const CHOICES = { company: "Google", role: "backend", level: "google:L5", stage: "recruiter-screen" };
  const ANSWER =
    "I have spent six years building backend services for payments and logistics, most recently leading a team of four engineers. I want a role where I own a product area end to end, work with strong engineers, and keep learning about large distributed systems.";

  const chargedUses = async (userId: string) =>
    (await db.usageEvent.findMany({ where: { userId }, select: { status: true } })).filter((use) =>
      isCharged(use.status as UsageStatus),
    ).length;
  const sessions = (userId: string) => db.document.findMany({ where: { userId, kind: "interview_session" } });

  async function firstQuestion(id: string): Promise<{ questionId: string; answered: () => Promise<boolean> }> {
    const read = async () => {
      const doc = await db.document.findUniqueOrThrow({ where: { id } });
      const parsed = parseSession(JSON.parse(doc.output));
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.session.items[0]!;
    };
    const item = await read();
    return { questionId: item.question.id, answered: async () => (await read()).answer !== null };
  }

  it("starting a session: nothing saved, while the same post kept open is", async () => {
    const { client, user } = await signUpPaid(coached.url);
    await postAndGiveUp(client, "/toolkit/interview", CHOICES);
    expect(await sessions(user.id)).toHaveLength(0);
    const kept = await client.post("/toolkit/interview", CHOICES);
    expect(kept.status).toBe(302);
    expect(await sessions(user.id)).toHaveLength(1);
  });

  it("answering a question: the answer not saved and the model's use not charged, while the same post kept open is both", async () => {
    const { client, user } = await signUpPaid(coached.url);
    const started = await client.post("/toolkit/interview", CHOICES);
    const id = /\/toolkit\/interview\/([a-z0-9]+)$/.exec(started.headers.get("location") ?? "")![1]!;
    const { questionId, answered } = await firstQuestion(id);
    fake.requests.length = 0;

    // Ordered by events, not timed: the model is asked; another session takes hold of writes;
    // only then does the model answer, so the save waits on the lock; the client gives up
    // while it waits; the lock goes. (On a loaded machine the save may reach the database
    // only after the client has gone: still nothing may be kept.)
    let answer!: () => void;
    fake.setScript({ reply: "Hello from the fake model.", heldUntil: new Promise<void>((go) => (answer = go)) });
    const gaveUp = new AbortController();
    const posting = client
      .post(`/toolkit/interview/${id}`, { questionId, answer: ANSWER }, {}, { signal: gaveUp.signal })
      .catch(() => null);
    await vi.waitFor(() => expect(fake.requests.length).toBe(1), { timeout: 10_000, interval: 20 });
    const lock = await holdDatabaseWriteLock(8_000);
    answer();
    await sleep(1_500);
    gaveUp.abort();
    await posting;
    await lock.released;
    await sleep(2_000);
    // The model was asked and answered, but nothing of it was kept.
    expect(fake.requests.length).toBe(1);
    expect(await answered()).toBe(false);
    expect(await chargedUses(user.id)).toBe(0);

    fake.setScript({ reply: "Hello from the fake model." });
    const kept = await client.post(`/toolkit/interview/${id}`, { questionId, answer: ANSWER });
    expect(kept.status).toBe(302);
    expect(await answered()).toBe(true);
    expect(await chargedUses(user.id)).toBe(1);
  });
});
