// Templates drawn with pdf-lib: one drawText per line or letter, no layout engine.
import { readFileSync } from "node:fs";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import {
  columnsTemplate,
  headerContactTemplate,
  typewriterTemplate,
  type CanvasFonts,
  type Surface,
} from "./canvas.ts";
import { FONTS, type FontName } from "./fonts.ts";
import type { Renderer } from "./renderers.ts";
import { makeView, type View } from "./view.ts";

const TEMPLATES: Record<
  string,
  { fonts: CanvasFonts; size: [number, number]; draw: (s: Surface, v: View, f: CanvasFonts) => void }
> = {
  "pdflib-typewriter": {
    fonts: { regular: "mono", bold: "mono-bold", italic: "mono" },
    size: [612, 792],
    draw: typewriterTemplate,
  },
  "pdflib-columns": {
    fonts: { regular: "sans", bold: "sans-bold", italic: "sans-italic" },
    size: [595.28, 841.89],
    draw: columnsTemplate,
  },
  "pdflibb-header-contact": {
    fonts: { regular: "serif", bold: "serif-bold", italic: "serif-italic" },
    size: [612, 792],
    draw: headerContactTemplate,
  },
};

function color(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

export const pdflibRenderer: Renderer = {
  async open() {},
  async render({ entry, seed, id, person }) {
    const template = TEMPLATES[entry.template];
    if (!template) throw new Error(`no pdf-lib template ${entry.template}`);
    const view = makeView(person, seed, entry.split);
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setProducer("pdf-lib");
    const fonts = new Map<FontName, PDFFont>();
    for (const name of new Set<FontName>(Object.values(template.fonts)))
      fonts.set(name, await doc.embedFont(readFileSync(FONTS[name]), { subset: true }));
    let page: PDFPage = doc.addPage(template.size);
    const [width, height] = template.size;
    const surface: Surface = {
      width,
      height,
      text(text, x, y, font, size, hex = "#111111", spacing = 0) {
        const f = fonts.get(font)!;
        if (spacing === 0) {
          page.drawText(text, { x, y: height - y - size * 0.8, size, font: f, color: color(hex) });
          return;
        }
        let at = x;
        for (const char of text) {
          page.drawText(char, { x: at, y: height - y - size * 0.8, size, font: f, color: color(hex) });
          at += f.widthOfTextAtSize(char, size) + spacing;
        }
      },
      measure: (text, font, size, spacing = 0) =>
        fonts.get(font)!.widthOfTextAtSize(text, size) + spacing * [...text].length,
      rect: (x, y, w, h, hex) => page.drawRectangle({ x, y: height - y - h, width: w, height: h, color: color(hex) }),
      line: (x0, y, x1, hex) =>
        page.drawLine({
          start: { x: x0, y: height - y },
          end: { x: x1, y: height - y },
          thickness: 0.6,
          color: color(hex),
        }),
      addPage: () => {
        page = doc.addPage(template.size);
      },
    };
    template.draw(surface, view, template.fonts);
    return {
      pdf: await doc.save(),
      truth: view.truth({
        path: entry.path,
        template: entry.template,
        id,
        seed,
        provenance: `tests/eval/parser/generate/canvas.ts drawn by pdf-lib 1.17`,
      }),
    };
  },
  async close() {},
};
