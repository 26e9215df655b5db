import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const TMP_DIR = path.resolve("tests/.tmp");

// Runs once before all test files: builds one database from the committed migrations,
// which every test file then copies (see setup-db.ts), so each file starts clean. Each
// run has its own folder, so runs side by side do not delete each other's files.
export default function setup() {
  process.env.NODE_ENV ??= "test";
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const dayAgo = Date.now() - 24 * 3_600_000;
  for (const entry of fs.readdirSync(TMP_DIR)) {
    const full = path.join(TMP_DIR, entry);
    if (entry.startsWith("run-") && fs.statSync(full).mtimeMs < dayAgo) fs.rmSync(full, { recursive: true, force: true });
  }
  const runDir = path.join(TMP_DIR, `run-${process.pid}-${Date.now()}`);
  fs.mkdirSync(runDir, { recursive: true });
  const template = path.join(runDir, "template.db");
  const env = { ...process.env, DATABASE_URL: `file:${template}` };
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  // Seeded once here, so servers started on copies find the shipped data already loaded.
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], { env, stdio: "pipe" });
  // Fold the write-ahead log into the file, so a plain copy of template.db is complete.
  const sqlite = new Database(template);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  process.env.TEST_RUN_DIR = runDir;
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}
