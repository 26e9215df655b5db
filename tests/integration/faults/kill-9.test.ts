// The server is killed (SIGKILL: no shutdown code runs, as in a crash or the OOM killer)
// while 30 users are saving documents and signing in. After a restart on the same file the
// database passes SQLite's integrity check, every write the server had acknowledged before
// it died is there, and the server takes new writes.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { editNumberOf, editText, lostWrites, runMixedLoad, seedLoadUsers } from "../../support/mixed-load";
import { FormClient } from "../../support/http-client";
import { TEST_PASSWORD } from "../../support/users";
import { onSqlite } from "../../support/engine";

vi.setConfig({ testTimeout: 120_000 });

const servers: AppServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

// SQLite's file after a crash (integrity_check); PostgreSQL keeps its own write-ahead log.
describe.runIf(onSqlite())("kill -9 in the middle of writes", () => {
  it("leaves an intact database with every acknowledged write, and a server that starts and writes again", async () => {
    const file = process.env.DATABASE_URL!.slice("file:".length);
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

    // Opening the file replays the write-ahead log, as the restarted server will.
    const raw = new Database(file);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    raw.close();
    expect(lostWrites(file, result)).toEqual([]);

    const second = await startAppServer();
    servers.push(second);
    expect((await fetch(second.url + "/healthz")).status).toBe(200);
    const client = new FormClient(second.url);
    expect(
      (await client.post("/login", { email: users[0]!.email, password: TEST_PASSWORD, redirectTo: "" })).status,
    ).toBe(302);
    const next = result.acknowledgedEdits.get(users[0]!.documentId)! + 100;
    const afterRestart = await client.post(`/documents/${users[0]!.documentId}`, {
      intent: "edit",
      text: editText(next),
    });
    expect(afterRestart.status).toBe(200);
    const after = new Database(file, { readonly: true });
    const row = after.prepare(`SELECT "editedText" AS text FROM "Document" WHERE id = ?`).get(users[0]!.documentId) as {
      text: string;
    };
    after.close();
    expect(editNumberOf(row.text)).toBe(next);
  });
});
