// `npm run bench`: HTTP and domain benchmarks against the production build, each reported
// as a ratio to a baseline measured in the same run. Loopback only, bounded in time; not
// part of the test suite. `npm run bench -- runtime writer` runs only those sections
// (http, runtime, resume, writer, layoff, engines); BENCH_LOAD_SECONDS shortens the runtime section's
// minute of load for a quick try.
import { BENCH_DATABASE_URL } from "./bench-env";
import { startAppServer } from "../support/app-server";
import { FormClient } from "../support/http-client";
import { benchDocuments } from "./documents";
import { benchEngines } from "./engines";
import { type HttpMeasure, formatMeasure, measure, ratioLine } from "./http";
import { benchLayoffHttp } from "./layoff-http";
import { benchResume } from "./resume";
import { benchRuntime } from "./runtime";
import { benchWriter } from "./writer";

const MARKET_PAGES = ["/compare/full-stack-vs-backend-engineer", "/salaries/software-engineer", "/compare"];

const SECTIONS = ["http", "runtime", "resume", "writer", "layoff", "engines"] as const;
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length)
  throw new Error(`Unknown bench section(s) ${unknown.join(", ")}; choose from ${SECTIONS.join(", ")}.`);
const runs = (section: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(section);

async function main() {
  // The first server also makes the bench database, so the runtime section's start is warm.
  const server = await startAppServer({ DATABASE_URL: BENCH_DATABASE_URL, LOG_REQUESTS: "0" });
  try {
    if (runs("http")) {
      console.log("HTTP: 10 connections, 5 s per route, production build on loopback.");
      console.log("Baseline: /robots.txt, the lightest route through Remix (no database).\n");
      const baseline = await measure(server.url, "/robots.txt");
      console.log(formatMeasure(baseline) + "   ← baseline");
      const report = async (label: string, m: HttpMeasure) => {
        console.log(formatMeasure(m));
        console.log(`  ${ratioLine(label, m, baseline)}`);
      };
      await report("health check (one database read)", await measure(server.url, "/healthz"));
      await report("landing page", await measure(server.url, "/"));
      for (const page of MARKET_PAGES) await report(`market page ${page}`, await measure(server.url, page));

      const owner = new FormClient(server.url);
      const documents = await benchDocuments(server.url, owner);
      await report(`documents list, ${documents.count} documents`, documents.measure);
    }
  } finally {
    await server.stop();
  }

  if (runs("runtime")) {
    console.log("\nThe server process: start-up, memory, a bare Node baseline, a write lock (same run):");
    await benchRuntime({ loadSeconds: Number(process.env.BENCH_LOAD_SECONDS ?? 60) });
  }
  if (runs("resume")) {
    console.log("\nResume scanner (domain, same run):");
    for (const line of await benchResume()) console.log(`  ${line}`);
  }
  if (runs("writer")) {
    console.log("\nWriter (domain, same run):");
    for (const line of await benchWriter()) console.log(`  ${line}`);
  }
  if (runs("layoff")) {
    console.log("\nLayoff writer over HTTP, streamed from a fake model:");
    for (const line of await benchLayoffHttp()) console.log(`  ${line}`);
  }
  if (runs("engines")) {
    console.log("\nDatabase engines, one production server each, same run:");
    for (const line of await benchEngines()) console.log(`  ${line}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
