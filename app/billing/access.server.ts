import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import type { SessionUser } from "~/auth/session.server";
import type { PurchaseStatus } from "~/billing/facts";
import { db } from "~/db.server";

export type Access =
  | { state: "active" }
  | { state: "processing" }
  | { state: "revoked"; reason: "refunded" | "disputed" | "dispute_lost" }
  | { state: "none" };

/** Pure: access from a user's purchases. One paid purchase is enough, whatever else happened. */
export function accessFromPurchases(statuses: PurchaseStatus[]): Access {
  if (statuses.includes("paid")) return { state: "active" };
  if (statuses.includes("pending")) return { state: "processing" };
  for (const reason of ["disputed", "dispute_lost", "refunded"] as const) {
    if (statuses.includes(reason)) return { state: "revoked", reason };
  }
  return { state: "none" };
}

export async function accessFor(userId: string): Promise<Access> {
  const purchases = await db.purchase.findMany({ where: { userId }, select: { status: true } });
  return accessFromPurchases(purchases.map((p) => p.status as PurchaseStatus));
}

/**
 * The one gate of every toolkit loader and action: signed out → log in and come back;
 * never paid → pricing; payment processing or access revoked → a page saying so.
 */
export async function requireAccess(request: Request): Promise<{ user: SessionUser; sessionId: string }> {
  const signedIn = await requireUser(request);
  const access = await accessFor(signedIn.user.id);
  if (access.state === "active") return signedIn;
  if (access.state === "none") throw redirect("/pricing?from=toolkit");
  throw redirect("/access");
}
