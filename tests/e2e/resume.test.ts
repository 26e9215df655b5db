// The resume scanner as people use it: Chromium against the production build, with and
// without JavaScript.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { appWithBrowser, paidBrowserContext, seriousA11yViolations, watchConsole } from "../support/browser";
import { encryptedPdf, oversizedPdf } from "../support/pdf-fixtures";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });

const CORPUS_PDF = {
  name: "john-doe.pdf",
  mimeType: "application/pdf",
  buffer: fs.readFileSync("tests/fixtures/resumes/rendercv-classic.pdf"),
};
const DOCUMENT_URL = /\/documents\/[a-z0-9]+$/;
const REPORT_TITLE = /^Resume scan: John Doe, ATS score \d+\/100$/;
// With a job description, the title names the job and leads with the match.
const MATCH_TITLE = /^Job match for Machine Learning Engineer: John Doe, \d+\/100 \(ATS score \d+\/100\)$/;

const app = appWithBrowser();

const paidContext = (opts: { javaScriptEnabled: boolean }) => paidBrowserContext(app, opts);

/** Opens the scanner and, with JavaScript, waits until React has taken over the form. */
async function openScanner(page: Page, opts: { javaScriptEnabled: boolean }) {
  await page.goto(app.server.url + "/toolkit/resume");
  await page.getByRole("heading", { level: 1, name: "Resume scanner" }).waitFor();
  if (opts.javaScriptEnabled) {
    await page.waitForFunction(() => {
      const form = document.querySelector('form[action="/toolkit/resume"]');
      return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
    });
  }
}

/** Records every text the upload's status line shows, however briefly. */
async function recordStatusLine(page: Page) {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { statusLog: string[] }).statusLog = log;
    const status = document.querySelector('form[action="/toolkit/resume"] [role="status"]')!;
    new MutationObserver(() => {
      const text = status.textContent ?? "";
      if (text && log[log.length - 1] !== text) log.push(text);
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
}

const documentsOf = (userId: string) => db.document.findMany({ where: { userId }, select: { id: true, kind: true } });

describe("the resume scanner in a browser", () => {
  it("uploads with a progress bar, then reads and scores, then opens the report", async () => {
    const { context, userId } = await paidContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await openScanner(page, { javaScriptEnabled: true });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByLabel("Your resume (PDF)").setInputFiles(CORPUS_PDF);
      await page
        .getByLabel("Job description")
        .fill("Machine Learning Engineer: Python, PyTorch, Kubernetes, Terraform.");
      const statusLog = await recordStatusLine(page);
      // A slow uplink, so the upload takes long enough to watch.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: 40 * 1024,
      });
      await page.getByRole("button", { name: "Scan my resume" }).click();

      const progress = page.getByRole("progressbar", { name: "Uploading your resume…" });
      await progress.waitFor();
      expect(await page.getByLabel("Your resume (PDF)").isDisabled()).toBe(true);
      await page.waitForURL(DOCUMENT_URL);
      await page.getByRole("heading", { level: 1, name: MATCH_TITLE }).waitFor();
      await page
        .getByText(/what the ATS sees/i)
        .first()
        .waitFor();
      expect(await statusLog()).toEqual([
        "Uploading your resume…",
        "Reading and scoring your resume…",
        "Scored. Opening your report…",
      ]);
      expect(await documentsOf(userId)).toEqual([{ id: page.url().split("/").pop(), kind: "resume_scan" }]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a refusal above the form with JavaScript, keeping the job description", async () => {
    const { context, userId } = await paidContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await openScanner(page, { javaScriptEnabled: true });
      await page
        .getByLabel("Your resume (PDF)")
        .setInputFiles({ name: "locked.pdf", mimeType: "application/pdf", buffer: Buffer.from(encryptedPdf()) });
      await page.getByLabel("Job description").fill("Staff engineer, Go and Rust");
      await page.getByRole("button", { name: "Scan my resume" }).click();

      await page.getByRole("alert").getByText("Remove the password and upload again").waitFor();
      expect(await page.getByLabel("Job description").inputValue()).toBe("Staff engineer, Go and Rust");
      expect(await page.getByLabel("Your resume (PDF)").isEnabled()).toBe(true);
      expect(new URL(page.url()).pathname).toBe("/toolkit/resume");
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(await documentsOf(userId)).toEqual([]);
      // The refusal answers 422, which Chromium reports as a failed resource load.
      expect(errors.filter((error) => !error.includes("status of 422"))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("refuses a file over 5 MB before sending it", async () => {
    const { context } = await paidContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const uploads: string[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST") uploads.push(request.url());
      });
      await openScanner(page, { javaScriptEnabled: true });
      await page
        .getByLabel("Your resume (PDF)")
        .setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.from(oversizedPdf(6)) });
      await page.getByRole("button", { name: "Scan my resume" }).click();
      await page.getByRole("alert").getByText("The file is larger than 5 MB").waitFor();
      expect(uploads).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("works without JavaScript: a refusal on the page, then a plain post that opens the report", async () => {
    const { context, userId } = await paidContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await openScanner(page, { javaScriptEnabled: false });
      await page
        .getByLabel("Your resume (PDF)")
        .setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.from(oversizedPdf(6)) });
      await page.getByLabel("Target role").fill("Machine Learning Engineer");
      await page.getByRole("button", { name: "Scan my resume" }).click();
      await page.getByRole("alert").getByText("The file is larger than 5 MB").waitFor();

      await page.getByLabel("Your resume (PDF)").setInputFiles(CORPUS_PDF);
      await page.getByRole("button", { name: "Scan my resume" }).click();
      await page.waitForURL(DOCUMENT_URL);
      await page.getByRole("heading", { level: 1, name: REPORT_TITLE }).waitFor();
      await page
        .getByText(/what the ATS sees/i)
        .first()
        .waitFor();
      expect(await documentsOf(userId)).toEqual([{ id: page.url().split("/").pop(), kind: "resume_scan" }]);
    } finally {
      await context.close();
    }
  });
});
