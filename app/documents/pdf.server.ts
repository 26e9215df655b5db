// Blocks → PDF. Any text is drawn: each character with the first font of the chain that
// has it (fonts.server.ts), Hebrew and Arabic shaped and laid right to left (the Unicode
// bidirectional algorithm from bidi-js orders the runs, fontkit shapes each run), long
// lines and words wrapped, pages added as needed and numbered.
// pdf-lib, fontkit and bidi-js load on the first PDF download, not at server start.
import type { PDFFont } from "pdf-lib";
import { cleanExportText, type ExportBlock, type ExportDocument, isRightToLeft } from "~/documents/export-blocks";
import { fontChain, fontIndexFor, type FontStyle, loadFontkit, subsetFont } from "~/documents/fonts.server";
import { lazyPackage } from "~/server/lazy-package";

// US Letter, in points.
const PAGE = { width: 612, height: 792, margin: 54, footer: 30 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const PLACEHOLDER = "\u25a1";
const LIST_INDENT = 16;

interface TextStyle {
  style: FontStyle;
  size: number;
  leading: number;
  gray: number;
}

const STYLES = {
  title: { style: "bold", size: 17, leading: 22, gray: 0.05 },
  meta: { style: "regular", size: 9, leading: 12, gray: 0.4 },
  h1: { style: "bold", size: 15, leading: 20, gray: 0.05 },
  h2: { style: "bold", size: 13, leading: 18, gray: 0.05 },
  h3: { style: "bold", size: 11, leading: 15, gray: 0.1 },
  body: { style: "regular", size: 10.5, leading: 14, gray: 0.1 },
  note: { style: "regular", size: 9, leading: 12, gray: 0.4 },
  footer: { style: "regular", size: 8, leading: 10, gray: 0.45 },
} satisfies Record<string, TextStyle>;

const HEADING_STYLES = { 1: STYLES.h1, 2: STYLES.h2, 3: STYLES.h3 } as const;

interface FontRun {
  text: string;
  font: number;
}

const ATTACHES = /^\p{M}$/u;
// Code points that draw nothing themselves: joiners, variation selectors, direction marks,
// soft hyphens, emoji tags. fontkit shows one a font does not join into a ligature as its
// space glyph, which a subset lacks: an unmapped glyph (U+FFFD in extracted text) an em wide.
const IGNORABLE = /^[\p{Cf}\u034f\u180b-\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const clusterCache = new Map<string, FontRun | null>();

/**
 * A sequence (👩‍💻, 🇫🇷, 1️⃣, a letter with marks) drawn whole by the first font that has every
 * visible part of it, so the font can join it into one glyph; its joiners and selectors are
 * kept only when the font does join them. Null when no one font has all of it.
 */
function clusterRun(cluster: string, style: FontStyle): FontRun | null {
  const key = `${style}:${cluster}`;
  if (clusterCache.has(key)) return clusterCache.get(key) ?? null;
  const visible = [...cluster].filter((ch) => !IGNORABLE.test(ch));
  const chain = fontChain(style);
  const font = chain.findIndex(({ face }) => visible.every((ch) => face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)));
  let run: FontRun | null = null;
  if (font >= 0) {
    const { face } = chain[font];
    const hidden = face.glyphForCodePoint(0x20).id;
    const joined = face.layout(cluster).glyphs.every((glyph) => glyph.id !== 0 && glyph.id !== hidden);
    run = { text: joined ? cluster : visible.join(""), font };
  }
  if (clusterCache.size > 10_000) clusterCache.clear();
  clusterCache.set(key, run);
  return run;
}

/** Splits text into runs of one font each; characters no font has become a visible box. */
function fontRuns(text: string, style: FontStyle): FontRun[] {
  const chain = fontChain(style);
  const runs: FontRun[] = [];
  const append = (ch: string, font: number) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  };
  for (const { segment } of graphemes.segment(text)) {
    const cluster = segment.length > 1 ? clusterRun(segment, style) : null;
    if (cluster) {
      if (cluster.text !== "") append(cluster.text, cluster.font);
      continue;
    }
    for (const original of segment) {
      let ch = original;
      const codePoint = ch.codePointAt(0) ?? 0;
      const last = runs[runs.length - 1];
      if (IGNORABLE.test(ch)) continue;
      // Combining marks stay with the letter they modify, when its font has them.
      if (ATTACHES.test(ch)) {
        if (last && chain[last.font].face.hasGlyphForCodePoint(codePoint)) last.text += ch;
        continue;
      }
      // Spaces come from the main font: a fallback's (an emoji font's) can be an em wide.
      if (/\s/u.test(ch)) {
        append(ch, 0);
        continue;
      }
      let font = fontIndexFor(style, codePoint);
      if (font < 0) {
        ch = PLACEHOLDER;
        font = Math.max(0, fontIndexFor(style, PLACEHOLDER.codePointAt(0) ?? 0));
      }
      append(ch, font);
    }
  }
  return runs;
}

const widthCache = new Map<string, number>();

function runWidth(run: FontRun, style: FontStyle, size: number): number {
  const key = `${style}:${run.font}:${run.text}`;
  let units = widthCache.get(key);
  if (units === undefined) {
    const face = fontChain(style)[run.font].face;
    units = face.layout(run.text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / face.unitsPerEm;
    if (widthCache.size > 50_000) widthCache.clear();
    widthCache.set(key, units);
  }
  return units * size;
}

function textWidth(text: string, style: TextStyle): number {
  return fontRuns(text, style.style).reduce((sum, run) => sum + runWidth(run, style.style, style.size), 0);
}

/**
 * Greedy wrapping at spaces; a word wider than the line is broken between characters.
 * Widths add up token by token (advances, no kerning, as pdf-lib draws them).
 */
export function wrapLine(text: string, style: TextStyle, maxWidth: number): string[] {
  const out: string[] = [];
  let line = "";
  let width = 0;
  const push = () => {
    out.push(line.trimEnd());
    line = "";
    width = 0;
  };
  for (const token of text.match(/\s+|\S+/gu) ?? []) {
    const tokenWidth = textWidth(token, style);
    if (/^\s/u.test(token) || width + tokenWidth <= maxWidth) {
      line += token;
      width += tokenWidth;
      continue;
    }
    if (line.trim() !== "") push();
    if (width + tokenWidth <= maxWidth) {
      line += token;
      width += tokenWidth;
      continue;
    }
    for (const { segment } of graphemes.segment(token)) {
      const segmentWidth = textWidth(segment, style);
      if (line !== "" && width + segmentWidth > maxWidth) push();
      line += segment;
      width += segmentWidth;
    }
  }
  out.push(line.trimEnd());
  return out;
}

const bidiFactory = lazyPackage<typeof import("bidi-js").default>("bidi-js");
let bidiAlgorithm: ReturnType<ReturnType<typeof bidiFactory>> | undefined;
const bidi = () => (bidiAlgorithm ??= bidiFactory()());

/** The line's font runs in the order they are drawn, left to right. */
function visualRuns(line: string, rtl: boolean, style: FontStyle): FontRun[] {
  if (!/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u.test(line)) return fontRuns(line, style);
  const { levels } = bidi().getEmbeddingLevels(line, rtl ? "rtl" : "ltr");
  const levelRuns: { text: string; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const last = levelRuns[levelRuns.length - 1];
    if (last && last.level === levels[i]) last.text += line[i];
    else levelRuns.push({ text: line[i], level: levels[i] });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.
  const highest = Math.max(...levelRuns.map((run) => run.level));
  const lowestOdd = Math.min(...levelRuns.map((run) => run.level).filter((level) => level % 2 === 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < levelRuns.length; i++) {
      if (levelRuns[i].level < level) continue;
      let end = i;
      while (end + 1 < levelRuns.length && levelRuns[end + 1].level >= level) end++;
      levelRuns.splice(i, end - i + 1, ...levelRuns.slice(i, end + 1).reverse());
      i = end;
    }
  }
  // fontkit lays out a right-to-left script run in visual order itself; only the runs' order is ours.
  return levelRuns.flatMap((run) =>
    run.level % 2 === 1 ? fontRuns(run.text, style).reverse() : fontRuns(run.text, style),
  );
}

interface DrawOp {
  page: number;
  x: number;
  y: number;
  text: string;
  font: number;
  style: TextStyle;
}

class Layout {
  readonly ops: DrawOp[] = [];
  readonly used: Record<FontStyle, Map<number, Set<number>>> = { regular: new Map(), bold: new Map() };
  page = 0;
  y = PAGE.height - PAGE.margin;

  private newPage() {
    this.page += 1;
    this.y = PAGE.height - PAGE.margin;
  }

  space(points: number) {
    this.y -= points;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  keep(height: number) {
    if (this.y - height < PAGE.margin + PAGE.footer && this.y < PAGE.height - PAGE.margin) this.newPage();
  }

  private record(run: FontRun, style: FontStyle) {
    const fonts = this.used[style];
    const set = fonts.get(run.font) ?? new Set<number>();
    for (const ch of run.text) set.add(ch.codePointAt(0) ?? 0);
    fonts.set(run.font, set);
  }

  /** Draws one line of text (already wrapped) at the current position. */
  line(text: string, style: TextStyle, indent: number, rtl: boolean) {
    this.keep(style.leading);
    this.y -= style.leading;
    const runs = visualRuns(text, rtl, style.style);
    const width = runs.reduce((sum, run) => sum + runWidth(run, style.style, style.size), 0);
    let x = rtl ? PAGE.width - PAGE.margin - indent - width : PAGE.margin + indent;
    for (const run of runs) {
      this.record(run, style.style);
      this.ops.push({ page: this.page, x, y: this.y, text: run.text, font: run.font, style });
      x += runWidth(run, style.style, style.size);
    }
  }

  /** A paragraph line, wrapped; `marker` (a bullet or number) hangs before the first line. */
  text(text: string, style: TextStyle, indent = 0, marker: string | null = null) {
    const rtl = isRightToLeft(text);
    const lines = wrapLine(text, style, CONTENT_WIDTH - indent);
    lines.forEach((line, i) => {
      if (i === 0 && marker) {
        this.keep(style.leading);
        const markerIndent = indent - LIST_INDENT + 2;
        const y = this.y;
        this.line(marker, style, markerIndent, rtl);
        this.y = y;
      }
      this.line(line, style, indent, rtl);
    });
  }

  footerRuns(text: string) {
    const runs = fontRuns(text, "regular");
    runs.forEach((run) => this.record(run, "regular"));
    return runs;
  }
}

function layoutBlock(layout: Layout, block: ExportBlock) {
  switch (block.type) {
    case "heading": {
      const style = HEADING_STYLES[block.level];
      layout.space(block.level === 1 ? 10 : 8);
      layout.keep(style.leading + 2 * STYLES.body.leading);
      layout.text(block.text, style);
      layout.space(2);
      break;
    }
    case "paragraph":
      for (const line of block.lines) layout.text(line, STYLES.body);
      layout.space(6);
      break;
    case "list":
      block.items.forEach((item, i) => {
        item
          .split("\n")
          .forEach((part, j) =>
            layout.text(part, STYLES.body, LIST_INDENT, j === 0 ? (block.ordered ? `${i + 1}.` : "•") : null),
          );
        layout.space(2);
      });
      layout.space(4);
      break;
    case "note":
      layout.text(block.text, STYLES.note);
      layout.space(4);
      break;
  }
}

const footerText = (page: number, pages: number) => `Page ${page} of ${pages}`;

/** A PDF of the document: every character drawn, any length. */
export async function documentPdf(doc: ExportDocument): Promise<Uint8Array> {
  const clean = (text: string) => cleanExportText(text);
  const layout = new Layout();
  for (const line of clean(doc.title).split("\n")) layout.text(line, STYLES.title);
  layout.space(2);
  for (const line of doc.meta.flatMap((meta) => clean(meta).split("\n"))) layout.text(line, STYLES.meta);
  layout.space(10);
  for (const block of doc.blocks) layoutBlock(layout, cleanBlock(block));
  const pages = layout.page + 1;
  const footers = Array.from({ length: pages }, (_, i) => {
    const text = footerText(i + 1, pages);
    return { text, runs: layout.footerRuns(text) };
  });

  const { PDFDocument, rgb } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(loadFontkit());
  pdf.setTitle(clean(doc.title).replace(/\n/gu, " "));
  pdf.setProducer("Career Recovery Toolkit");
  pdf.setCreator("Career Recovery Toolkit");
  const embedded: Record<FontStyle, Map<number, PDFFont>> = { regular: new Map(), bold: new Map() };
  for (const style of ["regular", "bold"] as const) {
    for (const [index, codePoints] of layout.used[style]) {
      const font = fontChain(style)[index];
      const subset = subsetFont(font.bytes, codePoints);
      embedded[style].set(index, await pdf.embedFont(subset ?? font.bytes, { subset: true }));
    }
  }
  const pageObjects = Array.from({ length: pages }, () => pdf.addPage([PAGE.width, PAGE.height]));
  for (const op of layout.ops) {
    pageObjects[op.page].drawText(op.text, {
      x: op.x,
      y: op.y,
      size: op.style.size,
      font: embedded[op.style.style].get(op.font),
      color: rgb(op.style.gray, op.style.gray, op.style.gray),
    });
  }
  footers.forEach(({ runs }, i) => {
    let x = PAGE.margin;
    for (const run of runs) {
      pageObjects[i].drawText(run.text, {
        x,
        y: PAGE.footer,
        size: STYLES.footer.size,
        font: embedded.regular.get(run.font),
        color: rgb(0.45, 0.45, 0.45),
      });
      x += runWidth(run, "regular", STYLES.footer.size);
    }
  });
  return pdf.save();
}

/** The block's text cleaned, with line breaks only where a block may have them. */
function cleanBlock(block: ExportBlock): ExportBlock {
  switch (block.type) {
    case "paragraph":
      return { ...block, lines: block.lines.flatMap((line) => cleanExportText(line).split("\n")) };
    case "list":
      return { ...block, items: block.items.map(cleanExportText) };
    default:
      return { ...block, text: cleanExportText(block.text).replace(/\n/gu, " ") };
  }
}
