import type Stripe from "stripe";
import { db } from "~/db.server";
import { applyDispute, fulfilStripeCheckout, recordFailedPayment } from "~/billing/fulfilment.server";
import { stripeClient } from "~/billing/stripe.server";
import { config } from "~/config.server";

export type WebhookReply = { status: number; body: string };

/**
 * Verifies and handles one Stripe webhook delivery. Answers 2xx only after the database
 * has what the event means; a failure answers 500 so Stripe delivers it again.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookReply> {
  const stripe = stripeClient();
  const secret = config().stripe.webhookSecret;
  if (!stripe || !secret) return { status: 400, body: "Stripe webhooks are not configured" };
  if (!signature) return { status: 400, body: "Missing Stripe-Signature" };
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return { status: 400, body: "Invalid signature" };
  }
  if (await db.stripeEvent.findUnique({ where: { id: event.id } })) return { status: 200, body: "Already processed" };
  try {
    await processEvent(event);
    await db.stripeEvent.create({ data: { id: event.id, type: event.type } }).catch((error: { code?: string }) => {
      if (error.code !== "P2002") throw error;
    });
    return { status: 200, body: "ok" };
  } catch (error) {
    console.error(`stripe webhook ${event.type} ${event.id} failed: ${(error as Error).message}`);
    return { status: 500, body: "Processing failed; please retry" };
  }
}

/** Acts on one event. Every branch re-reads state from Stripe, so order of arrival does not matter. */
export async function processEvent(event: Stripe.Event): Promise<void> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      await fulfilStripeCheckout(event.data.object.id);
      return;
    case "checkout.session.async_payment_failed":
      await recordFailedPayment(event.data.object.id);
      return;
    case "charge.refunded": {
      const sessionId = await checkoutSessionFor(paymentIntentId(event.data.object.payment_intent));
      if (sessionId) await fulfilStripeCheckout(sessionId);
      return;
    }
    case "charge.dispute.created":
    case "charge.dispute.closed": {
      const dispute = event.data.object;
      const sessionId = await checkoutSessionFor(paymentIntentId(dispute.payment_intent));
      if (!sessionId) return;
      await fulfilStripeCheckout(sessionId);
      if (event.type === "charge.dispute.created") await applyDispute(sessionId, "opened");
      else if (dispute.status === "won") await applyDispute(sessionId, "won");
      else if (dispute.status === "lost") await applyDispute(sessionId, "lost");
      return;
    }
    default:
      return;
  }
}

function paymentIntentId(value: string | Stripe.PaymentIntent | null): string | null {
  return typeof value === "string" ? value : (value?.id ?? null);
}

async function checkoutSessionFor(intentId: string | null): Promise<string | null> {
  if (!intentId) return null;
  const known = await db.purchase.findFirst({
    where: { paymentIntentId: intentId },
    select: { checkoutSessionId: true },
  });
  if (known) return known.checkoutSessionId;
  const list = await stripeClient()!.checkout.sessions.list({ payment_intent: intentId, limit: 1 });
  return list.data[0]?.id ?? null;
}
