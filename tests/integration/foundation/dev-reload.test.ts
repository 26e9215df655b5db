// `npm run dev` rebuilds on a change and serves the new build (it used to rebuild and keep
// serving the old one). Runs in a scratch copy of the project, so the edit touches nothing
// of the repository.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../support/app-server";
import { onSqlite } from "../../support/engine";

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const SOURCES = [
  "app",
  "emails",
  "prisma",
  "public",
  "package.json",
  "prisma.config.ts",
  "postcss.config.js",
  "remix.config.js",
  "tsconfig.json",
];

let dir: string;
let child: ChildProcess;
let url: string;
let output = "";

async function until(what: string, check: () => Promise<boolean> | boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`${what} within ${ms / 1000} s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const robots = async () => {
  try {
    return await (await fetch(url + "/robots.txt")).text();
  } catch {
    return "";
  }
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(process.env.TEST_RUN_DIR!, "dev-"));
  for (const entry of SOURCES) {
    fs.cpSync(path.resolve(entry), path.join(dir, entry), {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}public${path.sep}build`) && !src.endsWith(`${path.sep}generated`),
    });
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  fs.symlinkSync(path.resolve("app/generated"), path.join(dir, "app/generated"));
  const [appPort, devPort] = [await freePort(), await freePort()];
  url = `http://127.0.0.1:${appPort}`;
  const { NODE_ENV: _unset, ...env } = process.env as Record<string, string | undefined>;
  child = spawn("npm", ["run", "--silent", "dev", "--", "--port", String(devPort)], {
    cwd: dir,
    env: {
      ...env,
      HOST: "127.0.0.1",
      PORT: String(appPort),
      DATABASE_URL: `file:${path.join(dir, "dev.db")}`,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  await until("the development server did not answer", async () => (await robots()).includes("User-agent"), 150_000);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// On its own SQLite file whatever the engine of the run, so the PostgreSQL pass skips it.
describe.runIf(onSqlite())("npm run dev", () => {
  it("runs in development mode", () => {
    expect(output).toContain("development");
  });

  it("serves the new code after a change", async () => {
    const file = path.join(dir, "app/routes/robots[.]txt.ts");
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, "utf8")
        .replace('"Disallow: /dev/",', '"Disallow: /dev/",\n    "Disallow: /reloaded-after-edit",'),
    );
    await until("the change was not served", async () => (await robots()).includes("reloaded-after-edit"), 120_000);
    expect(await robots()).toContain("Disallow: /reloaded-after-edit");
  });
});
