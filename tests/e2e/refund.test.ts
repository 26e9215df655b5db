import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { startAppServer } from "../support/app-server";
import { launchBrowser, seriousA11yViolations, watchConsole } from "../support/browser";
import { signUpAndVerifyInBrowser } from "../support/e2e-flows";
import { startAppWithFakeStripe } from "../support/stripe-app";

// The refund a customer asks for from their account, in a real browser.
vi.setConfig({ testTimeout: 180_000 });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("refunding in a browser", () => {
  it("pay on Stripe's page → account → purchase → double-click Refund → one refund, confirmation, toolkit locked", async () => {
    const { server, stripe, stop } = await startAppWithFakeStripe({ NODE_ENV: "development" });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      const email = await signUpAndVerifyInBrowser(page, server.url);
      await page.goto(server.url + "/pricing");
      await page.getByRole("button", { name: /Buy lifetime access/ }).click();
      await page.waitForURL((url) => url.origin === stripe.url);
      await page.getByRole("button", { name: "Pay", exact: true }).click();
      await page.getByRole("heading", { name: "Your Career Recovery Toolkit" }).waitFor();

      await page.goto(server.url + "/account");
      await page.getByRole("link", { name: "Receipt and refund" }).click();
      await page.getByRole("heading", { name: "Your purchase" }).waitFor();
      const purchase = await db.purchase.findFirstOrThrow({ where: { customerEmail: email } });
      await page.getByText(purchase.id).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Refund my payment" }).dblclick();
      await page.getByText(/^Refunded on /).waitFor();
      await page.getByText("5 to 10 business days").waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(stripe.refunds.filter((r) => r.payment_intent === purchase.paymentIntentId)).toHaveLength(1);
      expect(await db.outboxEmail.count({ where: { to: email, template: "refund-confirmation" } })).toBe(1);

      await page.goto(server.url + "/toolkit");
      await page.getByRole("heading", { name: "The toolkit is locked" }).waitFor();
      expect(errors.filter((e) => !e.includes(stripe.url))).toEqual([]);
    } finally {
      await context.close();
      await stop();
    }
  });

  it("works without JavaScript in local mode, and refuses politely once the window has closed", async () => {
    const server = await startAppServer({ NODE_ENV: "development" });
    const withJs = await browser.newContext();
    try {
      const setup = await withJs.newPage();
      const email = await signUpAndVerifyInBrowser(setup, server.url);
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      await noJs.addCookies(await withJs.cookies());
      const page = await noJs.newPage();
      await page.goto(server.url + "/pricing");
      await page.getByRole("button", { name: /Buy lifetime access/ }).click();
      await page.getByRole("button", { name: "Confirm simulated payment" }).click();
      await page.getByRole("heading", { name: "Your Career Recovery Toolkit" }).waitFor();

      const purchase = await db.purchase.findFirstOrThrow({ where: { customerEmail: email } });
      await page.goto(`${server.url}/account/purchases/${purchase.id}`);
      await page.getByRole("button", { name: "Refund my payment" }).click();
      await page.getByText(/^Refunded on /).waitFor();
      await page.getByText("no money moved").first().waitFor();

      // A second purchase, bought 20 days ago: past the window.
      const later = await db.purchase.create({
        data: {
          userId: purchase.userId,
          customerEmail: email,
          provider: "local",
          checkoutSessionId: `local_${"q".repeat(32)}`,
          amountCents: 4900,
          currency: "usd",
          status: "paid",
          paidAt: new Date(Date.now() - 20 * 86_400_000),
        },
      });
      await page.goto(`${server.url}/account/purchases/${later.id}`);
      await page.getByText(/within 14 days of paying/).waitFor();
      expect(await page.getByRole("button", { name: "Refund my payment" }).count()).toBe(0);
      await page.getByRole("link", { name: "Contact us about this order" }).click();
      await expect(page.getByLabel("Message").inputValue()).resolves.toBe(`About order ${later.id}: `);
      await noJs.close();
    } finally {
      await withJs.close();
      await server.stop();
    }
  });
});
