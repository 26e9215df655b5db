// PDF and DOCX downloads render any text, for every document kind: tabs, emoji, CJK,
// Vietnamese, right-to-left scripts, combining marks, very long lines, 50 pages.
import { inflateRawSync } from "node:zlib";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { documentDocx } from "~/documents/docx.server";
import { cleanExportText, textToBlocks } from "~/documents/export-blocks";
import { toExportDocument } from "~/documents/export-formats";
import { documentPdf, wrapLine } from "~/documents/pdf.server";
import { DOCUMENT_KINDS, documentLabel } from "~/tool-registry";

const HOSTILE = [
  "Tabs:\tone\ttwo\t\tthree",
  "Emoji: 🚀 launched 👍🏽 and 👩‍💻 done ✅",
  "中文：我们构建了分布式系统。日本語のテキスト、ひらがな、カタカナ。한국어 텍스트입니다.",
  "Tiếng Việt: Nguyễn Thị Ánh đã xây dựng hệ thống thanh toán.",
  "עברית: שלום עולם, גרסה 2.0",
  "العربية: مرحبا بالعالم",
  "Combining: e\u0301 a\u0308 n\u0303 — and a lone mark \u0301 at the start",
  "Devanagari: नमस्ते; Thai: สวัสดี; Greek: Καλημέρα; Cyrillic: Привет",
  "Controls:\u0000\u0007\u001b[31m red\u0085next\u2028line \ud800 lone surrogate",
  `Long line: ${"word ".repeat(400)}`,
  `Unbroken: ${"x".repeat(3000)}`,
  `URL: https://example.com/${"a/".repeat(300)}`,
].join("\n");

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: bytes });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

function doc(kind: string, text: string) {
  return {
    title: `Überschrift 🚀 中文 ${kind}`,
    kindLabel: documentLabel(kind),
    engine: "builtin",
    createdAt: new Date("2026-12-01T10:00:00Z"),
    text,
    editedText: null,
    output: null,
  };
}

const squash = (text: string) => text.replace(/\s+/gu, "");

describe("PDF downloads", () => {
  it.each(DOCUMENT_KINDS)("renders hostile text for a %s document", async (kind) => {
    const bytes = await documentPdf(toExportDocument(doc(kind, HOSTILE)));
    const { text } = await pdfText(bytes);
    const flat = squash(text);
    for (const expected of [
      "Tabs:onetwothree",
      "🚀launched",
      "我们构建了分布式系统",
      "ひらがな",
      "한국어",
      "NguyễnThịÁnh",
      "Καλημέρα",
      "Привет",
      "éäñ",
      "nextline",
    ]) {
      expect(flat).toContain(expected);
    }
    // Right-to-left words come out in either order depending on the reader; the letters are there.
    for (const word of ["שלום", "עולם"])
      expect(flat.includes(word) || flat.includes([...word].reverse().join(""))).toBe(true);
    expect(flat).toContain("x".repeat(200));
    expect(text).not.toContain("\u25a1");
    expect(bytes.length).toBeLessThan(400_000);
  });

  // Joiners, variation selectors and direction marks draw nothing themselves: a font either
  // joins them into one glyph (whose text is the whole sequence) or they are left out. Drawn
  // on their own they became an unmapped glyph: U+FFFD or NUL in the extracted text.
  it("extracts emoji sequences, flags, keycaps, combining marks and marked RTL text sensibly", async () => {
    const sequences = [
      "ZWJ: 👩\u200d💻 and 🏳\ufe0f\u200d🌈 and 👨\u200d👩\u200d👧",
      "Flags: 🇫🇷🇯🇵 keycap: 1\ufe0f\u20e3 heart: ❤\ufe0f skin: 👍🏽",
      "Marks: q\u0307 x\u0323\u0301",
      "Hebrew with a mark: עברית\u200f (v2) and Persian: می\u200cخواهم",
      "Joiner between letters: a\u200db soft\u00adhyphen",
    ].join("\n");
    const { text } = await pdfText(await documentPdf(toExportDocument(doc("resume_scan", sequences))));
    expect(text).not.toMatch(/[\u0000\ufffd\u25a1]/u);
    expect(text).toMatch(/👩\u200d?💻/u);
    expect(text).toMatch(/🏳\ufe0f?\u200d?🌈/u);
    expect(text).toMatch(/👨\u200d?👩\u200d?👧/u);
    expect(text).toMatch(/🇫🇷\s?🇯🇵/u);
    // pdf.js puts a space before an enclosing mark in a ligature's text; poppler does not.
    expect(text).toMatch(/1\ufe0f?\s?\u20e3/u);
    expect(text).toContain("q\u0307");
    expect(text).toMatch(/ab\b/u);
    for (const word of ["עברית", "خواهم"])
      expect(squash(text).includes(word) || squash(text).includes([...word].reverse().join(""))).toBe(true);
  });

  it("paginates a 50-page document and numbers the pages", async () => {
    const long = Array.from({ length: 50 * 52 }, (_, i) => `Line ${i + 1}: résumé bullet with some text`).join("\n");
    const bytes = await documentPdf(toExportDocument(doc("resume_scan", long)));
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(50);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("Line 2600:");
  });

  it("wraps long lines within the page and breaks words longer than a line", () => {
    const style = { style: "regular" as const, size: 10.5, leading: 14, gray: 0 };
    const lines = wrapLine(`${"alpha ".repeat(60)}${"y".repeat(500)}`, style, 300);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join("").replace(/\s/gu, "")).toBe(`${"alpha".repeat(60)}${"y".repeat(500)}`);
  });

  it("draws a character no font has as a visible box instead of failing", async () => {
    const bytes = await documentPdf(toExportDocument(doc("layoff_explanation", "Private use: \ue000 and \u{10ffff}")));
    expect((await pdfText(bytes)).text).toContain("Private use:");
  });
});

/** The text of word/document.xml, read with the zip format's own structure (stored or deflated). */
function docxXml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  let offset = 0;
  while (offset < buffer.length - 30 && buffer.readUInt32LE(offset) === 0x04034b50) {
    const method = buffer.readUInt16LE(offset + 8);
    const compressed = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const extraLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString("utf8", offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    const data = buffer.subarray(start, start + compressed);
    if (name === "word/document.xml") return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    offset = start + compressed;
  }
  throw new Error("word/document.xml not found");
}

describe("DOCX downloads", () => {
  it.each(DOCUMENT_KINDS)("holds every line of a %s document, with invalid XML characters removed", async (kind) => {
    const bytes = await documentDocx(toExportDocument(doc(kind, HOSTILE)));
    expect(Buffer.from(bytes).subarray(0, 2).toString()).toBe("PK");
    const xml = docxXml(bytes);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    for (const expected of [
      "我们构建了分布式系统",
      "Nguyễn Thị Ánh",
      "שלום עולם",
      "🚀 launched",
      "👩\u200d💻",
      "👍🏽",
      "x".repeat(3000),
    ])
      expect(xml).toContain(expected);
    expect(xml).toMatch(/<w:rPr><w:rtl\/><\/w:rPr>(?:<w:br\/>)?<w:t xml:space="preserve">עברית/u);
  });
});

describe("text to blocks", () => {
  it("keeps every character, turns list markers into list items and cleans controls", () => {
    const blocks = textToBlocks(
      "Title\n=====\n\nIntro line one\nline two\n- first\n  continued\n- second\n\n1. numbered",
    );
    expect(blocks).toEqual([
      { type: "heading", level: 2, text: "Title" },
      { type: "paragraph", lines: ["Intro line one", "line two"] },
      { type: "list", items: ["first\ncontinued", "second"] },
      { type: "list", items: ["numbered"] },
    ]);
    expect(cleanExportText("a\tb\r\nc\u0000d e\u0301")).toBe("a   b\ncd é");
  });
});
