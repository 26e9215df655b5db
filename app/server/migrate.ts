import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { sqlitePath } from "~/config.server";
import { ENGINES, engineOfUrl } from "~/db/engines";

const run = promisify(execFile);

export class StartupError extends Error {}

/**
 * Makes sure a SQLite database file can be created and written before anything else
 * runs, so a bad path fails at start with a message naming it, not on the first request.
 */
export function checkDatabaseWritable(databaseUrl: string): void {
  const file = sqlitePath(databaseUrl);
  if (!file) return;
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (fs.existsSync(file)) {
      if (!fs.statSync(file).isFile()) throw new Error("it is not a regular file");
      fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    }
    fs.accessSync(dir, fs.constants.W_OK);
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot use the database file ${file}: ${why}. ` +
        `Set DATABASE_URL to a writable path (for example file:./data/app.db).`,
    );
  }
}

/**
 * A database file that does not exist yet starts as a copy of the build's initial database
 * (every migration applied, the shipped data loaded; see finish-build.ts), so a fresh start
 * takes as long as any other. Returns whether it copied.
 */
export function provisionFromInitialDatabase(databaseUrl: string, initial: string): boolean {
  const file = sqlitePath(databaseUrl);
  if (!file || fs.existsSync(file) || !fs.existsSync(initial)) return false;
  // Copied beside the target, then renamed: another process never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  fs.copyFileSync(initial, partial);
  fs.renameSync(partial, file);
  return true;
}

function committedMigrations(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * Committed migrations a SQLite database has not applied yet. Checking first keeps start-up
 * fast, and lets a second server start on a database another process has open: Prisma's
 * migration engine needs a lock it cannot get then, even when there is nothing to do.
 */
export function pendingSqliteMigrations(
  file: string,
  migrationsDir = path.resolve(ENGINES.sqlite.migrations),
): string[] {
  const committed = committedMigrations(migrationsDir);
  if (!fs.existsSync(file)) return committed;
  const sqlite = new Database(file, { readonly: true, timeout: 5000 });
  try {
    const table = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return committed;
    const rows = sqlite
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { migration_name: string }[];
    const applied = new Set(rows.map((r) => r.migration_name));
    return committed.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}

/**
 * Committed PostgreSQL migrations a database has not applied yet: one query, so that N app
 * servers starting together do not each start Prisma's migration engine when there is
 * nothing to do (when there is, `migrate deploy` takes an advisory lock, so only one applies).
 */
export async function pendingPostgresMigrations(
  databaseUrl: string,
  migrationsDir = path.resolve(ENGINES.postgresql.migrations),
): Promise<string[]> {
  const committed = committedMigrations(migrationsDir);
  // Loaded here, not at start: a SQLite deployment never needs the PostgreSQL driver.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(`Cannot connect to the database at ${redactUrl(databaseUrl)}: ${(error as Error).message}`);
  }
  try {
    const table = await client.query<{ found: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS found",
    );
    if (!table.rows[0]?.found) return committed;
    const rows = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.rows.map((r) => r.migration_name));
    return committed.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/** A database URL without its password, for messages. */
export function redactUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

/** Applies committed migrations of the URL's engine that the database does not have yet. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const file = sqlitePath(databaseUrl);
  const pending =
    engineOfUrl(databaseUrl) === "postgresql"
      ? await pendingPostgresMigrations(databaseUrl)
      : pendingSqliteMigrations(file!);
  if (pending.length === 0) return;
  // prisma.config.ts picks the engine's schema and migrations folder from DATABASE_URL.
  const prisma = path.resolve("node_modules/.bin/prisma");
  try {
    await run(prisma, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string; message: string };
    throw new StartupError(
      `Database migrations failed for ${redactUrl(databaseUrl)}:\n${out.stderr || out.stdout || out.message}`,
    );
  }
}
