import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { config, sqlitePath } from "~/config.server";

export type Db = PrismaClient;

declare global {
  // One client per process, also across dev-server rebuilds.
  var __db: PrismaClient | undefined;
}

function createClient(): PrismaClient {
  const url = config().databaseUrl;
  const file = sqlitePath(url);
  if (file) makeFolder(path.dirname(file));
  // WAL lets readers and the one writer work at once; the busy timeout makes a second
  // writer wait instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
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

/** The one Prisma client of this process. */
export const db: PrismaClient = (globalThis.__db ??= createClient());

let pragmasApplied: Promise<void> | undefined;

/** Puts a SQLite database in WAL mode (the busy timeout is set on the connection). */
export function ensureDbReady(): Promise<void> {
  pragmasApplied ??= (async () => {
    if (!sqlitePath(config().databaseUrl)) return;
    // WAL is a property of the file: set it once, since switching needs an exclusive lock.
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    if (mode?.journal_mode !== "wal") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  })();
  return pragmasApplied;
}

/** Whether the database answers a read: the readiness check of GET /healthz. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.user.findFirst({ select: { id: true } });
    return true;
  } catch {
    return false;
  }
}
