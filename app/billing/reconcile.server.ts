import { db } from "~/db.server";
import { fulfilStripeCheckout } from "~/billing/fulfilment.server";
import { stripeClient } from "~/billing/stripe.server";
import { processEvent } from "~/billing/webhook.server";

export interface ReconcileReport {
  lines: string[];
  fulfilled: number;
  replayed: number;
}

/**
 * Catches up with what webhooks missed: replays undelivered events, then fulfils every
 * completed Checkout Session of the period that has no local purchase.
 */
export async function reconcile(opts: { sinceDays: number }): Promise<ReconcileReport> {
  const stripe = stripeClient();
  if (!stripe)
    return {
      lines: ["Stripe is not configured (STRIPE_SECRET_KEY is unset): nothing to reconcile."],
      fulfilled: 0,
      replayed: 0,
    };
  const since = Math.floor(Date.now() / 1000) - opts.sinceDays * 86_400;
  const report: ReconcileReport = { lines: [], fulfilled: 0, replayed: 0 };

  for await (const event of stripe.events.list({ delivery_success: false, created: { gte: since }, limit: 100 })) {
    if (await db.stripeEvent.findUnique({ where: { id: event.id } })) continue;
    await processEvent(event);
    await db.stripeEvent.create({ data: { id: event.id, type: event.type } });
    report.replayed++;
    report.lines.push(`replayed ${event.type} ${event.id}`);
  }

  for await (const session of stripe.checkout.sessions.list({ created: { gte: since }, limit: 100 })) {
    if (session.status !== "complete") continue;
    const known = await db.purchase.findUnique({ where: { checkoutSessionId: session.id } });
    if (known) continue;
    const result = await fulfilStripeCheckout(session.id);
    report.lines.push(`${session.id}: ${result.outcome}${"reason" in result ? ` (${result.reason})` : ""}`);
    if (result.outcome === "granted" || result.outcome === "pending") report.fulfilled++;
  }
  report.lines.push(
    `Done: ${report.replayed} undelivered event(s) replayed, ${report.fulfilled} checkout(s) fulfilled.`,
  );
  return report;
}
