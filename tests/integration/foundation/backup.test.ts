import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, ensureDbReady } from "~/db.server";
import { onSqlite } from "../../support/engine";

// PostgreSQL's drill (pg_dump, pg_restore): tests/integration/engines/postgres-operations.test.ts.
describe.runIf(onSqlite())("backup and restore drill (README: Database and migrations)", () => {
  it("VACUUM INTO makes a consistent copy of a live WAL database that restores with its rows", async () => {
    await ensureDbReady();
    await db.user.create({ data: { email: "backup@example.com", passwordHash: "x" } });
    const backup = path.join(process.env.TEST_RUN_DIR!, `backup-${process.pid}.db`);
    fs.rmSync(backup, { force: true });
    // The documented command, run while the app's connection is open.
    await db.$executeRawUnsafe(`VACUUM INTO '${backup}'`);
    const restored = new Database(backup, { readonly: true });
    const row = restored.prepare('SELECT email FROM "User" WHERE email = ?').get("backup@example.com");
    expect(row).toEqual({ email: "backup@example.com" });
    expect((restored.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check).toBe(
      "ok",
    );
    restored.close();
  });
});
