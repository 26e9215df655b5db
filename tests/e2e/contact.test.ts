import { describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { appWithBrowser, seriousA11yViolations, watchConsole } from "../support/browser";

vi.setConfig({ testTimeout: 120_000 });

const app = appWithBrowser({ SUPPORT_EMAIL: "help@toolkit.example" });

describe("the contact form in a browser", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`shows errors beside the fields, keeps what was typed, then sends (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const context = await app.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        const errors = watchConsole(page);
        await page.goto(app.server.url + "/contact");
        await page.getByRole("link", { name: "help@toolkit.example" }).waitFor();
        // axe runs as page script, which a context without JavaScript cannot run.
        if (javaScriptEnabled) expect(await seriousA11yViolations(page)).toEqual([]);

        await page.getByLabel("Your name").fill("Grace Hopper");
        await page.getByLabel("Message").fill("short");
        await page.getByRole("button", { name: "Send message" }).click();
        await page.getByRole("heading", { name: "3 answers need a change" }).waitFor();
        await expect(page.getByLabel("Your name").inputValue()).resolves.toBe("Grace Hopper");
        await page.getByText("Enter your email address.").first().waitFor();
        if (javaScriptEnabled) expect(await seriousA11yViolations(page)).toEqual([]);

        const email = `grace-${javaScriptEnabled}-${Date.now()}@example.com`;
        await page.getByLabel("Your email").fill(email);
        await page.getByLabel("About").selectOption("account");
        await page.getByLabel("Message").fill("Please tell me how to export my documents.");
        await page.getByRole("button", { name: "Send message" }).click();
        await page.getByText("your message reached us").waitFor();
        expect(await db.contactMessage.count({ where: { email } })).toBe(1);
        expect(
          await db.outboxEmail.count({
            where: { to: "help@toolkit.example", template: "support-message", text: { contains: email } },
          }),
        ).toBe(1);
        // The refused post answers 400, which the browser reports; nothing else may.
        expect(errors.filter((e) => !/status of 400 .*\/contact(\.data)?\)$/.test(e))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
