import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../support/app-server";
import { dropTables } from "../../support/raw-db";

// README's first command, exactly as a person types it: `npm start` with no NODE_ENV. It
// must be the production server, safe to expose, with nothing else said.
let child: ChildProcess;
let url: string;
let output = "";

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const { NODE_ENV: _unset, ...env } = process.env as Record<string, string | undefined>;
  child = spawn("npm", ["start", "--silent"], {
    env: {
      ...env,
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_ORIGIN: "https://toolkit.example",
      STRIPE_SECRET_KEY: "",
      RESEND_API_KEY: "",
      OPENAI_API_KEY: "",
      // The https origin refuses local payments otherwise, which is not what this tests.
      ALLOW_LOCAL_PAYMENTS: "1",
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const deadline = Date.now() + 60_000;
  while (!output.includes("listening on")) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not listen within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  // npm runs the server as a child of its own: signal the whole process group.
  process.kill(-child.pid!, "SIGTERM");
  const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
});

describe("npm start with no NODE_ENV", () => {
  it("does not serve the outbox", async () => {
    for (const path of ["/dev/outbox", "/dev/outbox/anything", "/dev/outbox/anything/html"]) {
      expect((await fetch(url + path)).status, path).toBe(404);
    }
  });

  it("shows error pages without stack traces or internals", async () => {
    await dropTables(["PayFigure"]);
    const page = await fetch(url + "/salaries/software-engineer");
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain("Something went wrong");
    expect(html).not.toMatch(/PayFigure|Prisma|no such table|at [\w.<>]+ \(|\.tsx?:\d+/);
  });
});
