// A document as structured text blocks: what the PDF and DOCX writers render. Each tool
// may describe its document as blocks (headings, paragraphs, lists); any other document
// is turned into blocks from its plain text, line by line, so nothing is ever lost.

export type ExportBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  /** Lines kept as written: each starts a new line, long ones wrap. */
  | { type: "paragraph"; lines: string[] }
  | { type: "list"; items: string[]; ordered?: boolean }
  /** Small print: dates, sources, captions. */
  | { type: "note"; text: string };

export interface ExportDocument {
  title: string;
  /** Lines under the title: kind, date, engine. */
  meta: string[];
  blocks: ExportBlock[];
}

const TAB_WIDTH = 4;
// C0/C1 controls (tab and newline are handled before), lone surrogates and non-characters:
// nothing a font can draw and nothing XML (DOCX) may hold.
const UNDRAWABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Expands tabs to the next stop of four columns. */
function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) out += ch === "\t" ? " ".repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : ch;
  return out;
}

/**
 * Text as every writer receives it: composed (NFC, so "e" + combining acute is one "é"),
 * one kind of line break, tabs expanded, control characters removed.
 */
export function cleanExportText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, "\n")
    .split("\n")
    .map((line) => expandTabs(line).replace(UNDRAWABLE, ""))
    .join("\n");
}

const LIST_ITEM = /^\s*(?:[-*•◦▪‣]|\d{1,3}[.)])\s+/u;

/**
 * Plain text → blocks: runs of lines become paragraphs (their line breaks kept), lines
 * that start with a list marker become list items, lines underlined with "===" become a
 * heading. Every character of the text ends up in some block.
 */
export function textToBlocks(text: string): ExportBlock[] {
  const lines = cleanExportText(text).split("\n");
  const blocks: ExportBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", lines: paragraph });
    if (list.length > 0) blocks.push({ type: "list", items: list });
    paragraph = [];
    list = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s+$/u, "");
    if (line.trim() === "") {
      flush();
    } else if (/^[=]{3,}$/u.test(lines[i + 1]?.trim() ?? "") && paragraph.length === 0 && list.length === 0) {
      blocks.push({ type: "heading", level: 2, text: line.trim() });
      i += 1;
    } else if (LIST_ITEM.test(line) && !/^\s*\d{1,3}[.)]\s+\d/u.test(line)) {
      if (paragraph.length > 0) flush();
      list.push(line.replace(LIST_ITEM, ""));
    } else if (list.length > 0 && /^\s{2,}\S/u.test(line)) {
      // An indented line under a list item continues it.
      list[list.length - 1] += `\n${line.trim()}`;
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Blocks as plain text: headings underlined, list items with "- ", blocks apart by a blank line. */
export function blocksToText(blocks: ExportBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
          return block.level === 1 ? `${block.text}\n${"=".repeat(Math.min(block.text.length, 80))}` : block.text;
        case "paragraph":
          return block.lines.join("\n");
        case "list":
          return block.items
            .map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${item.replace(/\n/gu, "\n  ")}`)
            .join("\n");
        case "note":
          return block.text;
      }
    })
    .join("\n\n");
}

/** Every string a document holds, in order: for tests and for choosing fonts. */
export function blockTexts(doc: ExportDocument): string[] {
  return [
    doc.title,
    ...doc.meta,
    ...doc.blocks.flatMap((block) =>
      block.type === "paragraph" ? block.lines : block.type === "list" ? block.items : [block.text],
    ),
  ];
}

/** Right-to-left when the first letter with a strong direction is Hebrew, Arabic or alike. */
export function isRightToLeft(text: string): boolean {
  const strong = text.match(/[\p{L}]/u)?.[0];
  return (
    strong !== undefined &&
    /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}/u.test(strong)
  );
}
