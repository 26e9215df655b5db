// Imported first by run.ts: points this process (and the server it starts) at a scratch
// database before any module creates the database client.
import fs from "node:fs";
import path from "node:path";

export const BENCH_DIR = path.resolve("tests/.tmp/bench");
fs.rmSync(BENCH_DIR, { recursive: true, force: true });
fs.mkdirSync(BENCH_DIR, { recursive: true });
export const BENCH_DATABASE_URL = `file:${path.join(BENCH_DIR, "bench.db")}`;
process.env.DATABASE_URL = BENCH_DATABASE_URL;
