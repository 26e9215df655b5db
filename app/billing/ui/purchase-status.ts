/** A purchase's status as the customer reads it. */
export const PURCHASE_STATUS: Record<string, string> = {
  pending: "Processing",
  paid: "Paid",
  failed: "Failed",
  refunded: "Refunded",
  disputed: "Disputed",
  dispute_lost: "Dispute lost",
};
