import { type ExportBlock, type ExportDocument, textToBlocks } from "~/documents/export-blocks";
import { formatDateTime } from "~/format";

// The formats every document downloads in, whatever its kind. Each format's bytes are made
// in export.server.ts; a tool may describe its document as blocks (ToolDefinition's
// exportBlocks) for the formats with structure (PDF, DOCX).

export const EXPORT_FORMATS = {
  txt: { label: "Download .txt", contentType: "text/plain; charset=utf-8" },
  md: { label: "Download .md", contentType: "text/markdown; charset=utf-8" },
  pdf: { label: "Download PDF", contentType: "application/pdf" },
  docx: {
    label: "Download Word (.docx)",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
} as const satisfies Record<string, { label: string; contentType: string }>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

/** In the order the document page offers them. */
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

export function isExportFormat(format: string): format is ExportFormatId {
  return Object.hasOwn(EXPORT_FORMATS, format);
}

export interface ExportableDocument {
  title: string;
  /** What a document of its kind is called ("Resume scan"), from its tool. */
  kindLabel: string;
  engine: string;
  createdAt: Date | string;
  text: string;
  editedText: string | null;
  /** The tool's structured output, for its exportBlocks. */
  output?: unknown;
}

/** A file name safe on every system, from the title. */
export function downloadName(title: string, extension: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 80)
    .toLowerCase();
  return `${base || "document"}.${extension}`;
}

function header(doc: Pick<ExportableDocument, "kindLabel" | "engine" | "createdAt" | "editedText">): string[] {
  const engine = doc.engine === "builtin" ? "the built-in writer" : doc.engine;
  return [`${doc.kindLabel}, created ${formatDateTime(doc.createdAt)} with ${engine}${doc.editedText !== null ? ", edited by you" : ""}.`];
}

export function toPlainText(doc: ExportableDocument): string {
  const body = doc.editedText ?? doc.text;
  return [doc.title, "=".repeat(Math.min(doc.title.length, 80)), ...header(doc), "", body, ""].join("\n");
}

/** Markdown with the text kept literal: characters Markdown would act on are escaped. */
export function toMarkdown(doc: ExportableDocument): string {
  const body = (doc.editedText ?? doc.text)
    .split("\n")
    .map((line) => line.replace(/([\\`*_{}[\]<>()#+!|])/g, "\\$1").replace(/^(\s*)-(\s)/, "$1\\-$2").replace(/^(\s*\d+)\.(\s)/, "$1\\.$2"))
    .join("  \n");
  return [`# ${doc.title.replace(/([\\`*_[\]<>#])/g, "\\$1")}`, "", `_${header(doc).join(" ")}_`, "", body, ""].join("\n");
}

/** A tool's document as blocks, from its saved output; null when the output is not one it can read. */
export type BlocksFromOutput = (output: unknown) => ExportBlock[] | null;

/**
 * The document as the PDF and DOCX writers take it: the tool's own blocks for an unedited
 * document when it has them, else the (edited) text turned into blocks line by line.
 */
export function toExportDocument(doc: ExportableDocument, toolBlocks?: BlocksFromOutput): ExportDocument {
  const blocks = doc.editedText === null && toolBlocks ? toolBlocks(doc.output) : null;
  return { title: doc.title, meta: header(doc), blocks: blocks ?? textToBlocks(doc.editedText ?? doc.text) };
}
