// The production build is the server: build/ runs on its own with plain Node (no TypeScript
// loader, no module read from app/), keeps browser source maps out of public/, and logs
// errors once with stack frames that name source files. Needs `npm run build` first.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { resumePdf } from "../../support/pdf-fixtures";
import { signUpPaid, signUpVerified } from "../../support/users";
import { storedDocument } from "../../support/documents";

/** What a deployment copies: the build, static files, migrations and data, and the dependencies. */
function deploymentCopy(): string {
  const dir = fs.mkdtempSync(path.join(process.env.TEST_RUN_DIR!, "deploy-"));
  for (const entry of ["build", "public", "prisma", "prisma.config.ts", "package.json"]) {
    fs.cpSync(path.resolve(entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  return dir;
}

let deployed: AppServer;
let deployDir: string;

beforeAll(async () => {
  deployDir = deploymentCopy();
  deployed = await startAppServer({}, { cwd: deployDir });
});
afterAll(async () => {
  await deployed?.stop();
  if (deployDir) fs.rmSync(deployDir, { recursive: true, force: true });
});

describe("the production build", () => {
  it("serves, scans a resume and exports it as PDF from a copy that has no app/ sources", async () => {
    expect(fs.existsSync(path.join(deployDir, "app"))).toBe(false);
    expect((await fetch(deployed.url + "/healthz")).status).toBe(200);
    // Public pages read the editorial content the build carries.
    expect((await fetch(deployed.url + "/compare/full-stack-vs-backend-engineer")).status, deployed.output()).toBe(200);
    const { client, user } = await signUpPaid(deployed.url);
    const form = new FormData();
    form.append("resume", new Blob([new Uint8Array(await resumePdf())], { type: "application/pdf" }), "resume.pdf");
    const res = await client.request("/toolkit/resume", {
      method: "POST",
      body: form,
      headers: { Origin: deployed.url },
    });
    expect(res.status, deployed.output()).toBe(303);
    const saved = await db.document.findFirstOrThrow({ where: { userId: user.id, kind: "resume_scan" } });
    expect(saved.text).toContain("Experience");
    // The PDF export draws with fonts the build carries.
    const pdf = await client.get(`/documents/${saved.id}/download?format=pdf`);
    expect(pdf.status, deployed.output()).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("loads at start only what serving needs: heavy packages wait for their first use", () => {
    // Static imports of the bundle run before the first request; each of these costs
    // megabytes and start-up time (typescript alone 75 MB) that most requests never need.
    const atStart = [
      ...fs.readFileSync(path.resolve("build/index.js"), "utf8").matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm),
    ].map((m) => m[1]);
    const lazy = [
      "typescript",
      "compromise",
      "wink-nlp",
      "wink-eng-lite-web-model",
      "pdf-lib",
      "@pdf-lib/fontkit",
      "bidi-js",
      "docx",
      "stripe",
      "openai",
      "resend",
      "@react-email/render",
      "an-array-of-english-words",
    ];
    expect(atStart.length).toBeGreaterThan(10);
    expect(atStart.filter((name) => lazy.includes(name))).toEqual([]);
  });

  it("keeps source maps out of public/ and beside the server bundle", () => {
    const publicFiles = fs.readdirSync(path.resolve("public/build"), { recursive: true }).map(String);
    expect(publicFiles.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const file of publicFiles.filter((f) => f.endsWith(".js"))) {
      expect(fs.readFileSync(path.resolve("public/build", file), "utf8"), file).not.toContain("sourceMappingURL");
    }
    expect(fs.existsSync(path.resolve("build/index.js.map"))).toBe(true);
    expect(fs.existsSync(path.resolve("build/extract-worker.server.mjs"))).toBe(true);
  });
});

describe("errors in the production server's log", () => {
  let own: AppServer;
  beforeAll(async () => {
    own = await startAppServer();
  });
  afterAll(async () => {
    await own?.stop();
  });

  it("are logged once, with stack frames pointing at source lines", async () => {
    // A saved document whose JSON was damaged outside the app: reading it throws in app code.
    const { client, user } = await signUpVerified(own.url);
    const doc = await storedDocument(user.id, { title: "Damaged", input: "{broken", text: "" });
    const before = own.output().length;
    expect((await client.get(`/documents/${doc.id}`)).status).toBe(500);
    await new Promise((r) => setTimeout(r, 200));
    const log = own.output().slice(before);
    expect(log.match(/SyntaxError/g)?.length ?? 0, log).toBe(1);
    expect(log).toMatch(/app\/documents\/store\.server\.ts:\d+:\d+/);
  });

  it("does not count a request whose client went away as an error", async () => {
    const before = own.output().length;
    await new Promise<void>((resolve) => {
      const req = http.request(own.url + "/login", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "5000", Origin: own.url },
      });
      req.on("error", () => resolve());
      req.write("email=a%40example.com&password=");
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    await new Promise((r) => setTimeout(r, 500));
    const after = own.output().slice(before);
    expect(after).not.toMatch(/Error|at .+:\d+:\d+/);
  });
});
