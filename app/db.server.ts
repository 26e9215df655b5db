import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { config } from "~/config.server";

export type Db = PrismaClient;

declare global {
  // One client per process, also across dev-server rebuilds.
  var __db: PrismaClient | undefined;
}

/** The path of a SQLite `file:` URL, or null for other databases. */
export function sqlitePath(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith("file:")) return null;
  return path.resolve(databaseUrl.slice("file:".length).split("?")[0]);
}

function createClient(): PrismaClient {
  const url = config().databaseUrl;
  const file = sqlitePath(url);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers and the one writer work at once; the busy timeout makes a second
  // writer wait instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

/** The one Prisma client of this process. */
export const db: PrismaClient = (globalThis.__db ??= createClient());

let pragmasApplied: Promise<void> | undefined;

/** Sets WAL mode and the busy timeout once per process (SQLite only). */
export function ensureDbReady(): Promise<void> {
  pragmasApplied ??= (async () => {
    if (!sqlitePath(config().databaseUrl)) return;
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  })();
  return pragmasApplied;
}
