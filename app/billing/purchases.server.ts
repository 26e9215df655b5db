import { db } from "~/db.server";

// A user's purchases as they see them: on the account page and in their data export.

/** Newest first, for the account page. */
export function listPurchases(userId: string) {
  return db.purchase.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, amountCents: true, currency: true, status: true, receiptUrl: true, provider: true },
  });
}

/** Oldest first with the payment's ids, for the account export. */
export function exportPurchases(userId: string) {
  return db.purchase.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      provider: true,
      checkoutSessionId: true,
      amountCents: true,
      currency: true,
      status: true,
      paidAt: true,
      createdAt: true,
      receiptUrl: true,
    },
  });
}
