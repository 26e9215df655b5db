// The server is killed (SIGKILL: no shutdown code runs, as in a crash or the OOM killer)
// while 30 users are saving documents and signing in. After a restart on the same database
// every write the server had acknowledged before it died is there, and the server takes new
// writes, also to the rows that were being written when it died. On SQLite the file also
// passes the integrity check; on PostgreSQL the killed server's connections are dropped
// mid-transaction, and PostgreSQL must have rolled them back and released their locks.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { editNumberOf, editText, lostWrites, runMixedLoad, seedLoadUsers } from "../../support/mixed-load";
import { FormClient } from "../../support/http-client";
import { TEST_PASSWORD } from "../../support/users";
import { db } from "~/db.server";
import { onSqlite } from "../../support/engine";

vi.setConfig({ testTimeout: 120_000 });

const servers: AppServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** Transactions still open on this database (other than the asking one), after waiting up to `ms` for them to end. */
async function openTransactionsAfter(ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const [{ open }] = await db.$queryRawUnsafe<{ open: number }[]>(
      "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()",
    );
    if (open === 0 || Date.now() > deadline) return open;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("kill -9 in the middle of writes", () => {
  it("leaves an intact database with every acknowledged write, and a server that starts and writes again", async () => {
    const users = await seedLoadUsers(30, "kill");
    const first = await startAppServer();
    servers.push(first);

    const stopped = new AbortController();
    let saved = 0;
    let enoughSaved: () => void = () => {};
    const twentySaved = new Promise<void>((resolve) => (enoughSaved = resolve));
    // Mostly saves, so the kill lands while transactions are open.
    const load = runMixedLoad({
      baseUrl: first.url,
      users,
      seconds: 90,
      mix: { save: 0.7, health: 0.05, ownPage: 0.05, signIn: 0.1 },
      signal: stopped.signal,
      onSaved: () => {
        if (++saved >= 20) enoughSaved();
      },
    });
    // Kill once a good number of saves have been acknowledged, while others are in flight.
    await Promise.race([twentySaved, load]);
    await first.kill();
    stopped.abort();
    const result = await load;

    expect(saved, "saves acknowledged before the kill").toBeGreaterThanOrEqual(20);
    expect(result.serverErrors).toEqual([]);

    if (onSqlite()) {
      // Opening the file replays the write-ahead log, as the restarted server will.
      const raw = new Database(process.env.DATABASE_URL!.slice("file:".length));
      expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
      raw.close();
    } else {
      // The dead server's open transactions end with its connections, taking their locks along.
      expect(await openTransactionsAfter(5000)).toBe(0);
    }
    expect(await lostWrites(result)).toEqual([]);

    const second = await startAppServer();
    servers.push(second);
    expect((await fetch(second.url + "/healthz")).status).toBe(200);
    // Any user's document may have been mid-save when the server died: each takes a new edit.
    const next = Math.max(...result.acknowledgedEdits.values()) + 100;
    const afterRestart = await Promise.all(
      users.map(async (user) => {
        const client = new FormClient(second.url);
        const signedIn = await client.post("/login", { email: user.email, password: TEST_PASSWORD, redirectTo: "" });
        const saved = await client.post(`/documents/${user.documentId}`, { intent: "edit", text: editText(next) });
        return [signedIn.status, saved.status];
      }),
    );
    expect(afterRestart).toEqual(users.map(() => [302, 200]));
    const stored = await db.document.findMany({
      where: { id: { in: users.map((u) => u.documentId) } },
      select: { editedText: true },
    });
    expect(stored.map((d) => editNumberOf(d.editedText))).toEqual(users.map(() => next));
  });
});
