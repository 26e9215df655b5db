import fs from "node:fs";
import path from "node:path";
import type * as AdapterPg from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "~/generated/prisma-postgres/client";
import { config, sqlitePath, type Config } from "~/config.server";
import type { Engine } from "~/db/engines";
import { databaseFault, type DatabaseFault } from "~/db/faults";
import { ResilientSqliteAdapterFactory } from "~/db/sqlite-adapter.server";
import { lazyPackage } from "~/server/lazy-package";

// PostgreSQL's driver (and `pg` under it) is loaded only when DATABASE_URL names PostgreSQL:
// a SQLite server never needs it (tests/integration/engines/lazy-postgres-driver.test.ts).
const adapterPg = lazyPackage<typeof AdapterPg>("@prisma/adapter-pg");

export type Db = PrismaClient;

/** The database engine DATABASE_URL names (config.server.ts accepts no other). */
export const databaseEngine: Engine = config().databaseEngine;

// The one Prisma client of the process. Both engines' clients are generated from the same
// models (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so they have
// the same API; the PostgreSQL one is typed as the SQLite one, whose API is the common part.
function createClient(cfg: Config): PrismaClient {
  return cfg.databaseEngine === "postgresql" ? createPostgresClient(cfg) : createSqliteClient(cfg);
}

// SQLite, on the adapter that keeps the server answering under faults
// (app/db/sqlite-adapter.server.ts: reads never wait for writers, writes wait for the lock
// asynchronously and for a bounded time, a failed transaction leaves the connection usable).
function createSqliteClient(cfg: Config): PrismaClient {
  const file = sqlitePath(cfg.databaseUrl)!;
  makeFolder(path.dirname(file));
  const { writeWaitMs, sqliteMaxSizeMb } = cfg.database;
  const adapter = new ResilientSqliteAdapterFactory({
    url: cfg.databaseUrl,
    writeWaitMs,
    // SQLite's default page size; the cap is approximate by at most one page.
    maxPageCount: sqliteMaxSizeMb ? Math.floor((sqliteMaxSizeMb * 1024 * 1024) / 4096) : undefined,
    onWriteFault: (fault) => (lastWriteFault = { fault, at: Date.now() }),
  });
  // The adapter bounds the wait for a transaction itself; Prisma's own limit must not cut it shorter.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: writeWaitMs + 1000, timeout: 10_000 } });
}

// PostgreSQL, through Prisma's pg adapter on a pool of DATABASE_POOL_SIZE connections. Every
// statement is cut off after DATABASE_STATEMENT_TIMEOUT_MS. A request that finds every
// connection taken waits in the pool's queue (first come, first served) for up to the same
// time: a queued request is served as fast as the database works, so under a burst it is
// answered late rather than refused (a 5 s bound gave 503s on a busy 2-core machine, where
// the event loop alone lags seconds); past the bound the database counts as busy (503).
function createPostgresClient(cfg: Config): PrismaClient {
  const { poolSize, statementTimeoutMs } = cfg.database;
  const adapter = new (adapterPg().PrismaPg)(
    {
      connectionString: cfg.databaseUrl,
      max: poolSize,
      connectionTimeoutMillis: statementTimeoutMs,
      statement_timeout: statementTimeoutMs,
      // A transaction left open by a stuck request must not hold its locks for ever.
      idle_in_transaction_session_timeout: Math.max(statementTimeoutMs, 10_000),
      application_name: "career-recovery-toolkit",
    },
    { onPoolError: (error) => console.error(`database pool: ${error.message}`) },
  );
  const client = new PostgresPrismaClient({
    adapter,
    // A transaction waits for its connection in the same queue, and its statements are
    // bounded by the statement timeout; Prisma's own limits must not cut either shorter.
    transactionOptions: { maxWait: statementTimeoutMs + 1000, timeout: Math.max(statementTimeoutMs, 10_000) + 1000 },
  });
  return client as unknown as PrismaClient;
}

// For command-line tools; a path that cannot be made is reported by the server's start-up
// check (checkDatabaseWritable) with a message naming it, so it must not throw here.
function makeFolder(dir: string) {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    // reported at start-up, or by the first query
  }
}

/** The last write that failed because the database could not take it, for /healthz. */
let lastWriteFault: { fault: DatabaseFault; at: number } | undefined;

/** The one Prisma client of this process. */
export const db: PrismaClient = createClient(config());

let pragmasApplied: Promise<void> | undefined;

/** Puts a SQLite database in WAL mode, so readers and the one writer work at once; PostgreSQL needs nothing. */
export function ensureDbReady(): Promise<void> {
  pragmasApplied ??= (async () => {
    if (databaseEngine !== "sqlite") return;
    // WAL is a property of the file: set it once, since switching needs an exclusive lock.
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    if (mode?.journal_mode !== "wal") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  })();
  return pragmasApplied;
}

export type DatabaseHealth = {
  engine: Engine;
  reads: "ok" | "error";
  writes: "ok" | "waiting" | DatabaseFault | "error";
};

const WRITE_PROBE_EVERY_MS = 1000;
/** A write that failed for want of space counts against health this long, even if the small probe passes. */
const WRITE_FAULT_MEMORY_MS = 5000;
/** A probe still running after this long is waiting for a lock held elsewhere. */
const PROBE_SLOW_MS = 250;
const writeProbe: { writes: DatabaseHealth["writes"]; at: number; startedAt: number; running: Promise<void> | null } = {
  writes: "ok",
  at: 0,
  startedAt: 0,
  running: null,
};

/**
 * The readiness check of GET /healthz: a read, and the outcome of a one-row write made in
 * the background at most once a second. /healthz never waits behind other writes: while a
 * write lock is held elsewhere the probe is still waiting and the answer says "waiting"
 * (the database works, writes are queued); a full disk or an unwritable file is a failure,
 * also when only a real write found it in the last few seconds (the probe is small).
 */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const engine = databaseEngine;
  let reads: DatabaseHealth["reads"] = "ok";
  try {
    // Raw: about half the cost of the same read through the query builder, for a check that is polled.
    await db.$queryRaw`SELECT id FROM "User" LIMIT 1`;
  } catch {
    reads = "error";
  }
  const now = Date.now();
  if (!writeProbe.running && now - writeProbe.at >= WRITE_PROBE_EVERY_MS) {
    writeProbe.startedAt = now;
    writeProbe.running = probeWrite().then((writes) => {
      Object.assign(writeProbe, { writes, at: Date.now(), running: null });
    });
  }
  // The first check has no earlier outcome: give the probe a moment, never longer.
  if (writeProbe.at === 0 && writeProbe.running) {
    await Promise.race([writeProbe.running, new Promise((r) => setTimeout(r, PROBE_SLOW_MS + 10))]);
  }
  if (writeProbe.writes === "ok" && lastWriteFault && now - lastWriteFault.at < WRITE_FAULT_MEMORY_MS) {
    return { engine, reads, writes: lastWriteFault.fault };
  }
  const stuck = writeProbe.running !== null && now - writeProbe.startedAt > PROBE_SLOW_MS;
  return { engine, reads, writes: stuck && writeProbe.writes === "ok" ? "waiting" : writeProbe.writes };
}

async function probeWrite(): Promise<DatabaseHealth["writes"]> {
  try {
    const checkedAt = new Date();
    await db.healthCheck.upsert({ where: { id: 1 }, create: { id: 1, checkedAt }, update: { checkedAt } });
    return "ok";
  } catch (error) {
    const fault = databaseFault(error);
    return fault === "busy" ? "waiting" : (fault ?? "error");
  }
}
