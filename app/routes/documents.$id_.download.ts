import { type LoaderFunctionArgs, data } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { documentDocx } from "~/documents/docx.server";
import { DOCUMENT_BLOCKS } from "~/documents/exports";
import { downloadName, toExportDocument, toMarkdown, toPlainText } from "~/documents/export-formats";
import type { DocumentKind } from "~/documents/kinds";
import { documentPdf } from "~/documents/pdf.server";
import { findOwnDocument } from "~/documents/store.server";

const TYPES = {
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
type Format = keyof typeof TYPES;

const isFormat = (format: string): format is Format => Object.hasOwn(TYPES, format);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const doc = await findOwnDocument(user.id, params.id ?? "");
  if (!doc) throw data("Not found", { status: 404 });
  if (doc.deletedAt) {
    return new Response("This document is in the trash. Restore it to download it.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const format = new URL(request.url).searchParams.get("format") ?? "txt";
  if (!isFormat(format)) {
    return new Response("Choose a download format: txt, md, pdf or docx.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const exported = () => toExportDocument(doc, DOCUMENT_BLOCKS[doc.kind as DocumentKind]);
  const body =
    format === "pdf"
      ? Buffer.from(await documentPdf(exported()))
      : format === "docx"
        ? Buffer.from(await documentDocx(exported()))
        : format === "md"
          ? toMarkdown(doc)
          : toPlainText(doc);
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${downloadName(doc.title, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
