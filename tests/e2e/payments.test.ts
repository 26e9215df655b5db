import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });
import { startAppServer } from "../support/app-server";
import { launchBrowser, seriousA11yViolations, watchConsole } from "../support/browser";
import { signUpAndVerifyInBrowser } from "../support/e2e-flows";
import { startAppWithFakeStripe } from "../support/stripe-app";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("paying in a browser", () => {
  it("sign up → verify → pay on Stripe's page → toolkit unlocked → refund → locked", async () => {
    const { server, stripe, stop } = await startAppWithFakeStripe({ NODE_ENV: "development" });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await signUpAndVerifyInBrowser(page, server.url);
      await page.goto(server.url + "/pricing");
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole("button", { name: /Buy lifetime access/ }).click();
      await page.waitForURL((url) => url.origin === stripe.url);
      await page.getByRole("button", { name: "Pay", exact: true }).click();
      await page.getByRole("heading", { name: "Your Career Recovery Toolkit" }).waitFor();
      await page.getByText("Payment received").waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      const sessionId = [...stripe.sessions.keys()][0];
      await stripe.refund(sessionId);
      await page.goto(server.url + "/toolkit");
      await page.getByRole("heading", { name: "The toolkit is locked" }).waitFor();
      await expect(page.getByText("refunded").first().isVisible()).resolves.toBe(true);
      // Our pages only: the fake Stripe page has no favicon.
      expect(errors.filter((e) => !e.includes(stripe.url))).toEqual([]);
    } finally {
      await context.close();
      await stop();
    }
  });

  it("works the same in local mode, with the simulated checkout and without JavaScript", async () => {
    const server = await startAppServer({ NODE_ENV: "development" });
    const withJs = await browser.newContext();
    try {
      const page = await withJs.newPage();
      await signUpAndVerifyInBrowser(page, server.url);
      // The rest of the purchase with JavaScript turned off, as some buyers will have it.
      const cookies = await withJs.cookies();
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      await noJs.addCookies(cookies);
      const plain = await noJs.newPage();
      await plain.goto(server.url + "/pricing");
      await plain.getByRole("button", { name: /Buy lifetime access/ }).click();
      await plain.getByRole("heading", { name: "Simulated checkout" }).waitFor();
      await plain.getByRole("button", { name: "Confirm simulated payment" }).click();
      await plain.getByRole("heading", { name: "Your Career Recovery Toolkit" }).waitFor();
      await noJs.close();
    } finally {
      await withJs.close();
      await server.stop();
    }
  });
});
