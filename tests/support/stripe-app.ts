import { type AppServer, startAppServer } from "./app-server";
import { type FakeStripe, startFakeStripe } from "./fake-stripe";

export const FAKE_STRIPE_SECRET_KEY = "sk_test_123";
export const FAKE_STRIPE_WEBHOOK_SECRET = "whsec_test_secret";

/** The app server taking payments through its own fake Stripe, whose webhooks go to it. */
export async function startAppWithFakeStripe(
  env: Record<string, string | undefined> = {},
): Promise<{ server: AppServer; stripe: FakeStripe; stop: () => Promise<void> }> {
  const stripe = await startFakeStripe();
  try {
    const server = await startAppServer({
      STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: FAKE_STRIPE_WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
      ...env,
    });
    stripe.setWebhook(`${server.url}/webhooks/stripe`, FAKE_STRIPE_WEBHOOK_SECRET);
    const stop = async () => {
      await server.stop();
      await stripe.close();
    };
    return { server, stripe, stop };
  } catch (error) {
    await stripe.close();
    throw error;
  }
}
