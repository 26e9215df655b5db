import { describe, expect, it } from "vitest";
import { REFUND_WINDOW_DAYS, decideRefund, refundDeadline, type RefundablePurchase } from "~/billing/refund-policy";

const paidAt = new Date("2026-11-20T10:00:00Z");
const purchase = (changes: Partial<RefundablePurchase> = {}): RefundablePurchase => ({
  status: "paid",
  paidAt,
  createdAt: new Date("2026-11-20T09:59:00Z"),
  refund: null,
  ...changes,
});
const at = (iso: string) => new Date(iso);

describe("decideRefund", () => {
  it("allows a full refund of a paid purchase until 14 days after paying, to the millisecond", () => {
    expect(REFUND_WINDOW_DAYS).toBe(14);
    const deadline = new Date("2026-12-04T10:00:00Z");
    expect(refundDeadline(purchase())).toEqual(deadline);
    expect(decideRefund(purchase(), at("2026-11-20T10:00:01Z"))).toEqual({ kind: "allowed", deadline });
    expect(decideRefund(purchase(), deadline)).toEqual({ kind: "allowed", deadline });
    expect(decideRefund(purchase(), new Date(deadline.getTime() + 1))).toEqual({
      kind: "refused",
      reason: "window_closed",
      deadline,
    });
  });

  it("counts from the purchase's creation when it has no payment date", () => {
    expect(refundDeadline(purchase({ paidAt: null }))).toEqual(new Date("2026-12-04T09:59:00Z"));
  });

  it("never refunds twice: a refund asked for or made is the answer, whatever the date", () => {
    const late = at("2027-06-01T00:00:00Z");
    expect(decideRefund(purchase({ status: "refunded" }), late)).toEqual({ kind: "already_refunded" });
    expect(decideRefund(purchase({ refund: { status: "succeeded" } }), late)).toEqual({ kind: "already_refunded" });
    expect(decideRefund(purchase({ refund: { status: "requested" } }), late)).toEqual({ kind: "in_progress" });
  });

  it("refuses disputed, pending and failed payments with their reason", () => {
    const now = at("2026-11-21T00:00:00Z");
    expect(decideRefund(purchase({ status: "disputed" }), now)).toEqual({ kind: "refused", reason: "disputed" });
    expect(decideRefund(purchase({ status: "dispute_lost" }), now)).toEqual({ kind: "refused", reason: "disputed" });
    expect(decideRefund(purchase({ status: "pending" }), now)).toEqual({ kind: "refused", reason: "not_paid" });
    expect(decideRefund(purchase({ status: "failed" }), now)).toEqual({ kind: "refused", reason: "not_paid" });
  });

  it("lets a refund that failed at the provider be decided again (the caller passes no refund)", () => {
    expect(decideRefund(purchase({ refund: { status: "failed" } }), at("2026-11-21T00:00:00Z")).kind).toBe("allowed");
  });
});
