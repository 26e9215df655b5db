import { documentDocx } from "~/documents/docx.server";
import {
  type BlocksFromOutput,
  type ExportableDocument,
  type ExportFormatId,
  toExportDocument,
  toMarkdown,
  toPlainText,
} from "~/documents/export-formats";
import { documentPdf } from "~/documents/pdf.server";

/** A document's download in one format: text, or bytes for binary formats. `toolBlocks` is
 *  the document's tool's exportBlocks, when it has one. */
export async function renderExport(
  format: ExportFormatId,
  doc: ExportableDocument,
  toolBlocks?: BlocksFromOutput,
): Promise<string | Uint8Array> {
  switch (format) {
    case "txt":
      return toPlainText(doc);
    case "md":
      return toMarkdown(doc);
    case "pdf":
      return documentPdf(toExportDocument(doc, toolBlocks));
    case "docx":
      return documentDocx(toExportDocument(doc, toolBlocks));
  }
}
