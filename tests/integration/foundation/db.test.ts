import { describe, expect, it } from "vitest";
import { db, ensureDbReady } from "~/db.server";

describe("database client", () => {
  it("runs on a fresh migrated SQLite file in WAL mode", async () => {
    await ensureDbReady();
    const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(rows[0].journal_mode).toBe("wal");
    const user = await db.user.create({ data: { email: "a@example.com", passwordHash: "x" } });
    expect(await db.user.count()).toBe(1);
    expect(user.email).toBe("a@example.com");
  });
});
