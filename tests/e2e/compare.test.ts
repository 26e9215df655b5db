// The public comparison and salary pages in Chromium, as a phone and a desktop show them.

import type { Page } from "playwright-core";
import { describe, expect, it, vi } from "vitest";
import { COMPARISON_PAIRS } from "~/market/pairs";
import { appWithBrowser, seriousA11yViolations, watchConsole } from "../support/browser";

// Pages on a busy 2-core machine: generous, but bounded.
vi.setConfig({ testTimeout: 180_000 });

const app = appWithBrowser();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await app.browser.newPage({ viewport });
  const response = await page.goto(app.server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Dollar amounts in a text, as numbers. */
function amounts(text: string): number[] {
  return [...text.matchAll(/\$([\d,]+)/g)].map(([, n]) => Number(n.replace(/,/g, "")));
}

/** What the visible chart draws: per level, each bar's kind and median. */
async function visibleChart(page: Page) {
  return page.$$eval("[data-chart] svg", (svgs) => {
    const shown = svgs.find((svg) => getComputedStyle(svg).display !== "none");
    if (!shown) return null;
    return {
      layout: shown.getAttribute("data-layout"),
      name: shown.getAttribute("aria-labelledby"),
      levels: [...shown.querySelectorAll("g[data-level]")].map((g) => ({
        level: g.getAttribute("data-level"),
        bars: [...g.querySelectorAll("g[data-bar]")].map((b) => ({
          kind: b.getAttribute("data-bar"),
          median: Number(b.getAttribute("data-median")),
        })),
      })),
      smallestText: Math.min(...[...shown.querySelectorAll("text")].map((t) => t.getBoundingClientRect().height)),
    };
  });
}

describe("comparison pages in a browser", () => {
  it("fit a 390 px phone, and never draw one stand-in figure as two bars nor compare a stand-in", async () => {
    for (const pair of COMPARISON_PAIRS) {
      for (const viewport of [PHONE, DESKTOP]) {
        const where = `${pair.slug} at ${viewport.width} px`;
        const page = await open(`/compare/${pair.slug}`, viewport);
        const width = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(width.scroll, where).toBeLessThanOrEqual(width.client);
        const chart = (await visibleChart(page))!;
        expect(chart.layout, where).toBe(viewport === PHONE ? "narrow" : "wide");
        // Labels stay readable: no text of the chart renders under 11 px tall.
        expect(chart.smallestText, where).toBeGreaterThanOrEqual(11);

        const verdicts = await page.$$eval("[data-level-verdict]", (rows) =>
          rows.map((r) => ({
            level: r.getAttribute("data-level-verdict"),
            kind: r.querySelector("[data-verdict]")?.getAttribute("data-verdict"),
          })),
        );
        for (const { level, bars } of chart.levels) {
          const medians = bars.map((b) => b.median);
          expect(new Set(medians).size, `${where}, ${level}: the same figure twice`).toBe(medians.length);
          const kind = verdicts.find((v) => v.level === level)?.kind;
          // A level is compared only between two bars of the roles' own figures.
          if (kind === "higher" || kind === "nearly_identical" || kind === "no_clear_difference") {
            expect(
              bars.map((b) => b.kind),
              `${where}, ${level}`,
            ).toEqual(["own", "own"]);
          }
          if (bars.some((b) => b.kind === "stand-in"))
            expect(kind, `${where}, ${level}`).toMatch(/^(no_like_for_like|missing)$/);
        }
        await page.close();
      }
    }
  });

  it("state verdicts that follow from the figures shown: the named role has the higher median", async () => {
    const page = await open("/compare/data-vs-ml-engineer", DESKTOP);
    const rows = await page.$$eval("[data-level-table] tbody tr", (trs) =>
      trs.map((tr) => ({
        level: tr.querySelector("th")?.textContent ?? "",
        cells: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      })),
    );
    const verdicts = await page.$$eval("[data-level-verdict]", (items) =>
      items.map((item) => ({
        kind: item.querySelector("[data-verdict]")?.getAttribute("data-verdict"),
        label: item.querySelector("[data-verdict]")?.textContent ?? "",
      })),
    );
    const higher = verdicts.filter((v) => v.kind === "higher");
    expect(higher.length).toBeGreaterThan(0);
    verdicts.forEach((verdict, i) => {
      if (verdict.kind !== "higher") return;
      const [dataEngineer, mlEngineer] = rows[i].cells.map((c) => amounts(c)[0]);
      const named = verdict.label.startsWith("Machine-learning") ? mlEngineer : dataEngineer;
      expect(named, rows[i].level).toBe(Math.max(dataEngineer, mlEngineer));
    });
    await page.close();
  });

  it("answer full-stack vs back-end with no clear difference by level and the survey's gap, up top", async () => {
    const page = await open("/compare/full-stack-vs-backend-engineer", PHONE);
    const answer = page.getByRole("region", { name: "The short answer" });
    await expect(answer.textContent()).resolves.toContain("No clear difference in salary");
    await expect(answer.textContent()).resolves.toMatch(/includes zero/);
    await expect(
      page.locator('[data-level-verdict="senior"] [data-verdict]').getAttribute("data-verdict"),
    ).resolves.toBe("no_clear_difference");
    await expect(
      page.locator('[data-level-verdict="early"] [data-verdict]').getAttribute("data-verdict"),
    ).resolves.toBe("no_like_for_like");
    await expect(page.locator("#limits").textContent()).resolves.toContain("publishes one figure for both");
    await page.close();
  });

  it("give the chart an accessible name and a table with the same figures", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open("/compare/full-stack-vs-backend-engineer", viewport);
      const chart = page.getByRole("img", { name: /^Median salary and middle half by level/ });
      await expect(chart.count()).resolves.toBe(1);
      const drawn = (await visibleChart(page))!.levels.flatMap((l) => l.bars.map((b) => b.median / 100));
      const tabled = await page.$$eval("[data-level-table] [data-median]", (spans) =>
        spans.map((s) => s.textContent ?? ""),
      );
      expect(new Set(tabled.flatMap(amounts))).toEqual(new Set(drawn));
      await expect(page.getByRole("table", { name: /The chart's figures/ }).count()).resolves.toBe(1);
      await page.close();
    }
  });

  it("pass axe, hydrate without console errors, and read the same with JavaScript off", async () => {
    const page = await app.browser.newPage({ viewport: DESKTOP });
    const errors = watchConsole(page);
    await page.goto(app.server.url + "/compare/full-stack-vs-backend-engineer");
    await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const noScript = await context.newPage();
    await noScript.goto(app.server.url + "/compare/full-stack-vs-backend-engineer");
    await expect(noScript.locator('[data-level-verdict="senior"]').textContent()).resolves.toContain("includes zero");
    expect((await visibleChart(noScript))?.layout).toBe("narrow");
    await context.close();
  });

  it("link each role's hand-offs to the tools, prefilled", async () => {
    const page = await open("/compare/full-stack-vs-backend-engineer", DESKTOP);
    await expect(
      page.getByRole("link", { name: "Negotiation email: Back-end engineer, Senior" }).getAttribute("href"),
    ).resolves.toBe("/toolkit/negotiate?role=backend-engineer&level=senior");
    await expect(
      page.getByRole("link", { name: "Mock interview: Full-stack engineer, Google" }).getAttribute("href"),
    ).resolves.toBe("/toolkit/interview?role=full-stack&company=google");
    await page.close();
  });
});

describe("salary pages in a browser", () => {
  it("fit a phone, with plain level names and an accessible chart", async () => {
    const page = await open("/salaries/backend-engineer", PHONE);
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(width).toBeLessThanOrEqual(0);
    await expect(page.getByRole("img", { name: /^Median salary and middle half by level/ }).count()).resolves.toBe(1);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).not.toMatch(/· (EN|MI|SE|EX)\b/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
