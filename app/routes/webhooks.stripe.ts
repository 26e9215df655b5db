import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/billing/webhook.server";

// The one path exempt from the same-origin guard: Stripe's signature authenticates it.
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
  // The signature covers the exact bytes, so read the raw body, never a parsed form.
  const reply = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return new Response(reply.body, { status: reply.status, headers: { "Content-Type": "text/plain" } });
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
