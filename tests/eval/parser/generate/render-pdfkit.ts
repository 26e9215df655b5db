// Templates drawn directly with pdfkit (embedded, subset TrueType fonts).
import PDFDocument from "pdfkit";
import {
  bannerTemplate,
  ledgerTemplate,
  mastheadTemplate,
  plainTemplate,
  sidebarTemplate,
  type CanvasFonts,
  type Surface,
} from "./canvas.ts";
import { FONTS, type FontName } from "./fonts.ts";
import type { Renderer } from "./renderers.ts";
import { makeView, type View } from "./view.ts";

const TEMPLATES: Record<
  string,
  { fonts: CanvasFonts; size: "LETTER" | "A4"; draw: (s: Surface, v: View, f: CanvasFonts) => void }
> = {
  "pdfkit-plain": {
    fonts: { regular: "serif", bold: "serif-bold", italic: "serif-italic" },
    size: "LETTER",
    draw: (s, v, f) => plainTemplate(s, v, f, 9.5),
  },
  "pdfkit-sidebar": {
    fonts: { regular: "sans", bold: "sans-bold", italic: "sans-italic" },
    size: "A4",
    draw: (s, v, f) => sidebarTemplate(s, v, f, 9.5, "left"),
  },
  "pdfkit-masthead": {
    fonts: { regular: "sans", bold: "sans-bold", italic: "sans-italic" },
    size: "A4",
    draw: mastheadTemplate,
  },
  "pdfkit-banner": {
    fonts: { regular: "noto", bold: "noto-bold", italic: "noto-italic" },
    size: "LETTER",
    draw: bannerTemplate,
  },
  "pdfkitb-ledger": {
    fonts: { regular: "serif", bold: "serif-bold", italic: "serif-italic" },
    size: "LETTER",
    draw: ledgerTemplate,
  },
};

function surface(doc: PDFKit.PDFDocument): Surface {
  const fontOf = (font: FontName) => doc.font(FONTS[font]);
  return {
    width: doc.page.width,
    height: doc.page.height,
    text(text, x, y, font, size, color = "#111111", spacing = 0) {
      fontOf(font).fontSize(size).fillColor(color).text(text, x, y, { lineBreak: false, characterSpacing: spacing });
    },
    measure(text, font, size, spacing = 0) {
      return fontOf(font).fontSize(size).widthOfString(text, { characterSpacing: spacing });
    },
    rect(x, y, w, h, color) {
      doc.save().rect(x, y, w, h).fill(color).restore();
    },
    line(x0, y, x1, color) {
      doc.save().moveTo(x0, y).lineTo(x1, y).lineWidth(0.6).stroke(color).restore();
    },
    addPage() {
      doc.addPage();
    },
  };
}

export const pdfkitRenderer: Renderer = {
  async open() {},
  async render({ entry, seed, id, person }) {
    const template = TEMPLATES[entry.template];
    if (!template) throw new Error(`no pdfkit template ${entry.template}`);
    const view = makeView(person, seed, entry.split);
    const doc = new PDFDocument({
      size: template.size,
      margin: 0,
      info: { Title: `${person.name} resume`, Producer: "pdfkit" },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
    template.draw(surface(doc), view, template.fonts);
    doc.end();
    await done;
    return {
      pdf: new Uint8Array(Buffer.concat(chunks)),
      truth: view.truth({
        path: entry.path,
        template: entry.template,
        id,
        seed,
        provenance: `tests/eval/parser/generate/canvas.ts drawn by pdfkit 0.17`,
      }),
    };
  },
  async close() {},
};
