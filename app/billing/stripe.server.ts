import type Stripe from "stripe";
import { config } from "~/config.server";
import { lazyPackage } from "~/server/lazy-package";

// The SDK loads with the first client, never in local mode (no key).
const StripeSdk = lazyPackage<typeof Stripe>("stripe");

let client: Stripe | undefined;

/** The Stripe client, or null in local mode (no secret key). */
export function stripeClient(): Stripe | null {
  const { stripe } = config();
  if (!stripe.secretKey) return null;
  if (!client) {
    const base = stripe.apiBase ? new URL(stripe.apiBase) : null;
    client = new (StripeSdk())(stripe.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(base
        ? {
            host: base.hostname,
            port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
            protocol: base.protocol === "https:" ? "https" : "http",
          }
        : {}),
    });
  }
  return client;
}

/** Live keys create live sessions; a test-mode session must not unlock a live site. */
export function expectLivemode(): boolean {
  return config().stripe.secretKey?.startsWith("sk_live_") ?? false;
}
