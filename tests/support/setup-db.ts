import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Runs before each test file, before it imports anything: gives the file its own copy
// of the migrated template database, so files never see each other's rows.
const runDir = process.env.TEST_RUN_DIR;
if (!runDir) throw new Error("TEST_RUN_DIR is not set: run the tests through vitest (npm test).");
const file = path.join(runDir, `test-${process.pid}-${crypto.randomBytes(4).toString("hex")}.db`);
fs.copyFileSync(path.join(runDir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
