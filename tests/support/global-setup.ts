import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TMP_DIR = path.resolve("tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");

// Runs once before all test files: builds one database from the committed migrations,
// which every test file then copies (see setup-db.ts), so each file starts clean.
export default function setup() {
  process.env.NODE_ENV ??= "test";
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: "pipe",
  });
}
