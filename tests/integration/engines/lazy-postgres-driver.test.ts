import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { onPostgres } from "../../support/engine";

// PostgreSQL's driver is loaded only by a server whose DATABASE_URL names PostgreSQL: the
// embedded default (SQLite) does not pay for it at every start.

const PRELOAD = path.resolve("tests/integration/engines/support/report-packages.cjs");
const POSTGRES_PACKAGES = ["@prisma/adapter-pg", "pg", "pg-pool"];
const servers: AppServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** The packages a server started with `env` has loaded once it answers a page that reads the database. */
async function packagesLoadedBy(env: Record<string, string>): Promise<string[]> {
  const server = await startAppServer({ ...env, NODE_OPTIONS: `--require ${PRELOAD}` });
  servers.push(server);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${server.url}/salaries/software-engineer`)).status).toBe(200);
  process.kill(server.pid, "SIGUSR2");
  const deadline = Date.now() + 10_000;
  let line: string | undefined;
  while (!(line = /loaded packages: (.*)/.exec(server.output())?.[1]) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!line) throw new Error(`the server did not report its packages:\n${server.output()}`);
  return JSON.parse(line) as string[];
}

describe("PostgreSQL's driver", () => {
  it("is not loaded by a server on SQLite", async () => {
    const file = path.join(process.env.TEST_RUN_DIR!, `lazy-driver-${process.pid}.db`);
    const loaded = await packagesLoadedBy({ DATABASE_URL: `file:${file}` });
    // The report sees the SQLite driver: what it does not list was not loaded.
    expect(loaded).toContain("better-sqlite3");
    expect(loaded.filter((p) => POSTGRES_PACKAGES.includes(p))).toEqual([]);
  });

  it.runIf(onPostgres())("is loaded by a server on PostgreSQL", async () => {
    const loaded = await packagesLoadedBy({ DATABASE_URL: process.env.DATABASE_URL! });
    expect(loaded).toEqual(expect.arrayContaining(POSTGRES_PACKAGES));
  });
});
