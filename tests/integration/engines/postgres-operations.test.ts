import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { ENGINES } from "~/db/engines";
import { findPostgresBinaries } from "../../../prisma/postgres/cluster";
import { type AppServer, runServerExpectingExit, startAppServer } from "../../support/app-server";
import { onPostgres } from "../../support/engine";
import { FormClient } from "../../support/http-client";
import { adminQuery, databaseUrl } from "../../support/postgres";
import { editText, lostWrites, seedLoadUsers } from "../../support/mixed-load";
import { TEST_PASSWORD, signUpVerified } from "../../support/users";

// Running on PostgreSQL: what README "Database" and "Scaling past one machine" promise.

const serverUrl = () => process.env.TEST_POSTGRES_SERVER_URL!;
const scratchName = (what: string) => `${process.env.TEST_POSTGRES_PREFIX}_${what}_${process.pid}`;
const servers: AppServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

function pgTool(name: string): string {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error("PostgreSQL's binaries are needed for this test");
  return path.join(bin, name);
}

describe.runIf(onPostgres())("PostgreSQL operations", () => {
  it("migrates and seeds a brand-new empty database at start, then answers /healthz with the engine", async () => {
    const name = scratchName("fresh");
    await adminQuery(serverUrl(), `CREATE DATABASE "${name}"`);
    const server = await startAppServer({ DATABASE_URL: databaseUrl(serverUrl(), name) });
    servers.push(server);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, engine: "postgresql" });
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl(), name) });
    await client.connect();
    try {
      const applied = await client.query(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1",
      );
      const committed = fs
        .readdirSync(ENGINES.postgresql.migrations)
        .filter((n) => !n.endsWith(".toml"))
        .sort();
      expect(applied.rows.map((r) => r.migration_name)).toEqual(committed);
      const figures = await client.query('SELECT count(*)::int AS n FROM "PayFigure"');
      expect(figures.rows[0].n).toBeGreaterThan(100);
    } finally {
      await client.end();
    }
    expect(server.output()).toMatch(/market data: imported \d+ shipped file/);
  });

  it("refuses to start, naming the server but not the password, when PostgreSQL cannot be reached", async () => {
    const { code, output } = await runServerExpectingExit({
      DATABASE_URL: "postgresql://app:hunter2secret@127.0.0.1:1/app",
    });
    expect(code).not.toBe(0);
    expect(output).toContain("Startup failed: Cannot connect to the database at postgresql://app:***@127.0.0.1:1/app");
    expect(output).not.toContain("hunter2secret");
  });

  it("answers 503 with Retry-After when a statement outlives DATABASE_STATEMENT_TIMEOUT_MS, and works once the lock is gone", async () => {
    const server = await startAppServer({ DATABASE_STATEMENT_TIMEOUT_MS: "2000" });
    servers.push(server);
    const { email } = await signUpVerified(server.url);
    const wrongLogin = () =>
      new FormClient(server.url).post("/login", { email, password: "not the password", redirectTo: "" });
    // Another session (a migration, a long report) holds the throttle table against writes.
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE "Throttle" IN EXCLUSIVE MODE');
    let blocked: Response;
    const started = Date.now();
    try {
      blocked = await wrongLogin();
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(blocked.status).toBe(503);
    expect(blocked.headers.get("retry-after")).toBe("5");
    expect(await blocked.text()).toContain("The database is busy");
    expect((await wrongLogin()).status).toBe(401);
  });

  it("queues requests for a free pooled connection instead of refusing them, however long past DATABASE_WRITE_WAIT_MS", async () => {
    // Two connections, and a write wait that a queued request would outlast at once.
    const server = await startAppServer({ DATABASE_POOL_SIZE: "2", DATABASE_WRITE_WAIT_MS: "200" });
    servers.push(server);
    const users = await seedLoadUsers(6, "pool");
    const clients = await Promise.all(
      users.map(async (user) => {
        const client = new FormClient(server.url);
        const signedIn = await client.post("/login", { email: user.email, password: TEST_PASSWORD, redirectTo: "" });
        expect(signedIn.status).toBe(302);
        return client;
      }),
    );
    // Another session holds the documents against writes: the first saves hold both pooled
    // connections while they wait for it, and every other request waits for a connection.
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE "Document" IN EXCLUSIVE MODE');
    let statuses: number[];
    try {
      const saves = clients.map((client, i) =>
        client.post(`/documents/${users[i]!.documentId}`, { intent: "edit", text: editText(1) }),
      );
      const reads = [clients[0]!.get("/healthz"), clients[1]!.get(`/documents/${users[1]!.documentId}`)];
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const releasing = locker.query("ROLLBACK");
      statuses = (await Promise.all([...saves, ...reads])).map((r) => r.status);
      await releasing;
    } finally {
      await locker.end();
    }
    expect(statuses).toEqual(Array(8).fill(200));
    expect(
      await lostWrites({ acknowledgedSessions: [], acknowledgedEdits: new Map(users.map((u) => [u.documentId, 1])) }),
    ).toEqual([]);
    expect(server.output()).not.toMatch(/database busy/);
  });

  it("backs up a live database with pg_dump and restores it with pg_restore into a database the app runs on", async () => {
    const marker = await db.user.create({ data: { email: `backup-${process.pid}@example.com`, passwordHash: "x" } });
    const dump = path.join(process.env.TEST_RUN_DIR!, `backup-${process.pid}.dump`);
    // The documented commands (README "Backups"), while the app's connections are open.
    execFileSync(pgTool("pg_dump"), ["--format=custom", "--no-owner", `--file=${dump}`, process.env.DATABASE_URL!]);
    const restoredName = scratchName("restored");
    await adminQuery(serverUrl(), `CREATE DATABASE "${restoredName}"`);
    const restoredUrl = databaseUrl(serverUrl(), restoredName);
    execFileSync(pgTool("pg_restore"), ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);
    const server = await startAppServer({ DATABASE_URL: restoredUrl });
    servers.push(server);
    // Nothing to migrate (the dump has the migrations table), nothing to import again.
    expect(server.output()).not.toMatch(/imported \d+ shipped file/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const restored = await adminQuery(restoredUrl, `SELECT email FROM "User" WHERE id = '${marker.id}'`);
    expect(restored.rows).toEqual([{ email: marker.email }]);
  });
});
