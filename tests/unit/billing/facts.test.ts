import { describe, expect, it } from "vitest";
import { accessFromPurchases } from "~/billing/access";
import { type CheckoutFacts, judgeFacts, nextStatus } from "~/billing/facts";

const expected = { amountCents: 4900, currency: "usd", priceId: null, livemode: false };
const paid: CheckoutFacts = {
  provider: "stripe",
  checkoutSessionId: "cs_test_1",
  userId: "u1",
  customerEmail: "a@example.com",
  sessionComplete: true,
  paymentStatus: "paid",
  amountCents: 4900,
  currency: "usd",
  priceId: "price_1",
  livemode: false,
  paymentIntentId: "pi_1",
  fullyRefunded: false,
  receiptUrl: null,
};

describe("judging a checkout", () => {
  it("grants a completed, paid checkout for the price", () => {
    expect(judgeFacts(paid, expected)).toEqual({ status: "paid" });
  });
  it("keeps a delayed payment pending", () => {
    expect(judgeFacts({ ...paid, paymentStatus: "unpaid" }, expected)).toEqual({ status: "pending" });
  });
  it("sees a full refund even when it arrives first", () => {
    expect(judgeFacts({ ...paid, fullyRefunded: true }, expected)).toEqual({ status: "refunded" });
  });
  it("ignores checkouts for another price, another mode, no user, or unfinished", () => {
    expect(judgeFacts({ ...paid, amountCents: 100 }, expected).status).toBe("ignore");
    expect(judgeFacts({ ...paid, currency: "eur" }, expected).status).toBe("ignore");
    expect(judgeFacts({ ...paid, livemode: true }, expected).status).toBe("ignore");
    expect(judgeFacts({ ...paid, userId: null }, expected).status).toBe("ignore");
    expect(judgeFacts({ ...paid, sessionComplete: false }, expected).status).toBe("ignore");
    expect(judgeFacts({ ...paid, priceId: "price_other" }, { ...expected, priceId: "price_1" }).status).toBe("ignore");
    expect(judgeFacts(paid, { ...expected, priceId: "price_1", amountCents: 1 })).toEqual({ status: "paid" });
  });
});

describe("purchase status transitions", () => {
  it("never moves a refunded purchase back", () => {
    expect(nextStatus("refunded", "paid")).toBe("refunded");
  });
  it("does not let a re-read lift a dispute", () => {
    expect(nextStatus("disputed", "paid")).toBe("disputed");
    expect(nextStatus("disputed", "refunded")).toBe("refunded");
  });
  it("moves pending to paid, and paid never back to pending", () => {
    expect(nextStatus("pending", "paid")).toBe("paid");
    expect(nextStatus("paid", "pending")).toBe("paid");
    expect(nextStatus(null, "pending")).toBe("pending");
  });
});

describe("access from purchases", () => {
  it("opens with any paid purchase", () => {
    expect(accessFromPurchases(["refunded", "paid"])).toEqual({ state: "active" });
  });
  it("explains why it is locked", () => {
    expect(accessFromPurchases(["refunded"])).toEqual({ state: "revoked", reason: "refunded" });
    expect(accessFromPurchases(["disputed"])).toEqual({ state: "revoked", reason: "disputed" });
    expect(accessFromPurchases(["pending"])).toEqual({ state: "processing" });
    expect(accessFromPurchases(["failed"])).toEqual({ state: "none" });
    expect(accessFromPurchases([])).toEqual({ state: "none" });
  });
});
