import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type PostgresCluster, startPostgresCluster } from "../../prisma/postgres/cluster";
import { testEngine } from "./engine";
import { adminQuery, databaseUrl } from "./postgres";

const TMP_DIR = path.resolve("tests/.tmp");

// Runs once before all test files: builds one database from the committed migrations,
// which every test file then copies (see setup-db.ts), so each file starts clean. Each
// run has its own folder, so runs side by side do not delete each other's files.
// With TEST_DATABASE_ENGINE=postgresql (the PostgreSQL pass of `npm test`) the template is
// also a PostgreSQL database, on TEST_POSTGRES_URL's server or on a throwaway cluster
// started here; each test file then gets its own database cloned from it.
export default async function setup() {
  process.env.NODE_ENV ??= "test";
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const dayAgo = Date.now() - 24 * 3_600_000;
  for (const entry of fs.readdirSync(TMP_DIR)) {
    const full = path.join(TMP_DIR, entry);
    if (entry.startsWith("run-") && fs.statSync(full).mtimeMs < dayAgo)
      fs.rmSync(full, { recursive: true, force: true });
  }
  const runId = `${process.pid}-${Date.now()}`;
  const runDir = path.join(TMP_DIR, `run-${runId}`);
  fs.mkdirSync(runDir, { recursive: true });
  const template = path.join(runDir, "template.db");
  migrateAndSeed(`file:${template}`);
  // Fold the write-ahead log into the file, so a plain copy of template.db is complete.
  const sqlite = new Database(template);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  process.env.TEST_RUN_DIR = runDir;

  let postgres: { cluster: PostgresCluster | null; serverUrl: string; prefix: string } | undefined;
  if (testEngine() === "postgresql") {
    const given = process.env.TEST_POSTGRES_URL;
    const cluster = given ? null : await startPostgresCluster();
    const serverUrl = given ?? cluster!.url;
    const prefix = `crt_${runId.replace(/\D/g, "_")}`;
    const templateDb = `${prefix}_template`;
    await adminQuery(serverUrl, `CREATE DATABASE "${templateDb}"`);
    migrateAndSeed(databaseUrl(serverUrl, templateDb));
    postgres = { cluster, serverUrl, prefix };
    Object.assign(process.env, { TEST_POSTGRES_SERVER_URL: serverUrl, TEST_POSTGRES_PREFIX: prefix });
  }
  return async () => {
    fs.rmSync(runDir, { recursive: true, force: true });
    if (!postgres) return;
    if (postgres.cluster) {
      postgres.cluster.stop();
      return;
    }
    const { rows } = await adminQuery(
      postgres.serverUrl,
      `SELECT datname FROM pg_database WHERE datname LIKE '${postgres.prefix}%'`,
    );
    for (const { datname } of rows as { datname: string }[]) {
      await adminQuery(postgres.serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  };
}

function migrateAndSeed(url: string) {
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  // Seeded once here, so servers started on copies find the shipped data already loaded.
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], { env, stdio: "pipe" });
}
