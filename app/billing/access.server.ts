import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import type { SessionUser } from "~/auth/session.server";
import { accessFromPurchases, type Access } from "~/billing/access";
import type { PurchaseStatus } from "~/billing/facts";
import { db } from "~/db.server";

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
