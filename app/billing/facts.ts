// What a checkout is, as the payment provider says it is now. Fulfilment decides from
// these facts alone, so the webhook, the success page and the reconcile command agree.

export type PurchaseStatus = "pending" | "paid" | "failed" | "refunded" | "disputed" | "dispute_lost";

export interface CheckoutFacts {
  provider: "stripe" | "local";
  checkoutSessionId: string;
  /** client_reference_id: the user who started the checkout. */
  userId: string | null;
  customerEmail: string;
  /** "complete" once the customer finished the checkout form. */
  sessionComplete: boolean;
  /** "paid", "unpaid" (a delayed method still clearing) or "no_payment_required". */
  paymentStatus: string;
  amountCents: number;
  currency: string;
  priceId: string | null;
  livemode: boolean;
  paymentIntentId: string | null;
  fullyRefunded: boolean;
  receiptUrl: string | null;
}

export interface Expectations {
  amountCents: number;
  currency: string;
  priceId: string | null;
  livemode: boolean;
}

export type FactsVerdict = { status: "paid" | "pending" | "refunded" } | { status: "ignore"; reason: string };

/** Pure: what the facts mean for access, or why they grant nothing. */
export function judgeFacts(facts: CheckoutFacts, expected: Expectations): FactsVerdict {
  if (!facts.userId) return { status: "ignore", reason: "the checkout names no user" };
  if (facts.livemode !== expected.livemode)
    return { status: "ignore", reason: "test-mode payment on a live site (or the reverse)" };
  if (
    expected.priceId
      ? facts.priceId !== expected.priceId
      : facts.amountCents !== expected.amountCents || facts.currency !== expected.currency
  ) {
    return { status: "ignore", reason: "the checkout is not for the lifetime-access price" };
  }
  if (!facts.sessionComplete) return { status: "ignore", reason: "the checkout was not completed" };
  if (facts.fullyRefunded) return { status: "refunded" };
  if (facts.paymentStatus === "paid") return { status: "paid" };
  return { status: "pending" };
}

/**
 * Pure: the status a purchase moves to. Disputes are only known from dispute events, so a
 * re-read of the checkout (which still says "paid") never lifts a dispute.
 */
export function nextStatus(current: PurchaseStatus | null, judged: "paid" | "pending" | "refunded"): PurchaseStatus {
  if (current === "refunded") return "refunded";
  if (judged === "refunded") return "refunded";
  if (current === "disputed" || current === "dispute_lost") return current;
  if (current === "paid") return "paid";
  if (current === "failed" && judged === "pending") return "failed";
  return judged;
}
