import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { adminQuery, databaseUrl } from "./postgres";
import { testEngine } from "./engine";

// Runs before each test file, before it imports anything: gives the file its own copy
// of the migrated template database, so files never see each other's rows. On
// PostgreSQL the copy is a new database made from the template database.
const runDir = process.env.TEST_RUN_DIR;
if (!runDir) throw new Error("TEST_RUN_DIR is not set: run the tests through vitest (npm test).");
const id = `${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
if (testEngine() === "postgresql") {
  const serverUrl = process.env.TEST_POSTGRES_SERVER_URL!;
  const prefix = process.env.TEST_POSTGRES_PREFIX!;
  const name = `${prefix}_${id}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${prefix}_template"`);
  process.env.DATABASE_URL = databaseUrl(serverUrl, name);
} else {
  const file = path.join(runDir, `test-${id}.db`);
  fs.copyFileSync(path.join(runDir, "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.NODE_ENV = "test";
