// What keeps one person's uploads from starving everyone's: a bounded queue (503 with
// Retry-After when full), one scan at a time per user (429), a daily scan quota (429 until
// the next UTC day), and scans nobody waits for any more dropped (not saved, not counted).
// Also: file names browsers send with `=`, `;`, quotes, any script or great length.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import type { ResumeScanInput } from "~/resume/saved-scan";
import { type AppServer, startAppServer } from "../../support/app-server";
import type { FormClient } from "../../support/http-client";
import { decodeHtml } from "../../support/html";
import { nestedFormsPdf } from "../../support/pdf-fixtures";
import { signUpPaid } from "../../support/users";

vi.setConfig({ testTimeout: 120_000 });

const CORPUS_PDF = new Uint8Array(fs.readFileSync("tests/fixtures/resumes/rendercv-classic.pdf"));
// Runs into the scanner's 10 s limit: a worker kept busy for as long as it is allowed.
const PATHOLOGICAL = nestedFormsPdf();
const DAILY = 3;

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer({ RESUME_SCAN_QUEUE_MAX: "1", RESUME_SCANS_PER_USER_DAILY: String(DAILY) });
});
afterAll(async () => {
  await server?.stop();
});

function resumeForm(bytes: Uint8Array, fileName = "resume.pdf"): FormData {
  const form = new FormData();
  form.append("resume", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), fileName);
  form.append("jobDescription", "");
  form.append("targetRole", "");
  form.append("previousDocumentId", "");
  return form;
}

function upload(client: FormClient, bytes: Uint8Array, opts: { fileName?: string; signal?: AbortSignal } = {}) {
  return client.request("/toolkit/resume/upload", {
    method: "POST",
    body: resumeForm(bytes, opts.fileName),
    headers: { Origin: server.url },
    signal: opts.signal,
  });
}

const documents = (userId: string) => db.document.count({ where: { userId } });
const scansCounted = async (userId: string) =>
  (await db.throttle.findMany({ where: { key: { startsWith: `scan:user:${userId}:` } } })).reduce(
    (sum, row) => sum + row.failures,
    0,
  );

/** Waits until the server has had time to take a request in (its body read, its scan queued). */
const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms));

describe("file names", () => {
  it.each([
    ["an equals sign", "cv=final.pdf", "cv=final.pdf"],
    ["a semicolon", "cv; final.pdf", "cv; final.pdf"],
    ["both, like a header parameter", 'a=b; filename="x.exe".pdf', 'a=b; filename="x.exe".pdf'],
    ["quotes and a backslash", 'my "best" c\\v.pdf', 'my "best" c\\v.pdf'],
    ["letters of other scripts and emoji", "résumé 山田 عربى 🚀.pdf", "résumé 山田 عربى 🚀.pdf"],
    ["a bidi override and controls", "cv\u202Efdp.exe\u0007.pdf", "cvfdp.exe.pdf"],
  ])("accepts a name with %s and shows it as text", async (_, fileName, shown) => {
    const user = await signUpPaid(server.url);
    const res = await upload(user.client, CORPUS_PDF, { fileName });
    expect(res.status).toBe(200);
    const { documentId } = (await res.json()) as { documentId: string };
    const row = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect((JSON.parse(row.input) as ResumeScanInput).fileName).toBe(shown);
    const page = decodeHtml(await (await user.client.get(`/documents/${documentId}`)).text());
    expect(page).not.toMatch(/[\u0000-\u0008\u202A-\u202E]/);
  });

  it("accepts a 1,000-character name, keeping its first 100 characters", async () => {
    const user = await signUpPaid(server.url);
    const res = await upload(user.client, CORPUS_PDF, { fileName: `${"é".repeat(1_000)}.pdf` });
    expect(res.status).toBe(200);
    const { documentId } = (await res.json()) as { documentId: string };
    const row = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect((JSON.parse(row.input) as ResumeScanInput).fileName).toBe("é".repeat(100));
  });
});

describe("sharing the scanner", () => {
  it("answers 503 with Retry-After once the queue is full, one scan at a time per user with 429, and drops scans whose client left", async () => {
    const [a, b, c, d, e] = await Promise.all([1, 2, 3, 4, 5].map(() => signUpPaid(server.url)));
    const gaveUp = new AbortController();
    // Two workers busy with a and b, and c's resume waiting in the one queue place.
    const slowA = upload(a.client, PATHOLOGICAL, { signal: gaveUp.signal }).catch(() => null);
    const slowB = upload(b.client, PATHOLOGICAL, { signal: gaveUp.signal }).catch(() => null);
    await settle();
    const waitingC = upload(c.client, CORPUS_PDF, { signal: gaveUp.signal }).catch(() => null);
    await settle();

    const full = await upload(d.client, CORPUS_PDF);
    expect(full.status).toBe(503);
    expect(full.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(await full.json()).toMatchObject({ error: expect.stringContaining("busy") });
    expect(await scansCounted(d.user.id)).toBe(0);

    // a already has a scan running: a second one is refused at once, not queued.
    const second = await upload(a.client, CORPUS_PDF);
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);

    // Everyone waiting gives up: the running scans stop and c's leaves the queue, so the
    // next person's normal resume is read at once, not after the 10 s limits run out.
    gaveUp.abort();
    await Promise.all([slowA, slowB, waitingC]);
    // The server hears of it when the connections close.
    await settle(1_000);
    const started = performance.now();
    const normal = await upload(e.client, CORPUS_PDF);
    expect(normal.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(8_000);

    await settle();
    for (const gone of [a, b, c]) {
      expect(await documents(gone.user.id)).toBe(0);
      expect(await scansCounted(gone.user.id)).toBe(0);
    }
    expect(await scansCounted(e.user.id)).toBe(1);
  });

  it(`allows ${DAILY} scans a day per user, then 429 with Retry-After until the next UTC day`, async () => {
    const user = await signUpPaid(server.url);
    for (let i = 0; i < DAILY; i++) expect((await upload(user.client, CORPUS_PDF)).status).toBe(200);
    const over = await upload(user.client, CORPUS_PDF);
    expect(over.status).toBe(429);
    const wait = Number(over.headers.get("retry-after"));
    const now = new Date();
    const nextDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    expect(Math.abs(wait - (nextDay - now.getTime()) / 1000)).toBeLessThan(60);
    expect(await over.json()).toMatchObject({ error: expect.stringContaining("daily limit") });
    expect(await documents(user.user.id)).toBe(DAILY);
    // The page's own form post says the same, above the form, without JavaScript.
    const page = await user.client.request("/toolkit/resume", {
      method: "POST",
      body: resumeForm(CORPUS_PDF),
      headers: { Origin: server.url },
    });
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(decodeHtml(await page.text())).toContain("daily limit");
  });

  it("counts concurrent scans of one user atomically: never more than one runs, never more than the quota is used", async () => {
    const user = await signUpPaid(server.url);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => upload(user.client, CORPUS_PDF).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(DAILY);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(await scansCounted(user.user.id)).toBe(statuses.filter((s) => s === 200).length);
  });
});
