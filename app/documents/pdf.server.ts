import { type ExportableDocument, toPlainText } from "~/documents/export-formats";

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const SIZE = 10.5;
const LEADING = 14;

/** The standard PDF fonts only cover Latin-1: replace what they cannot draw. */
function latin1(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\u2022/g, "*")
    .replace(/[^\x09\x0a\x0d\x20-\x7e\xa0-\xff]/g, "?");
}

/** A plain, printable PDF of a document's text (used for resume reports). */
export async function documentPdf(doc: ExportableDocument): Promise<Uint8Array> {
  // Loaded on the first export rather than at server start (pdf-lib weighs ~26 MB).
  const { PDFDocument, StandardFonts, rgb } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  pdf.setTitle(latin1(doc.title));
  pdf.setProducer("Career Recovery Toolkit");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const lines: string[] = [];
  for (const raw of latin1(toPlainText(doc)).split("\n")) {
    let line = "";
    for (const word of raw.split(/(\s+)/)) {
      const candidate = line + word;
      if (font.widthOfTextAtSize(candidate, SIZE) > maxWidth && line.trim() !== "") {
        lines.push(line.trimEnd());
        line = word.trimStart();
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const line of lines) {
    if (y < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    page.drawText(line, { x: PAGE.margin, y, size: SIZE, font, color: rgb(0.1, 0.1, 0.1) });
    y -= LEADING;
  }
  return pdf.save();
}
