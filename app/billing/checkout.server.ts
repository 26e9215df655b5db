import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import crypto from "node:crypto";
import type { SessionUser } from "~/auth/session.server";
import { accessFor } from "~/billing/access.server";
import { stripeClient } from "~/billing/stripe.server";
import { config } from "~/config.server";

export type StartCheckout =
  | { kind: "redirect"; url: string }
  | { kind: "already_paid" }
  | { kind: "processing" }
  | { kind: "needs_verification" }
  | { kind: "local_refused"; message: string }
  | { kind: "unavailable"; message: string };

export const PRODUCT_NAME = "Career Recovery Toolkit: lifetime access";

/** Starts paying for lifetime access: a Stripe Checkout Session, or the local simulation. */
export async function startCheckout(user: SessionUser, now = Date.now()): Promise<StartCheckout> {
  if (!user.emailVerifiedAt) return { kind: "needs_verification" };
  const access = await accessFor(user.id);
  if (access.state === "active") return { kind: "already_paid" };
  if (access.state === "processing") return { kind: "processing" };

  const cfg = config();
  const stripe = stripeClient();
  if (!stripe) {
    if (cfg.secureOrigin && !cfg.allowLocalPayments) {
      return {
        kind: "local_refused",
        message: "Payments are not set up on this site yet, so nothing can be bought. Please try again later.",
      };
    }
    return { kind: "redirect", url: `/checkout/local?session=local_${encodeBase32LowerCaseNoPadding(crypto.randomBytes(15))}` };
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
                price_data: { currency: cfg.price.currency, unit_amount: cfg.price.cents, product_data: { name: PRODUCT_NAME } },
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
    return { kind: "unavailable", message: "We could not reach our payment provider. Nothing was charged. Please try again in a minute." };
  }
}
