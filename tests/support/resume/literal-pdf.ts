// Literal extraction results (what the worker would send) for testing the pure layers.
import type { PdfDocument, PdfPage, PdfTextItem } from "~/resume/types";

export interface LiteralRun {
  text: string;
  x?: number;
  size?: number;
  bold?: boolean;
  /** Font name override (e.g. an icon font). */
  font?: string;
}

/** A row of runs on one baseline; `y` defaults to 14 pt below the previous row. */
export interface LiteralRow {
  runs: (LiteralRun | string)[];
  y?: number;
}

// Helvetica averages about half an em per character.
const widthOf = (run: Required<Pick<LiteralRun, "text" | "size">>) => run.text.length * run.size * 0.5;

export function literalPage(rows: (LiteralRow | string)[], number = 1, extra: Partial<PdfPage> = {}): PdfPage {
  const items: PdfTextItem[] = [];
  const fonts: Record<string, string> = { R: "Helvetica", B: "Helvetica-Bold" };
  let y = 50;
  for (const entry of rows) {
    const row = typeof entry === "string" ? { runs: [entry] } : entry;
    y = row.y ?? y + 14;
    let x = 50;
    for (const item of row.runs) {
      const run = typeof item === "string" ? { text: item } : item;
      const size = run.size ?? 10;
      const fontId = run.font ? `F${Object.keys(fonts).length}` : run.bold ? "B" : "R";
      if (run.font) fonts[fontId] = run.font;
      const left = run.x ?? x;
      items.push({ text: run.text, x: left, y, width: widthOf({ text: run.text, size }), fontSize: size, fontId });
      x = left + widthOf({ text: run.text, size }) + size * 0.25;
    }
  }
  return {
    number,
    width: 612,
    height: 792,
    items,
    fonts,
    links: [],
    imageCoverage: 0,
    itemsTruncated: false,
    ...extra,
  };
}

export function literalDocument(...pages: PdfPage[]): PdfDocument {
  return { pageCount: pages.length, pages };
}

export const heading = (text: string): LiteralRow => ({ runs: [{ text, size: 13, bold: true }] });
