// Database failures that are about the database's state, not about the request: the write
// lock stayed taken past our wait (SQLite) or the server is overloaded (PostgreSQL: no free
// connection in time, a statement timed out, too many connections), the disk (or the
// configured size cap) is full, the file cannot be written, or the database server cannot
// be reached. They answer 503 with Retry-After, never 500, and nothing half done is kept.
// Pure: reads error objects only.

export type DatabaseFault = "busy" | "full" | "unwritable" | "unreachable";

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

/** PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const BY_SQLSTATE: Record<string, DatabaseFault> = {
  "57014": "busy", // query_canceled: statement_timeout
  "55P03": "busy", // lock_not_available
  "53300": "busy", // too_many_connections
  "53100": "full", // disk_full
  "25006": "unwritable", // read_only_sql_transaction (a standby)
  "57P01": "unreachable", // admin_shutdown
  "57P03": "unreachable", // cannot_connect_now (starting up, shutting down)
};

/** The driver adapters' names for failures to reach the database at all. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError"]);

/** pg-pool's error when no connection became free within connectionTimeoutMillis. */
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

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
    const record = e as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    for (const code of [record.code, record.originalCode]) {
      if (typeof code !== "string") continue;
      const fault = code.startsWith("SQLITE_") ? BY_CODE[sqliteCodeFamily(code)] : BY_SQLSTATE[code];
      if (fault) return fault;
    }
    if (record.kind === "TooManyConnections") return "busy";
    if (typeof record.kind === "string" && UNREACHABLE_KINDS.has(record.kind)) return "unreachable";
    if (typeof record.message === "string" && POOL_TIMEOUT.test(record.message)) return "busy";
    queue.push(record.cause, record.meta?.driverAdapterError);
  }
  return null;
}

/** True for a failure that waiting cannot fix by itself but freeing space or the lock can. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFault(error) !== null;
}
