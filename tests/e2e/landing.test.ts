import { describe, expect, it, vi } from "vitest";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });
import { appWithBrowser, seriousA11yViolations, watchConsole } from "../support/browser";

const app = appWithBrowser();

describe("landing page in a browser", () => {
  it("renders, hydrates without console errors and passes axe", async () => {
    const page = await app.browser.newPage();
    const errors = watchConsole(page);
    await page.goto(app.server.url + "/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Laid off");
    await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the navigation to every page it links, each accessible and free of console errors", async () => {
    const page = await app.browser.newPage();
    const errors = watchConsole(page);
    await page.goto(app.server.url + "/");
    const hrefs = await page.$$eval("header nav a, footer nav a", (as) => [
      ...new Set(as.map((a) => a.getAttribute("href")!)),
    ]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      // Client-side navigation, as a user clicking the link would get.
      await page.goto(app.server.url + "/");
      await page.locator(`header nav a[href="${href}"], footer nav a[href="${href}"]`).first().click();
      // Signed-out visitors of the toolkit land on the sign-in page: wait for whichever page comes.
      await page.waitForURL((url) => url.pathname !== "/");
      await page.waitForLoadState("networkidle");
      expect(await page.locator("h1").count(), `a heading on ${page.url()}`).toBeGreaterThan(0);
      const violations = await seriousA11yViolations(page);
      expect(violations, `axe on ${href}`).toEqual([]);
    }
    // Unbuilt pages answer 404 here; the 404 page must itself be accessible and error-free
    // apart from the browser's own log line for the 404 status.
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
    await page.close();
  });

  it("works with JavaScript disabled", async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(app.server.url + "/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: /all comparisons/ }).count()).resolves.toBe(1);
    await context.close();
  });
});
