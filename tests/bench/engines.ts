// SQLite beside PostgreSQL in the same run: the documents list (5,000 documents) and a mixed
// write workload (reads of the list and of one document, renames and edits, 10 connections),
// each on a production server per engine, as ratios to that server's own baseline
// (/robots.txt, no database) and PostgreSQL's to SQLite's. PostgreSQL is a throwaway cluster
// on loopback (or BENCH_POSTGRES_URL's server), so the ratio is of the engines on one
// machine, without a network hop between app and database.
import path from "node:path";
import autocannon from "autocannon";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "~/db.server";
import { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "~/generated/prisma-postgres/client";
import { type PostgresCluster, findPostgresBinaries, startPostgresCluster } from "../../prisma/postgres/cluster";
import { type AppServer, startAppServer } from "../support/app-server";
import { FormClient } from "../support/http-client";
import { adminQuery, databaseUrl } from "../support/postgres";
import { BENCH_DIR } from "./bench-env";
import { DOCUMENTS, seedDocuments, signUpBenchUser } from "./documents";
import { type HttpMeasure, formatMeasure, measure } from "./http";

type EngineRun = { engine: string; baseline: HttpMeasure; list: HttpMeasure; mixed: HttpMeasure };

/** Reads and writes in turn on one connection: 2 list reads, 1 document read, 1 rename, 1 edit. */
async function measureMixed(baseUrl: string, cookie: string, documentId: string): Promise<HttpMeasure> {
  const form = (fields: Record<string, string>) => ({
    method: "POST" as const,
    path: `/documents/${documentId}`,
    headers: { Cookie: cookie, Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  let n = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 10,
    duration: 5,
    requests: [
      { method: "GET", path: "/documents", headers: { Cookie: cookie } },
      { method: "GET", path: `/documents/${documentId}`, headers: { Cookie: cookie } },
      {
        ...form({ intent: "rename", title: "Renamed" }),
        setupRequest: (req) => ({
          ...req,
          body: new URLSearchParams({ intent: "rename", title: `Renamed ${++n}` }).toString(),
        }),
      },
      { method: "GET", path: "/documents?kind=resume_scan", headers: { Cookie: cookie } },
      {
        ...form({ intent: "edit", text: "An edit" }),
        setupRequest: (req) => ({
          ...req,
          body: new URLSearchParams({ intent: "edit", text: `Edit ${++n}` }).toString(),
        }),
      },
    ],
  });
  return {
    path: "mixed: list, read, rename, list, edit",
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function benchOne(engine: string, server: AppServer, store: Db): Promise<EngineRun> {
  const client = new FormClient(server.url);
  const userId = await signUpBenchUser(client, store);
  await seedDocuments(userId, store);
  const cookie = client.cookieHeader();
  const newest = await store.document.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
  const baseline = await measure(server.url, "/robots.txt");
  const list = await measure(server.url, "/documents", { headers: { Cookie: cookie } });
  const mixed = await measureMixed(server.url, cookie, newest.id);
  return { engine, baseline, list, mixed };
}

const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.01)).toFixed(2)}×`;

function lines(runs: EngineRun[]): string[] {
  const out: string[] = [];
  for (const run of runs) {
    out.push(`${run.engine}:`);
    out.push(`  ${formatMeasure(run.baseline)}   ← baseline`);
    for (const [label, m] of [
      [`documents list, ${DOCUMENTS} documents`, run.list],
      ["mixed write workload", run.mixed],
    ] as const) {
      out.push(`  ${formatMeasure(m)}`);
      out.push(
        `    ${label}: throughput ${ratio(m.requestsPerSecond, run.baseline.requestsPerSecond)} baseline, p99 ${ratio(m.p99, run.baseline.p99)} baseline`,
      );
    }
  }
  const [sqlite, postgres] = runs;
  if (sqlite && postgres) {
    out.push("PostgreSQL ÷ SQLite (same run):");
    for (const key of ["list", "mixed"] as const) {
      const label = key === "list" ? "documents list" : "mixed write workload";
      out.push(
        `  ${label}: throughput ${ratio(postgres[key].requestsPerSecond, sqlite[key].requestsPerSecond)}, p99 ${ratio(postgres[key].p99, sqlite[key].p99)}`,
      );
    }
  }
  return out;
}

export async function benchEngines(): Promise<string[]> {
  const runs: EngineRun[] = [];
  const sqliteUrl = `file:${path.join(BENCH_DIR, "engines-sqlite.db")}`;
  const sqliteServer = await startAppServer({ DATABASE_URL: sqliteUrl, LOG_REQUESTS: "0" });
  const sqliteStore = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteUrl, timeout: 5000 }) });
  try {
    runs.push(await benchOne("SQLite", sqliteServer, sqliteStore));
  } finally {
    await sqliteServer.stop();
    await sqliteStore.$disconnect();
  }

  const given = process.env.BENCH_POSTGRES_URL;
  if (!given && !findPostgresBinaries()) {
    return [
      ...lines(runs),
      "PostgreSQL: not measured (no PostgreSQL binaries found; install postgresql or set BENCH_POSTGRES_URL).",
    ];
  }
  let cluster: PostgresCluster | null = null;
  try {
    cluster = given ? null : await startPostgresCluster();
    const serverUrl = given ?? cluster!.url;
    const name = `crt_bench_${process.pid}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = databaseUrl(serverUrl, name);
    const server = await startAppServer({ DATABASE_URL: url, LOG_REQUESTS: "0" });
    const store = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
    try {
      runs.push(await benchOne("PostgreSQL", server, store));
    } finally {
      await server.stop();
      await store.$disconnect();
      if (given) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    cluster?.stop();
  }
  return lines(runs);
}
