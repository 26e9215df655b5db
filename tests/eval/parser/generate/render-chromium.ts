// HTML templates printed by Debian's Chromium through playwright-core.
import { chromium, type Browser } from "playwright-core";
import { HTML_B_TEMPLATES } from "./html-b.ts";
import { HTML_T_TEMPLATES } from "./html-t.ts";
import { HTML_T2_TEMPLATES } from "./html-t2.ts";
import { HTML_T3_TEMPLATES } from "./html-t3.ts";
import { HTML_TEMPLATES, renderHtml } from "./html.ts";
import type { Renderer } from "./renderers.ts";
import { makeView, type View } from "./view.ts";

let browser: Browser | null = null;

export const chromiumRenderer: Renderer = {
  async open() {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
  },
  async render({ entry, seed, id, person }) {
    const template = HTML_TEMPLATES.find((item) => item.name === entry.template);
    const templateT = [...HTML_T_TEMPLATES, ...HTML_T2_TEMPLATES, ...HTML_T3_TEMPLATES].find(
      (item) => item.name === entry.template,
    );
    const templateB =
      HTML_B_TEMPLATES.find((item) => item.name === entry.template) ??
      (templateT ? { ...templateT, render: (view: View) => templateT.render(view, seed) } : undefined);
    if ((!template && !templateB) || !browser) throw new Error(`no HTML template ${entry.template}`);
    const view = makeView(person, seed, entry.split, templateB?.options(seed));
    const page = await browser.newPage();
    try {
      await page.setContent(template ? renderHtml(template, view) : templateB!.render(view), { waitUntil: "load" });
      const pdf = await page.pdf({
        format: (template ?? templateB)!.paper,
        printBackground: true,
        tagged: false,
        preferCSSPageSize: Boolean(templateB),
        ...(templateB?.footer
          ? { displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: templateB.footer(view) }
          : {}),
      });
      const chromiumVersion = browser.version();
      return {
        pdf,
        truth: view.truth({
          path: entry.path,
          template: entry.template,
          id,
          seed,
          provenance: `tests/eval/parser/generate/${template ? "html.ts" : templateT ? (HTML_T3_TEMPLATES.includes(templateT) ? "html-t3.ts" : HTML_T2_TEMPLATES.includes(templateT) ? "html-t2.ts" : "html-t.ts") : "html-b.ts"} template ${entry.template}, printed by Chromium ${chromiumVersion}`,
          ...templateB?.prints,
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
