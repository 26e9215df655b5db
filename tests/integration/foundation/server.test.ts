import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, runServerExpectingExit, startAppServer } from "../../support/app-server";
import { onSqlite, testEngine } from "../../support/engine";
import { dropTables } from "../../support/raw-db";

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("production server", () => {
  it("serves the landing page with the product, its tools and the price", async () => {
    const res = await fetch(server.url + "/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Resume scanner");
    expect(html).toContain("Interview prep");
    expect(html).toContain("Layoff-explanation writer");
    expect(html).toContain("Negotiation-email generator");
    expect(html).toContain("$49");
    expect(html).toContain('href="/compare"');
  });

  it("answers /healthz with the database state and which services are live", async () => {
    const res = await fetch(server.url + "/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      db: "ok",
      engine: testEngine(),
      writes: "ok",
      services: { payments: "local", email: "outbox", writer: "builtin" },
    });
  });

  it("puts security headers with a fresh script nonce on every response", async () => {
    const a = await fetch(server.url + "/");
    const b = await fetch(server.url + "/");
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(b.headers.get("content-security-policy")).not.toBe(csp);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(await a.text()).toContain(`nonce="${nonce}"`);
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(a.headers.get("x-frame-options")).toBe("DENY");
    // The origin is http here, so no HSTS.
    expect(a.headers.get("strict-transport-security")).toBeNull();
    const notFound = await fetch(server.url + "/no-such-page");
    expect(notFound.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("shows the friendly 404 page for an unknown address", async () => {
    const res = await fetch(server.url + "/no/such/page");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("Page not found");
    expect(html).toContain("Go to the home page");
  });

  it("refuses a cross-site POST before any action runs", async () => {
    const byOrigin = await fetch(server.url + "/", {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=1",
    });
    expect(byOrigin.status).toBe(403);
    const byFetchSite = await fetch(server.url + "/logout", {
      method: "POST",
      headers: { "Sec-Fetch-Site": "cross-site" },
    });
    expect(byFetchSite.status).toBe(403);
    const sameOrigin = await fetch(server.url + "/no-such-form", {
      method: "POST",
      headers: { Origin: server.url },
    });
    expect(sameOrigin.status).toBe(404);
  });

  it("serves build assets with long-lived immutable caching", async () => {
    const html = await (await fetch(server.url + "/")).text();
    const asset = /href="(\/build\/[^"]+\.css)"/.exec(html)![1];
    const res = await fetch(server.url + asset);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(res.headers.get("cache-control")).toContain("max-age=31536000");
  });

  it("logs one line per request with method, path, status and time", async () => {
    await fetch(server.url + "/healthz?token=secret");
    await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toMatch(/GET \/healthz 200 \d+(\.\d+)?ms/);
    expect(server.output()).not.toContain("token=secret");
    expect(server.output()).toMatch(/payments: local, email: outbox, writer: builtin/);
  });
});

describe("production server when the database breaks", () => {
  it("answers /healthz 503 and shows the error page without internals when the database cannot be read", async () => {
    const own = await startAppServer();
    try {
      await dropTables(["User", "PayFigure"]);
      const health = await fetch(own.url + "/healthz");
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false, db: "error" });
      // A page whose loader now throws: the friendly error page, and no internals.
      const page = await fetch(own.url + "/salaries/software-engineer");
      expect(page.status).toBe(500);
      const html = await page.text();
      expect(html).toContain("Something went wrong");
      expect(html).not.toMatch(/PayFigure|Prisma|at [\w.]+ \(|\.ts:\d+/);
    } finally {
      await own.stop();
    }
  });
});

describe("server start-up", () => {
  it.runIf(onSqlite())("exits non-zero naming the path when the database cannot be created", async () => {
    const bad = path.resolve("package.json", "nested", "app.db");
    const { code, output } = await runServerExpectingExit({ DATABASE_URL: `file:${bad}` });
    expect(code).not.toBe(0);
    expect(output).toContain(bad);
    expect(output).toContain("Startup failed");
  });

  it.runIf(onSqlite())("exits non-zero when the database path is a directory", async () => {
    const dir = path.join(process.env.TEST_RUN_DIR!, "a-directory.db");
    fs.mkdirSync(dir, { recursive: true });
    const { code, output } = await runServerExpectingExit({ DATABASE_URL: `file:${dir}` });
    expect(code).not.toBe(0);
    expect(output).toContain(dir);
  });

  // PostgreSQL's twin: tests/integration/engines/postgres-operations.test.ts.
  it.runIf(onSqlite())("applies pending migrations to a brand-new database file", async () => {
    const file = path.join(process.env.TEST_RUN_DIR!, `fresh-${process.pid}.db`);
    fs.rmSync(file, { force: true });
    const own = await startAppServer({ DATABASE_URL: `file:${file}` });
    try {
      const res = await fetch(own.url + "/healthz");
      expect(res.status).toBe(200);
      const raw = new Database(file, { readonly: true });
      const count = raw.prepare("SELECT count(*) AS n FROM _prisma_migrations").get() as { n: number };
      raw.close();
      expect(count.n).toBeGreaterThan(0);
    } finally {
      await own.stop();
    }
  });
});
