import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../support/app-server";
import { launchBrowser, seriousA11yViolations, watchConsole, paidBrowserContext } from "../support/browser";
import { type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai";
import { GOOD_MODEL_REPLY, TYPICAL_FORM } from "../fixtures/layoff/inputs";

const MODEL = "fake-model";
const DOCUMENT_URL = /\/documents\/[a-z0-9]+$/;
const DOCUMENT_TITLE = `Layoff explanation: ${TYPICAL_FORM.lastRole} at ${TYPICAL_FORM.company}`;

let server: AppServer;
let fake: FakeOpenAI;
let browser: Browser;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  [server, browser] = await Promise.all([
    startAppServer({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: fake.url, OPENAI_MODEL: MODEL, OPENAI_MAX_RETRIES: "0" }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});
beforeEach(() => {
  // Slow enough to watch: twelve pieces, 150 ms apart.
  fake.setScript({ reply: GOOD_MODEL_REPLY, chunks: 12, chunkDelayMs: 150 });
});

const paidContext = (opts: { javaScriptEnabled: boolean }) => paidBrowserContext({ server, browser }, opts);

/** Opens the writer and, with JavaScript, waits until React has taken over the form. */
async function openWriter(page: Page, opts: { javaScriptEnabled: boolean }) {
  await page.goto(server.url + "/toolkit/layoff");
  await page.getByRole("heading", { name: "Layoff-explanation writer" }).waitFor();
  if (opts.javaScriptEnabled) {
    await page.waitForFunction(() => {
      const form = document.querySelector('form[action="/toolkit/layoff"]');
      return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
    });
  }
}

async function fillForm(page: Page) {
  const text = (name: string) => String(TYPICAL_FORM[name]);
  await page.getByLabel("Last job title").fill(text("lastRole"));
  await page.getByLabel("Company", { exact: true }).fill(text("company"));
  await page.getByLabel("Month you started").fill(text("startDate"));
  await page.getByLabel("Last month you worked there").fill(text("endDate"));
  await page.getByLabel("What you delivered there").fill(text("delivered"));
  await page.getByLabel("How it ended").selectOption(text("layoffType"));
  await page.getByLabel("How many people were affected").fill(text("affectedCount"));
  await page.getByLabel("What happened, in your own words").fill(text("whatHappened"));
  await page.getByLabel("Learning (courses, certifications, reading)").check();
  await page.getByLabel("Building my own projects").check();
  await page.getByLabel("Details of what you've done since").fill(text("sinceDetails"));
  await page.getByLabel("What you want next").fill(text("nextGoal"));
  await page.getByLabel("Target role").fill(text("targetRole"));
}

const documentsOf = (userId: string) => db.document.findMany({ where: { userId }, select: { id: true, engine: true } });

describe("the layoff writer in a browser", () => {
  it("streams the text as it is written, then opens the saved document", async () => {
    const { context, userId } = await paidContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await openWriter(page, { javaScriptEnabled: true });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await fillForm(page);
      await page.getByRole("button", { name: "Write my explanation" }).click();

      await page.getByText("Writing…", { exact: true }).waitFor();
      const draft = page.getByRole("region", { name: "Your document as it is written" });
      await draft.getByText("### Interview answer").waitFor();
      // Still writing while the first words are on screen: the text arrives in pieces.
      expect(await page.getByRole("button", { name: "Cancel" }).isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "Write my explanation" }).isDisabled()).toBe(true);

      await page.waitForURL(DOCUMENT_URL);
      await page.getByRole("heading", { level: 1, name: DOCUMENT_TITLE }).waitFor();
      const [saved] = await documentsOf(userId);
      expect(saved).toEqual({ id: page.url().split("/").pop(), engine: MODEL });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("stops writing on Cancel and saves nothing", async () => {
    fake.setScript({ hang: true, afterText: "### Interview answer\nI spent four years" });
    const { context, userId } = await paidContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await openWriter(page, { javaScriptEnabled: true });
      await fillForm(page);
      await page.getByRole("button", { name: "Write my explanation" }).click();
      await page.getByText("I spent four years").waitFor();
      await page.getByRole("button", { name: "Cancel" }).click();

      await page.getByText("Stopped. Nothing was saved.").waitFor();
      expect(await page.getByRole("button", { name: "Write my explanation" }).isEnabled()).toBe(true);
      // The server saw the browser go away: the model call was recorded as failed, not charged.
      await vi.waitFor(async () => expect(await db.usageEvent.count({ where: { userId, status: "failed" } })).toBe(1), {
        timeout: 10_000,
      });
      expect(await documentsOf(userId)).toEqual([]);
      expect(new URL(page.url()).pathname).toBe("/toolkit/layoff");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows field errors next to the fields, keeping what was typed, with JavaScript", async () => {
    const { context, userId } = await paidContext({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await openWriter(page, { javaScriptEnabled: true });
      await fillForm(page);
      await page.getByLabel("Month you started").fill("2024-05");
      await page.getByLabel("Last month you worked there").fill("2023-01");
      await page.getByRole("button", { name: "Write my explanation" }).click();

      // The message sits next to its field, and the summary above the form links to it.
      await page.locator("#field-endDate-error").getByText("The end date is before the start date.").waitFor();
      expect(
        await page.getByRole("link", { name: "The end date is before the start date." }).getAttribute("href"),
      ).toBe("#field-endDate");
      expect(await page.getByLabel("Company", { exact: true }).inputValue()).toBe(TYPICAL_FORM.company);
      expect(await page.getByLabel("Last month you worked there").getAttribute("aria-invalid")).toBe("true");
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(await documentsOf(userId)).toEqual([]);
      // The invalid post answers 400, which Chromium reports as a failed resource load.
      expect(errors.filter((e) => !e.includes("status of 400"))).toEqual([]);

      // Corrected and sent again: the old messages go as soon as writing starts.
      await page.getByLabel("Month you started").fill(String(TYPICAL_FORM.startDate));
      await page.getByLabel("Last month you worked there").fill(String(TYPICAL_FORM.endDate));
      await page.getByRole("button", { name: "Write my explanation" }).click();
      await page.getByText("Writing…", { exact: true }).waitFor();
      expect(await page.getByText("The end date is before the start date.").count()).toBe(0);
      await page.waitForURL(DOCUMENT_URL);
      expect(await documentsOf(userId)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("works without JavaScript: field errors, then a plain post that saves and opens the document", async () => {
    const { context, userId } = await paidContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await openWriter(page, { javaScriptEnabled: false });
      await fillForm(page);
      await page.getByLabel("What you delivered there").fill("");
      await page.getByRole("button", { name: "Write my explanation" }).click();
      await page.locator("#field-delivered-error").getByText("Say one thing you delivered there").waitFor();
      expect(await page.getByRole("link", { name: /^Say one thing you delivered there/ }).getAttribute("href")).toBe(
        "#field-delivered",
      );
      expect(await page.getByLabel("Target role").inputValue()).toBe(TYPICAL_FORM.targetRole);

      await page.getByLabel("What you delivered there").fill(String(TYPICAL_FORM.delivered));
      await page.getByRole("button", { name: "Write my explanation" }).click();
      await page.waitForURL(DOCUMENT_URL);
      await page.getByRole("heading", { level: 1, name: DOCUMENT_TITLE }).waitFor();
      const [saved] = await documentsOf(userId);
      expect(saved).toEqual({ id: page.url().split("/").pop(), engine: MODEL });
    } finally {
      await context.close();
    }
  });
});
