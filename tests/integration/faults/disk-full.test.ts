// The disk fills under the database, then space comes back. A write that cannot be stored
// answers 503 with Retry-After and a message (never a 500, never a hang); /healthz says 503
// while writes fail; once there is space, the next write succeeds without a restart; and
// every write that was acknowledged is in the database afterwards.
//
// Two ways to fill the disk: SQLITE_MAX_SIZE_MB (PRAGMA max_page_count; works anywhere) and
// a real tmpfs of a few megabytes (needs root and mount; skipped where it cannot be made).
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient } from "../../support/http-client";
import { TEST_PASSWORD } from "../../support/users";
import { documentEditor, eventually } from "./support/editing";
import { onSqlite } from "../../support/engine";

vi.setConfig({ testTimeout: 120_000 });

const MB = 1024 * 1024;
const servers: AppServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function healthStatus(server: AppServer): Promise<number> {
  return (await fetch(server.url + "/healthz")).status;
}

function expectFullAnswer(answer: { res: Response; body: string }) {
  expect(answer.res.status).toBe(503);
  expect(Number(answer.res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(answer.body).toContain("out of storage");
  expect(answer.body).toContain("was not saved");
}

function savedText(file: string, id: string): string | null {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare('SELECT "editedText" AS t FROM "Document" WHERE id = ?').get(id) as { t: string | null }).t;
  } finally {
    raw.close();
  }
}

// SQLite's file and size cap; on PostgreSQL the database server owns its disk.
describe.runIf(onSqlite())("disk full: the database's size cap (SQLITE_MAX_SIZE_MB)", () => {
  it("refuses writes with 503 while full, recovers when space is freed, loses nothing acknowledged", async () => {
    const file = process.env.DATABASE_URL!.slice("file:".length);
    const raw = new Database(file);
    const size =
      (raw.pragma("page_count", { simple: true }) as number) * (raw.pragma("page_size", { simple: true }) as number);
    const capMb = Math.ceil(size / MB) + 2;
    const server = await startAppServer({ SQLITE_MAX_SIZE_MB: String(capMb) });
    servers.push(server);
    const { doc, edit } = await documentEditor(server);
    const before = await edit(20);
    expect(before.res.status).toBe(200);

    // Another process takes all but a few pages of the cap.
    raw.exec("CREATE TABLE IF NOT EXISTS Filler (b BLOB)");
    const fill = raw.prepare("INSERT INTO Filler (b) VALUES (zeroblob(?))");
    while ((raw.pragma("page_count", { simple: true }) as number) * 4096 < capMb * MB - 64 * 1024) fill.run(64 * 1024);

    expectFullAnswer(await edit(150));
    await eventually("/healthz did not answer 503", async () => (await healthStatus(server)) === 503);
    expect(savedText(file, doc.id)).toBe(before.text);

    raw.exec("DELETE FROM Filler");
    raw.close();
    const after = await edit(150);
    expect(after.res.status).toBe(200);
    await eventually("/healthz did not recover", async () => (await healthStatus(server)) === 200);
    expect(savedText(file, doc.id)).toBe(after.text);
  });
});

/** Mounts a tmpfs of `mb` megabytes at `dir`; false where this machine does not allow it. */
function mountTmpfs(dir: string, mb: number): boolean {
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${mb}m`, "tmpfs", dir], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

function unmount(dir: string) {
  try {
    execFileSync("umount", [dir], { stdio: "pipe" });
  } catch {
    // not mounted
  }
}

const tmpfsDir = path.join(process.env.TEST_RUN_DIR!, `tmpfs-${process.pid}`);
// Whether mounting works here at all (root with mount rights), tried on a tiny one.
const canMount = mountTmpfs(tmpfsDir, 1);
unmount(tmpfsDir);

describe.skipIf(!canMount || !onSqlite())("disk full: a real tmpfs under the database", () => {
  let server: AppServer | undefined;
  beforeAll(() => {
    const size = fs.statSync(process.env.DATABASE_URL!.slice("file:".length)).size;
    expect(mountTmpfs(tmpfsDir, Math.ceil(size / MB) + 6)).toBe(true);
  });
  afterAll(async () => {
    await server?.stop();
    unmount(tmpfsDir);
  });

  it("refuses writes with 503 while the disk is full and recovers when space is back", async () => {
    const file = path.join(tmpfsDir, "app.db");
    fs.copyFileSync(process.env.DATABASE_URL!.slice("file:".length), file);
    const own = await startAppServer({ DATABASE_URL: `file:${file}` });
    server = own;
    // This test file's Prisma client is on another database: sign up through the form and
    // read the new user straight from the tmpfs file.
    const client = new FormClient(own.url);
    const email = `tmpfs-${Date.now()}@example.com`;
    expect((await client.post("/signup", { email, password: TEST_PASSWORD, website: "" })).status).toBe(302);
    // Sign-up alone signs no one in (it answers alike for any address); the password does.
    expect((await client.post("/login", { email, password: TEST_PASSWORD })).status).toBe(302);
    const raw = new Database(file);
    const user = raw.prepare('SELECT id FROM "User" WHERE email = ?').get(email) as { id: string };
    const id = `c${Date.now().toString(36)}${"0".repeat(16)}`.slice(0, 25);
    const now = new Date().toISOString().replace("Z", "+00:00");
    raw
      .prepare(
        'INSERT INTO "Document" (id, "userId", kind, title, input, output, text, engine, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, user.id, "layoff_explanation", "Layoff answer", "{}", "{}", "Original.", "builtin", now, now);
    raw.close();
    const edit = async (kb: number, n: number) => {
      const text = `Edit ${n}. ${"All of this was written by me. ".repeat((kb * 1024) / 31)}`;
      const res = await client.post(`/documents/${id}`, { intent: "edit", text });
      return { res, text, body: await res.text() };
    };
    const first = await edit(10, 1);
    expect(first.res.status).toBe(200);

    // Fill what is left of the disk.
    const pad = path.join(tmpfsDir, "pad");
    const fd = fs.openSync(pad, "w");
    const block = Buffer.alloc(64 * 1024);
    try {
      for (;;) fs.writeSync(fd, block);
    } catch {
      // ENOSPC: the disk is full
    } finally {
      fs.closeSync(fd);
    }
    expectFullAnswer(await edit(150, 2));
    await eventually("/healthz did not answer 503", async () => (await healthStatus(own)) === 503);

    fs.rmSync(pad);
    const after = await edit(150, 3);
    expect(after.res.status).toBe(200);
    await eventually("/healthz did not recover", async () => (await healthStatus(own)) === 200);
    await own.stop();
    server = undefined;
    expect(savedText(file, id)).toBe(after.text);
  });
});
