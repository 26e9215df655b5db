import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

/** Another process takes SQLite's write lock on `file` for `ms`; resolves once it holds it. */
export function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<void>; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [path.resolve("tests/integration/faults/support/hold-write-lock.mjs"), file, String(ms)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("locked")) resolve({ released, child });
    });
    child.once("exit", (code) => reject(new Error(`lock holder exited (${code}) before locking`)));
  });
}

/**
 * Another session holds off every write to this test file's database for `ms`, on either
 * engine; resolves once it does. SQLite: another process takes the write lock. PostgreSQL,
 * which has no database-wide write lock: another connection locks every table of the app
 * in EXCLUSIVE mode (reads go on, writes wait), as a long migration or bulk job might.
 */
export async function holdDatabaseWriteLock(ms: number): Promise<{ released: Promise<void> }> {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) return holdWriteLock(url.slice("file:".length), ms);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  await client.query("BEGIN");
  await client.query(`LOCK TABLE ${rows.map((r) => `"${r.name}"`).join(", ")} IN EXCLUSIVE MODE`);
  const released = new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
    await client.query("ROLLBACK");
    await client.end();
  });
  return { released };
}
