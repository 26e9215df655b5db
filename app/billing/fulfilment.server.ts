import type Stripe from "stripe";
import { config } from "~/config.server";
import { db } from "~/db.server";
import { sendEmail } from "~/email/send.server";
import { type CheckoutFacts, type PurchaseStatus, judgeFacts, nextStatus } from "~/billing/facts";
import { expectLivemode, stripeClient } from "~/billing/stripe.server";
import { refundDeadline } from "~/billing/refund-policy";
import { PRODUCT_NAME } from "~/billing/product";

// One fulfilment path for the webhook, the success page, the reconcile command and local
// checkout: read the checkout as the provider sees it now, decide, record it once.

type RecordedOutcome = "granted" | "pending" | "refunded" | "failed" | "disputed" | "dispute_lost";

export type FulfilOutcome =
  | { outcome: RecordedOutcome; userId: string; purchaseId: string }
  | { outcome: "ignored"; reason: string; userId: string | null }
  | { outcome: "not_found" };

export function expectations() {
  const cfg = config();
  return {
    amountCents: cfg.price.cents,
    currency: cfg.price.currency,
    priceId: cfg.stripe.priceId ?? null,
    livemode: expectLivemode(),
  };
}

/** Reads a Checkout Session from Stripe, with what fulfilment needs expanded. */
export async function retrieveStripeFacts(sessionId: string): Promise<CheckoutFacts | null> {
  const stripe = stripeClient();
  if (!stripe) return null;
  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.retrieve(sessionId, {
      expand: ["line_items", "payment_intent.latest_charge"],
    });
  } catch (error) {
    if (
      (error as { code?: string }).code === "resource_missing" ||
      (error as { statusCode?: number }).statusCode === 404
    )
      return null;
    throw error;
  }
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const charge = intent && typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  return {
    provider: "stripe",
    checkoutSessionId: session.id,
    userId: session.client_reference_id,
    customerEmail: session.customer_details?.email ?? session.customer_email ?? "",
    sessionComplete: session.status === "complete",
    paymentStatus: session.payment_status,
    amountCents: session.amount_total ?? 0,
    currency: session.currency ?? "",
    priceId: session.line_items?.data[0]?.price?.id ?? null,
    livemode: session.livemode,
    paymentIntentId: intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null),
    fullyRefunded: charge?.refunded ?? false,
    receiptUrl: charge?.receipt_url ?? null,
  };
}

export async function fulfilStripeCheckout(sessionId: string): Promise<FulfilOutcome> {
  if (!/^cs_[A-Za-z0-9_]{1,250}$/.test(sessionId)) return { outcome: "not_found" };
  const facts = await retrieveStripeFacts(sessionId);
  if (!facts) return { outcome: "not_found" };
  return recordFulfilment(facts);
}

const OUTCOME: Record<PurchaseStatus, RecordedOutcome> = {
  paid: "granted",
  pending: "pending",
  refunded: "refunded",
  failed: "failed",
  disputed: "disputed",
  dispute_lost: "dispute_lost",
};

/** Records what the facts say, idempotently (unique checkout session id), then sends the receipt once. */
export async function recordFulfilment(facts: CheckoutFacts): Promise<FulfilOutcome> {
  const verdict = judgeFacts(facts, expectations());
  if (verdict.status === "ignore") return { outcome: "ignored", reason: verdict.reason, userId: facts.userId };
  const user = await db.user.findUnique({ where: { id: facts.userId! }, select: { id: true, email: true } });
  if (!user) return { outcome: "ignored", reason: "the account no longer exists", userId: facts.userId };
  const judged = verdict.status;

  const write = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.purchase.findUnique({ where: { checkoutSessionId: facts.checkoutSessionId } });
      const previous = (existing?.status as PurchaseStatus | undefined) ?? null;
      const status = nextStatus(previous, judged);
      const fields = {
        status,
        paymentIntentId: facts.paymentIntentId,
        receiptUrl: facts.receiptUrl,
        paidAt: existing?.paidAt ?? (judged === "paid" ? new Date() : null),
      };
      const purchase = existing
        ? await tx.purchase.update({ where: { id: existing.id }, data: fields })
        : await tx.purchase.create({
            data: {
              ...fields,
              userId: user.id,
              customerEmail: facts.customerEmail || user.email,
              provider: facts.provider,
              checkoutSessionId: facts.checkoutSessionId,
              amountCents: facts.amountCents,
              currency: facts.currency,
            },
          });
      // However the refund happened (asked for in /account, or made in Stripe's Dashboard),
      // this is where it becomes final.
      if (status === "refunded") {
        await tx.refund.updateMany({
          where: { purchaseId: purchase.id, status: { not: "succeeded" } },
          data: { status: "succeeded", completedAt: new Date(), lastError: null },
        });
      }
      return { purchase, newlyRefunded: status === "refunded" && previous !== "refunded" };
    });

  let written;
  try {
    written = await write();
  } catch (error) {
    // The webhook and the success page raced to create it: the other one won; update theirs.
    if ((error as { code?: string }).code !== "P2002") throw error;
    written = await write();
  }
  const { purchase } = written;
  if (purchase.status === "paid" && !purchase.receiptSentAt) await sendReceipt(purchase, user.email);
  if (written.newlyRefunded) await sendRefundConfirmation(purchase, user.email);
  return { outcome: OUTCOME[purchase.status as PurchaseStatus], userId: user.id, purchaseId: purchase.id };
}

/** The purchase page: its receipt, and where a refund is asked for. */
export function purchaseUrl(purchaseId: string): string {
  return `${config().origin}/account/purchases/${purchaseId}`;
}

async function sendReceipt(
  purchase: {
    id: string;
    checkoutSessionId: string;
    amountCents: number;
    currency: string;
    paidAt: Date | null;
    receiptUrl: string | null;
    provider: string;
  },
  to: string,
) {
  const paidAt = purchase.paidAt ?? new Date();
  await sendEmail({
    to,
    template: "purchase-receipt",
    props: {
      orderId: purchase.id,
      item: PRODUCT_NAME,
      amountCents: purchase.amountCents,
      currency: purchase.currency,
      paidAt,
      refundDeadline: refundDeadline({ paidAt, createdAt: paidAt }),
      simulated: purchase.provider === "local",
      toolkitUrl: `${config().origin}/toolkit`,
      purchaseUrl: purchaseUrl(purchase.id),
      receiptUrl: purchase.receiptUrl,
    },
    // One receipt per checkout, however many paths fulfil it.
    idempotencyKey: `receipt:${purchase.checkoutSessionId}`,
  });
  await db.purchase.update({ where: { id: purchase.id }, data: { receiptSentAt: new Date() } });
}

async function sendRefundConfirmation(
  purchase: { id: string; checkoutSessionId: string; amountCents: number; currency: string; provider: string },
  to: string,
) {
  await sendEmail({
    to,
    template: "refund-confirmation",
    props: {
      orderId: purchase.id,
      item: PRODUCT_NAME,
      amountCents: purchase.amountCents,
      currency: purchase.currency,
      refundedAt: new Date(),
      simulated: purchase.provider === "local",
      purchaseUrl: purchaseUrl(purchase.id),
      documentsUrl: `${config().origin}/documents`,
    },
    // One confirmation per refund, whichever path records it first.
    idempotencyKey: `refund:${purchase.checkoutSessionId}`,
  });
}

/** A delayed payment failed: record it (unless it was paid after all) and tell the customer. */
export async function recordFailedPayment(sessionId: string): Promise<FulfilOutcome> {
  const facts = await retrieveStripeFacts(sessionId);
  if (!facts) return { outcome: "not_found" };
  const verdict = judgeFacts(facts, expectations());
  if (verdict.status === "ignore") return { outcome: "ignored", reason: verdict.reason, userId: facts.userId };
  if (verdict.status === "paid") return recordFulfilment(facts);
  const user = await db.user.findUnique({ where: { id: facts.userId! } });
  if (!user) return { outcome: "ignored", reason: "the account no longer exists", userId: facts.userId };
  const purchase = await db.purchase.upsert({
    where: { checkoutSessionId: sessionId },
    create: {
      userId: user.id,
      customerEmail: facts.customerEmail || user.email,
      provider: "stripe",
      checkoutSessionId: sessionId,
      paymentIntentId: facts.paymentIntentId,
      amountCents: facts.amountCents,
      currency: facts.currency,
      status: "failed",
    },
    update: { status: "failed" },
  });
  await sendEmail({
    to: user.email,
    template: "payment-failed",
    props: { pricingUrl: `${config().origin}/pricing` },
    idempotencyKey: `payment-failed:${sessionId}`,
  });
  return { outcome: "failed", userId: user.id, purchaseId: purchase.id };
}

/** What the local simulation says about a checkout: paid, or refunded once asked. */
function localFacts(
  user: { id: string; email: string },
  checkoutSessionId: string,
  fullyRefunded: boolean,
): CheckoutFacts {
  const expected = expectations();
  return {
    provider: "local",
    checkoutSessionId,
    userId: user.id,
    customerEmail: user.email,
    sessionComplete: true,
    paymentStatus: "paid",
    amountCents: expected.amountCents,
    currency: expected.currency,
    priceId: expected.priceId,
    livemode: expected.livemode,
    paymentIntentId: null,
    fullyRefunded,
    receiptUrl: null,
  };
}

/**
 * Local mode: the simulated checkout's confirm button, through the same recording path.
 * Callers check the session was issued to this user and is unused (checkout.server.ts).
 */
export async function fulfilLocalCheckout(
  user: { id: string; email: string },
  sessionId: string,
): Promise<FulfilOutcome> {
  if (!/^local_[a-z0-9]{20,40}$/.test(sessionId)) return { outcome: "not_found" };
  return recordFulfilment(localFacts(user, sessionId, false));
}

/** Local mode's refund: the simulated provider now says "refunded", recorded like Stripe's charge.refunded. */
export async function fulfilLocalRefund(
  user: { id: string; email: string },
  sessionId: string,
): Promise<FulfilOutcome> {
  return recordFulfilment(localFacts(user, sessionId, true));
}

/** Dispute events move a purchase that fulfilment has recorded. */
export async function applyDispute(checkoutSessionId: string, event: "opened" | "won" | "lost"): Promise<void> {
  const purchase = await db.purchase.findUnique({ where: { checkoutSessionId } });
  if (!purchase || purchase.status === "refunded") return;
  const status: PurchaseStatus = event === "opened" ? "disputed" : event === "won" ? "paid" : "dispute_lost";
  await db.purchase.update({ where: { id: purchase.id }, data: { status, statusReason: `dispute ${event}` } });
}
