import { describe, expect, it, vi } from "vitest";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });
import { appWithBrowser, seriousA11yViolations, watchConsole } from "../support/browser";
import { E2E_PASSWORD, signUpAndVerifyInBrowser } from "../support/e2e-flows";

const app = appWithBrowser({ NODE_ENV: "development" });

describe("accounts in a browser", () => {
  it("a new user signs up, reads the code from the outbox, verifies, signs out and in again", async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    const email = await signUpAndVerifyInBrowser(page, app.server.url);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();
    await page.goto(app.server.url + "/login");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account", exact: true }).waitFor();
    await page.goto(app.server.url + "/account");
    await page.getByRole("heading", { name: "Your account", exact: true }).waitFor();
    expect(await page.locator("main").textContent()).toContain(email);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows field errors and keeps the typed email without JavaScript", async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.server.url + "/signup");
    await page.getByLabel("Email").fill("someone@example.com");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Use at least 8 characters").waitFor();
    expect(await page.getByLabel("Email").inputValue()).toBe("someone@example.com");
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await context.close();
  });
});
