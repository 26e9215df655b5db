import type { LoaderFunctionArgs } from "@remix-run/node";
import { findOutboxEmail, outboxIsReadable } from "~/email/outbox.server";

// The HTML part of one outbox email, as a document of its own (the app's CSP forbids
// framing our pages). This policy replaces the app's: the sandbox gives the document a
// unique origin with scripts off, and inline styles, which every email uses, are allowed.
const EMAIL_PREVIEW_POLICY = [
  // allow-popups: the email's links open in a new tab (React Email sets target=_blank).
  "sandbox allow-popups allow-popups-to-escape-sandbox",
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data: https:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export async function loader({ params, context }: LoaderFunctionArgs) {
  if (!outboxIsReadable(context.clientIp)) throw new Response("Not found", { status: 404 });
  const email = await findOutboxEmail(params.id ?? "");
  if (!email) throw new Response("Not found", { status: 404 });
  return new Response(email.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": EMAIL_PREVIEW_POLICY,
      "Cache-Control": "no-store",
    },
  });
}
