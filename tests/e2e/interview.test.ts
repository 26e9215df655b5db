import type { Page } from "playwright-core";
import { describe, expect, it, vi } from "vitest";

// Whole user journeys on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 120_000 });
import { appWithBrowser, paidBrowserContext, seriousA11yViolations, watchConsole } from "../support/browser";
import { findProblem } from "~/interview/coding/problems";

const DESIGN_ANSWER = [
  "First I would clarify the requirements and estimate the load: how many users, and how many requests per second at peak.",
  "Then I would sketch the API and the data model, and put a load balancer in front of stateless application servers.",
  "Every write would run in a transaction with a unique constraint, hot reads would go through a cache, and slow work through a queue.",
  "I would replicate the database for failover and add monitoring and alerts on latency and errors.",
].join(" ");

const SCREEN_ANSWER =
  "I have spent six years building backend services for payments and logistics, most recently leading a team of four engineers. I want a role where I own a product area end to end, work with strong engineers, and keep learning about large distributed systems.";

const app = appWithBrowser();

const paidContext = async (javaScriptEnabled: boolean) =>
  (await paidBrowserContext(app, { javaScriptEnabled })).context;

async function chooseGoogleL5Backend(page: Page, stage: string) {
  await page.getByLabel("Company").fill("Google");
  await page.getByLabel("Role").selectOption({ label: "Backend engineer" });
  await page.getByLabel("Level").selectOption({ label: "L5 (Senior Software Engineer)" });
  await page.getByLabel("Stage").selectOption({ label: stage });
}

describe("a mock interview in a browser", () => {
  it("with JavaScript: levels narrow to the company, a timer per question, feedback on each answer, then a summary and progress", async () => {
    const context = await paidContext(true);
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await page.goto(app.server.url + "/toolkit/interview");
      // Rendered once the page's JavaScript runs.
      await page.getByText("The levels of the company above.").waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByLabel("Company").fill("Amazon");
      expect(
        await page
          .getByLabel("Level")
          .locator("optgroup")
          .evaluateAll((groups) => groups.map((g) => g.getAttribute("label"))),
      ).toEqual(["Amazon"]);
      await chooseGoogleL5Backend(page, "Recruiter screen");
      expect(await page.getByLabel("Level").locator("option").count()).toBe(5);
      await page.getByRole("button", { name: "Show the loop" }).click();
      await page
        .getByRole("heading", { name: "Google interview loop: Backend engineer, L5 (Senior Software Engineer)" })
        .waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Start the mock interview" }).click();
      await page.getByRole("heading", { name: /^Question 1 of 3:/ }).waitFor();
      await page.getByRole("button", { name: "Start timer" }).click();
      await page.getByRole("timer").filter({ hasText: "0:01" }).waitFor();
      await page.getByRole("button", { name: "Pause timer" }).click();
      expect(await seriousA11yViolations(page)).toEqual([]);

      for (const position of [2, 3]) {
        await page.getByLabel("Your answer", { exact: true }).fill(SCREEN_ANSWER);
        await page.getByRole("button", { name: "Submit answer" }).click();
        await page.getByRole("heading", { name: new RegExp(`^Question ${position} of 3:`) }).waitFor();
        await expect(page.getByRole("article", { name: "Feedback on your answer" }).isVisible()).resolves.toBe(true);
        // A new question starts with a fresh timer and an empty text box.
        expect(await page.getByRole("timer").allTextContents()).toEqual(["0:00"]);
        expect(await page.getByLabel("Your answer", { exact: true }).inputValue()).toBe("");
      }
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByLabel("Your answer", { exact: true }).fill(SCREEN_ANSWER);
      await page.getByRole("button", { name: "Submit answer" }).click();
      await page.getByRole("heading", { name: /^Session summary/ }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole("link", { name: "Your progress across sessions" }).click();
      await page.getByRole("heading", { name: "Your interview progress" }).waitFor();
      await page.getByRole("table").getByRole("rowheader").first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("without JavaScript: grouped levels, no timer, field messages, feedback and a summary", async () => {
    const context = await paidContext(false);
    try {
      const page = await context.newPage();
      await page.goto(app.server.url + "/toolkit/interview");
      expect(await page.getByLabel("Level").locator("optgroup").count()).toBe(7);
      await chooseGoogleL5Backend(page, "System design");
      await page.getByRole("button", { name: "Start the mock interview" }).click();
      await page.getByRole("heading", { name: "Question 1 of 1: System design" }).waitFor();
      expect(await page.getByRole("button", { name: "Start timer" }).count()).toBe(0);

      await page.getByLabel("Your answer", { exact: true }).fill("   ");
      await page.getByRole("button", { name: "Submit answer" }).click();
      await page.getByText("Type an answer before submitting.").waitFor();

      await page.getByLabel("Your answer", { exact: true }).fill(DESIGN_ANSWER);
      await page.getByRole("button", { name: "Submit answer" }).click();
      await page.getByRole("heading", { name: "Your last answer" }).waitFor();
      await page.getByRole("heading", { name: /^Session summary/ }).waitFor();
      expect(await page.getByRole("button", { name: "Submit answer" }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("coding: a monospace editor with line numbers and Tab indentation, code run against the tests, at 390 px", async () => {
    const context = await paidContext(true);
    try {
      const page = await context.newPage();
      const errors = watchConsole(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(app.server.url + "/toolkit/interview");
      await page.getByText("The levels of the company above.").waitFor();
      await chooseGoogleL5Backend(page, "Coding");
      await page.getByRole("button", { name: "Start the mock interview" }).click();
      await page.getByRole("heading", { name: /^Question 1 of \d+:/ }).waitFor();
      const code = page.getByLabel("Your code");
      await page.getByLabel("Language").selectOption("python");
      expect(await code.inputValue()).toMatch(/^(# .*\n)*(def|class) /);
      await code.fill("def f():");
      await code.press("End");
      await code.press("Enter");
      await code.press("Tab");
      await code.type("return 1");
      expect(await code.inputValue()).toBe("def f():\n    return 1");
      // A block: Shift+Tab outdents every selected line, Tab indents them back, keys typed at once after.
      await code.press("ControlOrMeta+a");
      await code.press("Shift+Tab");
      expect(await code.inputValue()).toBe("def f():\nreturn 1");
      await code.press("Tab");
      await code.press("End");
      await code.type("0");
      expect(await code.inputValue()).toBe("    def f():\n    return 10");
      await code.fill("def f():\n    return 1");
      expect(await page.getByText("2", { exact: true }).count()).toBeGreaterThan(0);
      expect(await seriousA11yViolations(page)).toEqual([]);

      const questionId = await page.locator('input[name="questionId"]').inputValue();
      await code.fill(findProblem(questionId)!.references.python);
      await page.getByRole("button", { name: "Run the tests and submit" }).click();
      await page.getByRole("heading", { name: /^Tests \(Python\): \d+ of \d+ passed$/ }).waitFor({ timeout: 90_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const violations = await seriousA11yViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("coding without JavaScript: the code box is a plain form field that posts", async () => {
    const context = await paidContext(false);
    try {
      const page = await context.newPage();
      await page.goto(app.server.url + "/toolkit/interview");
      await chooseGoogleL5Backend(page, "Coding");
      await page.getByRole("button", { name: "Start the mock interview" }).click();
      await page.getByRole("heading", { name: /^Question 1 of \d+:/ }).waitFor();
      const questionId = await page.locator('input[name="questionId"]').inputValue();
      await page.getByLabel("Language").selectOption("typescript");
      await page.getByLabel("Your code").fill(findProblem(questionId)!.references.typescript);
      await page.getByRole("button", { name: "Run the tests and submit" }).click();
      await page
        .getByRole("heading", { name: /^Tests \(TypeScript\): \d+ of \d+ passed$/ })
        .waitFor({ timeout: 90_000 });
    } finally {
      await context.close();
    }
  });
});
