import { type LoaderFunctionArgs, data } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { downloadName, EXPORT_FORMAT_IDS, EXPORT_FORMATS, isExportFormat } from "~/documents/export-formats";
import { renderExport } from "~/documents/export.server";
import { findOwnDocument } from "~/documents/store.server";
import { documentLabel, toolFor } from "~/tool-registry";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const doc = await findOwnDocument(user.id, params.id ?? "");
  if (!doc) throw data("Not found", { status: 404 });
  if (doc.deletedAt) {
    return new Response("This document is in the trash. Restore it to download it.", { status: 404, headers: TEXT });
  }
  const format = new URL(request.url).searchParams.get("format") ?? "txt";
  if (!isExportFormat(format)) {
    return new Response(`Choose a download format: ${EXPORT_FORMAT_IDS.join(", ")}.`, { status: 400, headers: TEXT });
  }
  const body = await renderExport(
    format,
    { ...doc, kindLabel: documentLabel(doc.kind) },
    toolFor(doc.kind)?.exportBlocks,
  );
  return new Response(typeof body === "string" ? body : Buffer.from(body), {
    headers: {
      "Content-Type": EXPORT_FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename="${downloadName(doc.title, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
