import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Runs before each test file, before it imports anything: gives the file its own copy
// of the migrated template database, so files never see each other's rows.
const tmp = path.resolve("tests/.tmp");
const file = path.join(tmp, `test-${process.pid}-${crypto.randomBytes(4).toString("hex")}.db`);
fs.copyFileSync(path.join(tmp, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
