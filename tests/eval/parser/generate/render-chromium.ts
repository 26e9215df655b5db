// HTML templates printed by Debian's Chromium through playwright-core.
import { chromium, type Browser } from "playwright-core";
import { HTML_TEMPLATES, renderHtml } from "./html.ts";
import type { Renderer } from "./renderers.ts";
import { makeView } from "./view.ts";

let browser: Browser | null = null;

export const chromiumRenderer: Renderer = {
  async open() {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"],
    });
  },
  async render({ entry, seed, id, person }) {
    const template = HTML_TEMPLATES.find((item) => item.name === entry.template);
    if (!template || !browser) throw new Error(`no HTML template ${entry.template}`);
    const view = makeView(person, seed, entry.split);
    const page = await browser.newPage();
    try {
      await page.setContent(renderHtml(template, view), { waitUntil: "load" });
      const pdf = await page.pdf({ format: template.paper, printBackground: true, tagged: false });
      const chromiumVersion = browser.version();
      return {
        pdf,
        truth: view.truth({
          path: entry.path, template: entry.template, id, seed,
          provenance: `tests/eval/parser/generate/html.ts template ${template.name}, printed by Chromium ${chromiumVersion}`,
        }),
      };
    } finally {
      await page.close();
    }
  },
  async close() {
    await browser?.close();
    browser = null;
  },
};
