// Another process holds SQLite's write lock (BEGIN EXCLUSIVE) for several seconds. Requests
// that need no write keep answering at once; a write waits for the lock without blocking
// the server, answers 503 with Retry-After when its bounded wait runs out, and goes through
// when the lock is released in time. Nothing acknowledged is lost. Before, the driver waited
// synchronously: /healthz and even /robots.txt stalled for seconds and the edit ended in 500.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { holdWriteLock } from "../../support/write-lock";
import { documentEditor } from "./support/editing";
import { onSqlite } from "../../support/engine";

vi.setConfig({ testTimeout: 60_000 });

const WRITE_WAIT_MS = 3000;
const LOCK_MS = 7000;

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer({ DATABASE_WRITE_WAIT_MS: String(WRITE_WAIT_MS) });
});
afterAll(async () => {
  await server?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// SQLite's adapter (app/db/sqlite-adapter.server.ts); PostgreSQL's lock waits and statement
// timeout: tests/integration/engines/postgres-operations.test.ts.
describe.runIf(onSqlite())("a write lock held by another process", () => {
  it("leaves reads answering at once, makes writes wait asynchronously, and answers 503 past the wait", async () => {
    const { doc, edit } = await documentEditor(server);
    expect((await edit(2)).res.status).toBe(200);

    // Warm: a first render is not what this measures.
    for (const p of ["/healthz", "/robots.txt", "/compare"]) await (await fetch(server.url + p)).text();

    const lockedAt = Date.now();
    const { released } = await holdWriteLock(process.env.DATABASE_URL!.slice("file:".length), LOCK_MS);
    let lockHeld = true;
    void released.then(() => (lockHeld = false));

    // Reads and static answers, sampled the whole time the lock is held.
    const samples: { path: string; ms: number; status: number; writes?: string }[] = [];
    const sampling = (async () => {
      while (lockHeld) {
        for (const p of ["/healthz", "/robots.txt", "/compare"]) {
          const started = performance.now();
          const res = await fetch(server.url + p);
          const body = await res.text();
          samples.push({
            path: p,
            ms: performance.now() - started,
            status: res.status,
            writes: p === "/healthz" ? JSON.parse(body).writes : undefined,
          });
        }
        await sleep(20);
      }
    })();

    // An edit made at once waits its bounded time, then is refused: not saved, and said so.
    const refusedStarted = Date.now();
    const refused = await edit(2);
    expect(refused.res.status).toBe(503);
    expect(Date.now() - refusedStarted).toBeGreaterThanOrEqual(WRITE_WAIT_MS - 500);
    expect(Number(refused.res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body).toContain("busy");
    expect(refused.body).toContain("was not saved");

    // An edit made shortly before the lock goes away waits for it and is saved.
    await sleep(Math.max(0, lockedAt + LOCK_MS - WRITE_WAIT_MS / 2 - Date.now()));
    const waited = await edit(2);
    expect(waited.res.status).toBe(200);
    await sampling;
    await released;

    expect(samples.length).toBeGreaterThan(10);
    expect(samples.every((s) => s.status === 200)).toBe(true);
    // Generous, for a loaded machine: the point is that nothing waits for the lock (before,
    // these took 5–9 s: the driver's 5 s busy wait blocked the event loop). The bench reports p99.
    const slowest = Math.max(...samples.map((s) => s.ms));
    expect(slowest, JSON.stringify(samples.filter((s) => s.ms > 500))).toBeLessThan(2000);
    expect(samples.some((s) => s.writes === "waiting")).toBe(true);

    const saved = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(saved.editedText).toBe(waited.text);
  });

  it("lets a command-line import run against the live database while the server writes", async () => {
    const { edit } = await documentEditor(server);
    const importing = new Promise<number | null>((resolve) => {
      const child = spawn(
        path.resolve("node_modules/.bin/tsx"),
        [
          "app/market/import-cli.ts",
          "so",
          path.resolve("prisma/data/market/so_survey/so2024_us_median_salary_by_devtype.csv"),
        ],
        { env: process.env, stdio: "ignore" },
      );
      child.once("exit", resolve);
    });
    const statuses: number[] = [];
    let done = false;
    void importing.then(() => (done = true));
    while (!done) statuses.push((await edit(1)).res.status);
    expect(await importing).toBe(0);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});
