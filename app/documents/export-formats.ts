import { formatDateTime } from "~/format";

// The formats a document downloads in. Every kind gets COMMON_FORMATS; a tool adds more
// with its `extraFormats`. Each format's bytes are made in export.server.ts.

export const EXPORT_FORMATS = {
  txt: { label: "Download .txt", contentType: "text/plain; charset=utf-8" },
  md: { label: "Download .md", contentType: "text/markdown; charset=utf-8" },
  pdf: { label: "Download PDF", contentType: "application/pdf" },
} as const satisfies Record<string, { label: string; contentType: string }>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

export const COMMON_FORMATS: readonly ExportFormatId[] = ["txt", "md"];

/** The formats a document of a kind downloads in, common ones first. */
export function formatsFor(extraFormats: readonly ExportFormatId[] = []): ExportFormatId[] {
  return [...COMMON_FORMATS, ...extraFormats.filter((format) => !COMMON_FORMATS.includes(format))];
}

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
