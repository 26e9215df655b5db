import { DOCUMENT_KIND_LABELS, type DocumentKind } from "~/documents/kinds";
import { formatDateTime } from "~/format";

export interface ExportableDocument {
  title: string;
  kind: string;
  engine: string;
  createdAt: Date | string;
  text: string;
  editedText: string | null;
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

function header(doc: ExportableDocument): string[] {
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
