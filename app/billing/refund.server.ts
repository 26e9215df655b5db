import { db } from "~/db.server";
import type { PurchaseStatus } from "~/billing/facts";
import { fulfilLocalRefund, fulfilStripeCheckout } from "~/billing/fulfilment.server";
import { type RefundDecision, decideRefund } from "~/billing/refund-policy";
import { stripeClient } from "~/billing/stripe.server";

// Self-service refunds from /account. The provider is asked once (one Refund row per
// purchase, and Stripe's idempotency key per purchase); access then ends through the same
// fulfilment path Stripe's charge.refunded webhook takes, so both agree on what happened.

export type RefundStatus = "requested" | "succeeded" | "failed";

/** A user's own purchase with its refund state, or null (another user's id answers the same). */
export async function findOwnPurchase(userId: string, purchaseId: string) {
  if (!/^[a-z0-9]{1,64}$/i.test(purchaseId)) return null;
  const purchase = await db.purchase.findFirst({ where: { id: purchaseId, userId }, include: { refund: true } });
  if (!purchase) return null;
  return {
    ...purchase,
    status: purchase.status as PurchaseStatus,
    refund: purchase.refund ? { ...purchase.refund, status: purchase.refund.status as RefundStatus } : null,
  };
}

export type OwnPurchase = NonNullable<Awaited<ReturnType<typeof findOwnPurchase>>>;

export function refundDecisionFor(purchase: OwnPurchase, now = new Date()): RefundDecision {
  return decideRefund(purchase, now);
}

export type RefundResult =
  | { kind: "refunded" }
  /** Asked already (a double click, a second tab): nothing more happens. */
  | { kind: "already" }
  | { kind: "refused"; decision: Exclude<RefundDecision, { kind: "allowed" }> }
  | { kind: "provider_failed"; message: string }
  | { kind: "not_found" };

export async function requestRefund(
  user: { id: string; email: string },
  purchaseId: string,
  now = new Date(),
): Promise<RefundResult> {
  const purchase = await findOwnPurchase(user.id, purchaseId);
  if (!purchase) return { kind: "not_found" };
  // A refund that failed at the provider may be asked for again, through the same row.
  const retry = purchase.refund?.status === "failed";
  const decision = decideRefund({ ...purchase, refund: retry ? null : purchase.refund }, now);
  if (decision.kind === "already_refunded" || decision.kind === "in_progress") return { kind: "already" };
  if (decision.kind !== "allowed") return { kind: "refused", decision };

  if (!(await claim(purchase.id, retry))) return { kind: "already" };

  try {
    if (purchase.provider === "stripe") {
      const stripe = stripeClient();
      if (!stripe || !purchase.paymentIntentId)
        throw new Error("Stripe is not configured, or the purchase has no payment to refund");
      const refund = await stripe.refunds.create(
        {
          payment_intent: purchase.paymentIntentId,
          reason: "requested_by_customer",
          metadata: { purchaseId: purchase.id },
        },
        // However often this runs for the purchase, Stripe refunds it once.
        { idempotencyKey: `refund-${purchase.id}` },
      );
      await db.refund.update({ where: { purchaseId: purchase.id }, data: { providerRefundId: refund.id } });
      await fulfilStripeCheckout(purchase.checkoutSessionId);
    } else {
      await fulfilLocalRefund(user, purchase.checkoutSessionId);
    }
  } catch (error) {
    const message = (error as Error).message;
    console.error(`refund of purchase ${purchase.id} failed: ${message}`);
    await db.refund.update({
      where: { purchaseId: purchase.id },
      data: { status: "failed", lastError: message.slice(0, 500) },
    });
    return {
      kind: "provider_failed",
      message: "We could not reach our payment provider, so nothing was refunded yet. Please try again in a minute.",
    };
  }
  return { kind: "refunded" };
}

/** The state change that makes a double click one refund: only one request moves it to "requested". */
async function claim(purchaseId: string, retry: boolean): Promise<boolean> {
  if (retry) {
    const moved = await db.refund.updateMany({
      where: { purchaseId, status: "failed" },
      data: { status: "requested", lastError: null },
    });
    return moved.count === 1;
  }
  try {
    await db.refund.create({ data: { purchaseId, status: "requested" } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}
