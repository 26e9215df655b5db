import { describe, expect, it, vi } from "vitest";
import { saveDocument } from "~/documents/store.server";
import { appWithBrowser, seriousA11yViolations, watchConsole } from "../support/browser";
import { signUpVerified } from "../support/users";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });

const app = appWithBrowser();

describe("documents in a browser", () => {
  it("finds, opens, copies and deletes a document, then restores it", async () => {
    const { client, user } = await signUpVerified(app.server.url);
    for (const title of ["Offer from Acme", "Layoff answer for Globex", "Older notes"]) {
      await saveDocument({
        userId: user.id,
        kind: "layoff_explanation",
        title,
        input: {},
        output: {},
        text: `Text of ${title}`,
        engine: "builtin",
      });
    }
    const context = await app.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    await context.addCookies([{ name: "session", value: client.cookie("session")!, url: app.server.url }]);
    const page = await context.newPage();
    const errors = watchConsole(page);

    await page.goto(app.server.url + "/documents");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("Search titles and text").fill("Globex");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/q=Globex/);
    // The address changes before the new list arrives: wait for the list itself.
    await page.getByRole("link", { name: "Offer from Acme" }).waitFor({ state: "detached" });
    await page.getByRole("link", { name: "Layoff answer for Globex" }).click();
    await page.getByRole("heading", { name: "Layoff answer for Globex", level: 1 }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Copy all text" }).click();
    await page.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Text of Layoff answer for Globex");

    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Move to trash" }).click();
    await page.getByText("Moved to the trash.").waitFor();
    await page.goto(app.server.url + "/documents");
    await expect(page.getByRole("link", { name: "Layoff answer for Globex" }).count()).resolves.toBe(0);
    await page.goto(app.server.url + "/documents?view=trash");
    await page.getByRole("link", { name: "Layoff answer for Globex" }).click();
    await page.getByRole("button", { name: "Undo: restore it" }).click();
    await page.getByRole("link", { name: "Download .txt" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
