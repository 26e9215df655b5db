import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import crypto from "node:crypto";
import type { SessionUser } from "~/auth/session.server";
import { accessFor } from "~/billing/access.server";
import { type FulfilOutcome, fulfilLocalCheckout } from "~/billing/fulfilment.server";
import { PRODUCT_NAME } from "~/billing/product";
import { stripeClient } from "~/billing/stripe.server";
import { config } from "~/config.server";
import { db } from "~/db.server";

export type StartCheckout =
  | { kind: "redirect"; url: string }
  | CheckoutRefusal
  | { kind: "local_refused"; message: string }
  | { kind: "unavailable"; message: string };

/** Why this user may not pay now; the same for Stripe and the local simulation. */
export type CheckoutRefusal = { kind: "already_paid" } | { kind: "processing" } | { kind: "needs_verification" };

/** Where a user who may not pay now goes, from the real checkout and the simulated one alike. */
export function refusalPath(refusal: CheckoutRefusal): string {
  switch (refusal.kind) {
    case "already_paid":
      return "/toolkit";
    case "processing":
      return "/access";
    case "needs_verification":
      return "/verify-email?redirectTo=%2Fpricing";
  }
}

/** How long a simulated checkout the server issued stays usable. */
const LOCAL_CHECKOUT_TTL_MS = 30 * 60_000;

async function refusal(user: SessionUser): Promise<CheckoutRefusal | null> {
  if (!user.emailVerifiedAt) return { kind: "needs_verification" };
  const access = await accessFor(user.id);
  if (access.state === "active") return { kind: "already_paid" };
  if (access.state === "processing") return { kind: "processing" };
  return null;
}

/** Starts paying for lifetime access: a Stripe Checkout Session, or the local simulation. */
export async function startCheckout(user: SessionUser, now = Date.now()): Promise<StartCheckout> {
  const refused = await refusal(user);
  if (refused) return refused;

  const cfg = config();
  const stripe = stripeClient();
  if (!stripe) {
    if (cfg.secureOrigin && !cfg.allowLocalPayments) {
      return {
        kind: "local_refused",
        message: "Payments are not set up on this site yet, so nothing can be bought. Please try again later.",
      };
    }
    const local = await db.localCheckout.create({
      data: {
        id: `local_${encodeBase32LowerCaseNoPadding(crypto.randomBytes(20))}`,
        userId: user.id,
        expiresAt: new Date(now + LOCAL_CHECKOUT_TTL_MS),
      },
    });
    return { kind: "redirect", url: `/checkout/local?session=${local.id}` };
  }
  // Retries within half an hour (double clicks, back-button resubmits) get the same session.
  const window = Math.floor(now / (30 * 60_000));
  try {
    const session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: user.id,
        customer_email: user.email,
        line_items: [
          cfg.stripe.priceId
            ? { price: cfg.stripe.priceId, quantity: 1 }
            : {
                price_data: {
                  currency: cfg.price.currency,
                  unit_amount: cfg.price.cents,
                  product_data: { name: PRODUCT_NAME },
                },
                quantity: 1,
              },
        ],
        success_url: `${cfg.origin}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${cfg.origin}/pricing?checkout=cancelled`,
        metadata: { userId: user.id },
      },
      { idempotencyKey: `checkout-${user.id}-${window}` },
    );
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
    return { kind: "redirect", url: session.url };
  } catch (error) {
    console.error(`stripe: checkout creation failed: ${(error as Error).message}`);
    return {
      kind: "unavailable",
      message: "We could not reach our payment provider. Nothing was charged. Please try again in a minute.",
    };
  }
}

export type LocalCheckoutState = { kind: "open"; expiresAt: Date } | CheckoutRefusal | { kind: "not_found" };

/**
 * A simulated checkout as its page shows it: open only for the user it was issued to, before
 * it expires and before it is used; someone else's id answers like one that does not exist.
 */
export async function localCheckoutState(
  user: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<LocalCheckoutState> {
  const refused = await refusal(user);
  if (refused) return refused;
  const local = await db.localCheckout.findUnique({ where: { id: sessionId } });
  if (!local || local.userId !== user.id || local.completedAt || local.expiresAt <= now) return { kind: "not_found" };
  return { kind: "open", expiresAt: local.expiresAt };
}

/** The simulated checkout's confirm button: the checks of a real checkout, then real fulfilment, once. */
export async function completeLocalCheckout(
  user: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<CheckoutRefusal | { kind: "not_found" } | { kind: "fulfilled"; outcome: FulfilOutcome }> {
  const refused = await refusal(user);
  if (refused) return refused;
  // Claiming marks it used in the same write that checks it is open, so two confirmations
  // (a double click, a replayed form) cannot both pass; it also closes the user's other open
  // sessions, so two tabs confirming two sessions at once make one purchase.
  const claimed = await db.$transaction(async (tx) => {
    const mine = await tx.localCheckout.updateMany({
      where: { id: sessionId, userId: user.id, completedAt: null, expiresAt: { gt: now } },
      data: { completedAt: now },
    });
    if (mine.count !== 1) return false;
    await tx.localCheckout.updateMany({ where: { userId: user.id, completedAt: null }, data: { completedAt: now } });
    return true;
  });
  if (!claimed) return { kind: "not_found" };
  return { kind: "fulfilled", outcome: await fulfilLocalCheckout(user, sessionId) };
}
