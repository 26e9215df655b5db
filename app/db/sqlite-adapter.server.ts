// The SQLite driver adapter Prisma runs on: Prisma's better-sqlite3 adapter (its type
// conversions and error mapping), with the connection and transaction handling replaced,
// because three of its behaviours break the server under faults:
//
// 1. A transaction whose COMMIT fails (SQLITE_FULL when the disk fills) never releases the
//    adapter's transaction lock: Prisma only calls `commit()` after COMMIT succeeded, and
//    that is where the lock is released. Every later transaction then waits forever, while
//    the connection stays inside the failed transaction, so plain writes "succeed" into a
//    transaction that is never committed (lost at the next restart) and reads look fine.
// 2. better-sqlite3 waits for a lock held by another process synchronously (busy_timeout),
//    which freezes the event loop: every request stalls, even ones that never touch the
//    database.
// 3. Plain statements run on the one connection while another request's interactive
//    transaction is open, so they become part of it (and are rolled back with it).
//
// Here: reads outside transactions go to a read-only connection (WAL lets it read the last
// commit while a write is in progress), so they never wait for writers. Writes and
// transactions go one at a time through a gate to the write connection. Transactions start
// with BEGIN IMMEDIATE, so the write lock is taken before anything runs. The synchronous
// busy wait is a few milliseconds; past it a statement is retried after an asynchronous
// pause, up to a bounded total, then fails with DatabaseUnavailableError("busy"). A failed
// COMMIT rolls back and releases the gate; a connection left inside a transaction is rolled
// back before its next use.
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { noteDatabaseFault } from "~/db/fault-context.server";
import { type DatabaseFault, DatabaseUnavailableError, databaseFault } from "~/db/faults";

export interface SqliteAdapterOptions {
  url: string;
  /** How long one attempt may wait for a lock synchronously (the event loop is blocked meanwhile). */
  syncBusyMs?: number;
  /** How long a write may wait in total (for our gate and SQLite's lock) before it fails as busy. */
  writeWaitMs?: number;
  /** Largest database size in pages (PRAGMA max_page_count); writes beyond fail as full. */
  maxPageCount?: number;
  /** Told of every write that failed because the database could not take it (full, unwritable). */
  onWriteFault?: (fault: DatabaseFault) => void;
}

const ADAPTER_NAME = "@prisma/adapter-better-sqlite3";

type InnerAdapter = SqlDriverAdapter & { client: Database.Database };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Queues writers: one holds the gate at a time, the others wait (asynchronously) until their deadline. */
class WriteGate {
  private held = false;
  private readonly waiters: { grant: () => void; deadline: number; timer: NodeJS.Timeout }[] = [];

  acquire(deadline: number): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        deadline,
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(
          () => {
            const i = this.waiters.indexOf(waiter);
            if (i >= 0) this.waiters.splice(i, 1);
            reject(new DatabaseUnavailableError("busy", "waited too long for other writes to finish"));
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next.grant();
      else this.held = false;
    };
  }
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

class ResilientSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  private readonly gate = new WriteGate();
  private readonly readOnlySql = new Map<string, boolean>();

  constructor(
    private readonly reader: InnerAdapter,
    private readonly writer: InnerAdapter,
    private readonly writeWaitMs: number,
    private readonly reportFault: (error: unknown) => void,
  ) {}

  /** Runs `attempt` until it stops failing as busy, pausing asynchronously, until `deadline`. */
  private async retryWhileBusy<T>(attempt: () => Promise<T>, deadline: number): Promise<T> {
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      try {
        return await attempt();
      } catch (error) {
        if (databaseFault(error) !== "busy") throw error;
        if (Date.now() + pause > deadline) {
          throw new DatabaseUnavailableError("busy", "another process holds the database's write lock");
        }
        await sleep(pause + Math.random() * pause);
      }
    }
  }

  private isReadOnly(sql: string): boolean {
    let readOnly = this.readOnlySql.get(sql);
    if (readOnly === undefined) {
      try {
        readOnly = this.reader.client.prepare(sql).readonly;
      } catch {
        return false; // not cached: the write connection reports the error (no such table yet…)
      }
      if (this.readOnlySql.size > 5000) this.readOnlySql.clear();
      this.readOnlySql.set(sql, readOnly);
    }
    return readOnly;
  }

  /** A connection left inside a transaction (a failure we did not see) is rolled back first. */
  private ensureOutsideTransaction(): void {
    if (!this.writer.client.inTransaction) return;
    console.error("database: the write connection was left inside a transaction; rolling it back");
    this.writer.client.exec("ROLLBACK");
  }

  private async write<T>(run: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.writeWaitMs;
    const release = await this.gate.acquire(deadline);
    try {
      this.ensureOutsideTransaction();
      return await this.retryWhileBusy(run, deadline);
    } catch (error) {
      this.reportFault(error);
      throw error;
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (this.isReadOnly(query.sql)) {
      return this.retryWhileBusy(() => this.reader.queryRaw(query), Date.now() + this.writeWaitMs);
    }
    return this.write(() => this.writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.write(() => this.writer.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.write(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new Error(`SQLite transactions are serializable; ${isolationLevel} is not available`);
    }
    const deadline = Date.now() + this.writeWaitMs;
    const release = await this.gate.acquire(deadline);
    try {
      this.ensureOutsideTransaction();
      await this.retryWhileBusy(() => this.writer.executeRaw(statement("BEGIN IMMEDIATE")), deadline);
    } catch (error) {
      release();
      throw error;
    }
    return new GatedTransaction(
      this.writer,
      release,
      (run) => this.retryWhileBusy(run, Date.now() + this.writeWaitMs),
      this.reportFault,
    );
  }

  async dispose(): Promise<void> {
    await Promise.all([this.reader.dispose(), this.writer.dispose()]);
  }
}

/**
 * One interactive transaction on the write connection, holding the gate until it ends.
 * Prisma sends COMMIT and ROLLBACK as statements, then calls commit() or rollback() only
 * if the statement succeeded; so the statements end the transaction here, whatever happens.
 */
class GatedTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  readonly options = { usePhantomQuery: false };

  constructor(
    private readonly writer: InnerAdapter,
    private readonly release: () => void,
    private readonly retryWhileBusy: <T>(run: () => Promise<T>) => Promise<T>,
    private readonly reportFault: (error: unknown) => void,
  ) {}

  private async reporting<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.reportFault(error);
      throw error;
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.reporting(() => this.writer.queryRaw(query));
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    const keyword = query.sql.trim().toUpperCase();
    if (keyword !== "COMMIT" && keyword !== "ROLLBACK") return this.reporting(() => this.writer.executeRaw(query));
    // SQLite has already rolled back a transaction whose statement failed with SQLITE_FULL;
    // a ROLLBACK then would fail and hide that error behind "no transaction is active".
    if (keyword === "ROLLBACK" && !this.writer.client.inTransaction) {
      this.release();
      return 0;
    }
    try {
      return await (keyword === "COMMIT"
        ? this.retryWhileBusy(() => this.writer.executeRaw(query))
        : this.writer.executeRaw(query));
    } catch (error) {
      this.reportFault(error);
      // A COMMIT that failed (disk full) leaves the transaction open: undo it, so the
      // connection and the gate are free for the next write.
      if (this.writer.client.inTransaction) {
        try {
          this.writer.client.exec("ROLLBACK");
        } catch (rollbackError) {
          console.error(`database: rollback after a failed ${keyword} failed too: ${(rollbackError as Error).message}`);
        }
      }
      throw error;
    } finally {
      this.release();
    }
  }

  commit(): Promise<void> {
    this.release();
    return Promise.resolve();
  }

  rollback(): Promise<void> {
    this.release();
    return Promise.resolve();
  }
}

export class ResilientSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(private readonly options: SqliteAdapterOptions) {}

  async connect(): Promise<SqlDriverAdapter> {
    const syncBusyMs = this.options.syncBusyMs ?? 5;
    const inner = new PrismaBetterSQLite3({ url: this.options.url, timeout: syncBusyMs });
    const [reader, writer] = (await Promise.all([inner.connect(), inner.connect()])) as InnerAdapter[];
    for (const adapter of [reader, writer]) {
      if (typeof adapter.client?.prepare !== "function") {
        throw new Error(
          "@prisma/adapter-better-sqlite3 no longer exposes its connection; check app/db/sqlite-adapter.server.ts",
        );
      }
    }
    reader.client.pragma("query_only = ON");
    if (this.options.maxPageCount) writer.client.pragma(`max_page_count = ${Math.floor(this.options.maxPageCount)}`);
    const { onWriteFault } = this.options;
    const reportFault = (error: unknown) => {
      const fault = databaseFault(error);
      if (!fault) return;
      noteDatabaseFault(fault);
      if (fault !== "busy") onWriteFault?.(fault);
    };
    return new ResilientSqliteAdapter(reader, writer, this.options.writeWaitMs ?? 5000, reportFault);
  }
}
