import { type ExportableDocument, type ExportFormatId, toMarkdown, toPlainText } from "~/documents/export-formats";
import { documentPdf } from "~/documents/pdf.server";

/** A document's download in one format: text, or bytes for binary formats. */
export async function renderExport(format: ExportFormatId, doc: ExportableDocument): Promise<string | Uint8Array> {
  switch (format) {
    case "txt":
      return toPlainText(doc);
    case "md":
      return toMarkdown(doc);
    case "pdf":
      return documentPdf(doc);
  }
}
