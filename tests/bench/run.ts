// `npm run bench`: HTTP and domain benchmarks against the production build, each reported
// as a ratio to a baseline measured in the same run. Not part of the test suite.
import fs from "node:fs";
import path from "node:path";
import { startAppServer } from "../support/app-server";
import { formatMeasure, measure, ratioLine } from "./http";

async function main() {
  const dir = path.resolve("tests/.tmp/bench");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const server = await startAppServer({ DATABASE_URL: `file:${path.join(dir, "bench.db")}`, LOG_REQUESTS: "0" });
  try {
    console.log("HTTP (10 connections, 5 s each, production build, loopback)");
    const baseline = await measure(server.url, "/healthz");
    const landing = await measure(server.url, "/");
    console.log(formatMeasure(baseline) + "   ← baseline");
    console.log(formatMeasure(landing));
    console.log(ratioLine("landing page", landing, baseline));
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
