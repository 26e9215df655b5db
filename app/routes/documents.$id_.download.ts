import { type LoaderFunctionArgs, data } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { downloadName, toMarkdown, toPlainText } from "~/documents/export-formats";
import { documentPdf } from "~/documents/pdf.server";
import { findOwnDocument } from "~/documents/store.server";

const TYPES = { txt: "text/plain; charset=utf-8", md: "text/markdown; charset=utf-8", pdf: "application/pdf" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const doc = await findOwnDocument(user.id, params.id ?? "");
  if (!doc) throw data("Not found", { status: 404 });
  if (doc.deletedAt) {
    return new Response("This document is in the trash. Restore it to download it.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const format = new URL(request.url).searchParams.get("format") ?? "txt";
  if (!(format in TYPES) || (format === "pdf" && doc.kind !== "resume_scan")) {
    return new Response("Choose a download format: txt or md (and pdf for resume reports).", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const body = format === "pdf" ? Buffer.from(await documentPdf(doc)) : format === "md" ? toMarkdown(doc) : toPlainText(doc);
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format as keyof typeof TYPES],
      "Content-Disposition": `attachment; filename="${downloadName(doc.title, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
