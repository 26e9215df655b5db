// What a user's purchases grant, pure. Access is derived, never stored
// (docs/decisions/2026-11-29-access-from-purchases.md); access.server.ts reads the purchases.
import type { PurchaseStatus } from "~/billing/facts";

export type Access =
  | { state: "active" }
  | { state: "processing" }
  | { state: "revoked"; reason: "refunded" | "disputed" | "dispute_lost" }
  | { state: "none" };

/** Access from a user's purchases. One paid purchase is enough, whatever else happened. */
export function accessFromPurchases(statuses: PurchaseStatus[]): Access {
  if (statuses.includes("paid")) return { state: "active" };
  if (statuses.includes("pending")) return { state: "processing" };
  for (const reason of ["disputed", "dispute_lost", "refunded"] as const) {
    if (statuses.includes(reason)) return { state: "revoked", reason };
  }
  return { state: "none" };
}
