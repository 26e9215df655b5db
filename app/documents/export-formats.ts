import { type ExportBlock, type ExportDocument, textToBlocks } from "~/documents/export-blocks";
import { DOCUMENT_KIND_LABELS, type DocumentKind } from "~/documents/kinds";
import { formatDateTime } from "~/format";

export interface ExportableDocument {
  title: string;
  kind: string;
  engine: string;
  createdAt: Date | string;
  text: string;
  editedText: string | null;
  /** The tool's structured output, when the tool can describe its document as blocks. */
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

function header(doc: Pick<ExportableDocument, "kind" | "engine" | "createdAt" | "editedText">): string[] {
  const kind = DOCUMENT_KIND_LABELS[doc.kind as DocumentKind] ?? doc.kind;
  const engine = doc.engine === "builtin" ? "the built-in writer" : doc.engine;
  return [`${kind}, created ${formatDateTime(doc.createdAt)} with ${engine}${doc.editedText !== null ? ", edited by you" : ""}.`];
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
