import type { PurchaseStatus } from "~/billing/facts";

// The refund promise the pricing page makes, as code: a full refund of a paid purchase,
// asked for from /account within 14 days of paying. Pure, so the page, the action and the
// tests agree on every case.

export const REFUND_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

export interface RefundablePurchase {
  status: PurchaseStatus;
  paidAt: Date | null;
  createdAt: Date;
  /** The refund already asked for, if any. */
  refund: { status: "requested" | "succeeded" | "failed" } | null;
}

export type RefundDecision =
  | { kind: "allowed"; deadline: Date }
  /** Asked for already: the confirmation, never a second refund. */
  | { kind: "already_refunded" }
  | { kind: "in_progress" }
  | { kind: "refused"; reason: "window_closed"; deadline: Date }
  | { kind: "refused"; reason: "not_paid" | "disputed" };

/** The last moment a refund may be asked for. */
export function refundDeadline(purchase: Pick<RefundablePurchase, "paidAt" | "createdAt">): Date {
  return new Date((purchase.paidAt ?? purchase.createdAt).getTime() + REFUND_WINDOW_DAYS * DAY_MS);
}

export function decideRefund(purchase: RefundablePurchase, now: Date): RefundDecision {
  if (purchase.status === "refunded" || purchase.refund?.status === "succeeded") return { kind: "already_refunded" };
  if (purchase.refund?.status === "requested") return { kind: "in_progress" };
  if (purchase.status === "disputed" || purchase.status === "dispute_lost")
    return { kind: "refused", reason: "disputed" };
  if (purchase.status !== "paid") return { kind: "refused", reason: "not_paid" };
  const deadline = refundDeadline(purchase);
  if (now.getTime() > deadline.getTime()) return { kind: "refused", reason: "window_closed", deadline };
  return { kind: "allowed", deadline };
}
