import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db, ensureDbReady } from "~/db.server";
import { DatabaseUnavailableError, databaseFault, sqliteCodeFamily } from "~/db/faults";
import { onSqlite } from "../../support/engine";

const file = () => process.env.DATABASE_URL!.slice("file:".length);

describe("database client", () => {
  it.runIf(onSqlite())("runs on a fresh migrated SQLite file in WAL mode", async () => {
    await ensureDbReady();
    const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(rows[0].journal_mode).toBe("wal");
    const user = await db.user.create({ data: { email: "a@example.com", passwordHash: "x" } });
    expect(await db.user.count()).toBe(1);
    expect(user.email).toBe("a@example.com");
  });

  it("keeps a plain write made during another request's transaction out of that transaction", async () => {
    let plainWrite: Promise<unknown> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { email: "in-tx@example.com", passwordHash: "x" } });
        // Another request writes while this transaction is open, then this one fails.
        plainWrite = db.user.create({ data: { email: "outside@example.com", passwordHash: "x" } });
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("the transaction's work failed");
      }),
    ).rejects.toThrow("the transaction's work failed");
    await plainWrite;
    expect(await db.user.findUnique({ where: { email: "in-tx@example.com" } })).toBeNull();
    expect(await db.user.findUnique({ where: { email: "outside@example.com" } })).not.toBeNull();
  });

  it.runIf(onSqlite())(
    "reads while another process holds the write lock, and reports a write that waited too long as busy",
    async () => {
      await ensureDbReady();
      const other = new Database(file());
      other.exec("BEGIN EXCLUSIVE");
      try {
        const started = Date.now();
        expect(await db.user.count()).toBeGreaterThan(0);
        expect(Date.now() - started).toBeLessThan(1000);
        const write = db.user.create({ data: { email: "blocked@example.com", passwordHash: "x" } });
        // The event loop keeps turning while the write waits.
        let ticks = 0;
        const ticker = setInterval(() => ticks++, 10);
        const error = await write.catch((e: unknown) => e);
        clearInterval(ticker);
        expect(databaseFault(error)).toBe("busy");
        expect(ticks).toBeGreaterThan(50);
      } finally {
        other.exec("ROLLBACK");
        other.close();
      }
      // And works again as soon as the lock is gone.
      await db.user.create({ data: { email: "after-lock@example.com", passwordHash: "x" } });
    },
  );
});

describe("database faults", () => {
  it("are recognised through Prisma's wrappers", () => {
    expect(databaseFault(new DatabaseUnavailableError("busy", "x"))).toBe("busy");
    expect(databaseFault({ code: "SQLITE_FULL", message: "database or disk is full" })).toBe("full");
    expect(databaseFault({ meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY" } } } })).toBe("busy");
    expect(databaseFault({ cause: { code: "SQLITE_IOERR_WRITE" } })).toBe("unwritable");
    expect(databaseFault({ code: "SQLITE_CONSTRAINT_UNIQUE" })).toBeNull();
    expect(databaseFault(new Error("anything else"))).toBeNull();
    expect(databaseFault(null)).toBeNull();
  });

  it("group extended SQLite codes by family", () => {
    expect(sqliteCodeFamily("SQLITE_BUSY_SNAPSHOT")).toBe("SQLITE_BUSY");
    expect(sqliteCodeFamily("SQLITE_IOERR_SHORT_READ")).toBe("SQLITE_IOERR");
    expect(sqliteCodeFamily("SQLITE_FULL")).toBe("SQLITE_FULL");
    expect(sqliteCodeFamily("SQLITE_CONSTRAINT_UNIQUE")).toBe("SQLITE_CONSTRAINT_UNIQUE");
  });
});
