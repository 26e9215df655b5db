// A form post whose browser has gone is not saved and not charged to the quota, even when
// the document was written: here the save waits for the database's write lock (held by
// another process) while the client gives up, and must not happen once the lock is free.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { holdWriteLock } from "../../support/write-lock";
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
  const lock = await holdWriteLock(process.env.DATABASE_URL!.slice("file:".length), 4_000);
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
