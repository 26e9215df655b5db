// Database failures that are about the database's state, not about the request: the write
// lock stayed taken past our wait, the disk (or the configured size cap) is full, or the
// file cannot be written. They answer 503 with Retry-After, never 500, and nothing half
// done is kept. Pure: reads error objects only.

export type DatabaseFault = "busy" | "full" | "unwritable";

/** Thrown by the database layer when a statement could not run for one of those reasons. */
export class DatabaseUnavailableError extends Error {
  readonly fault: DatabaseFault;
  constructor(fault: DatabaseFault, detail: string) {
    super(`database ${fault}: ${detail}`);
    this.name = "DatabaseUnavailableError";
    this.fault = fault;
  }
}

const BY_CODE: Record<string, DatabaseFault> = {
  SQLITE_BUSY: "busy",
  SQLITE_LOCKED: "busy",
  SQLITE_FULL: "full",
  SQLITE_IOERR: "unwritable",
  SQLITE_READONLY: "unwritable",
  SQLITE_CANTOPEN: "unwritable",
};

/** The SQLite result code family of an error from better-sqlite3 ("SQLITE_BUSY_SNAPSHOT" → "SQLITE_BUSY"). */
export function sqliteCodeFamily(code: string): string {
  const [, family] = /^(SQLITE_[A-Z]+?)(?:_[A-Z0-9_]+)?$/.exec(code) ?? [];
  return family && family in BY_CODE ? family : code;
}

/** The fault behind an error, looking through the wrappers Prisma puts around driver errors. */
export function databaseFault(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    if (e instanceof DatabaseUnavailableError) return e.fault;
    const record = e as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [record.code, record.originalCode]) {
      if (typeof code === "string" && code.startsWith("SQLITE_")) {
        const fault = BY_CODE[sqliteCodeFamily(code)];
        if (fault) return fault;
      }
    }
    queue.push(record.cause, record.meta?.driverAdapterError);
  }
  return null;
}

/** True for a failure that waiting cannot fix by itself but freeing space or the lock can. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFault(error) !== null;
}
