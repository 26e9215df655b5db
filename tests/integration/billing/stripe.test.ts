import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { AppServer } from "../../support/app-server";
import type { FakeStripe } from "../../support/fake-stripe";
import { FAKE_STRIPE_WEBHOOK_SECRET, startAppWithFakeStripe } from "../../support/stripe-app";
import { FormClient } from "../../support/http-client";
import { signUpVerified } from "../../support/users";
import { onSqlite } from "../../support/engine";

const WEBHOOK_SECRET = FAKE_STRIPE_WEBHOOK_SECRET;
let server: AppServer;
let stripe: FakeStripe;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, stripe, stop } = await startAppWithFakeStripe());
});
afterAll(async () => {
  await stop?.();
});

/** A verified user who has been sent to the fake hosted checkout. */
async function startPaying() {
  const buyer = await signUpVerified(server.url);
  const res = await buyer.client.post("/checkout", {});
  expect(res.status).toBe(303);
  const url = new URL(res.headers.get("location")!);
  expect(url.origin).toBe(stripe.url);
  const sessionId = url.pathname.split("/").pop()!;
  return { ...buyer, sessionId };
}

function successPath(successUrl: string) {
  const url = new URL(successUrl);
  return url.pathname + url.search;
}

const purchasesOf = (userId: string) => db.purchase.findMany({ where: { userId } });
const receiptsTo = (email: string) => db.outboxEmail.count({ where: { to: email, template: "purchase-receipt" } });
const hasAccess = async (client: FormClient) => (await client.get("/toolkit")).status === 200;
const eventOf = (type: string, sessionId: string) =>
  stripe.events.find((e) => e.event.type === type && JSON.stringify(e.event.data.object).includes(sessionId))!.event;

async function postSigned(payload: string, opts: { timestamp?: number; secret?: string } = {}) {
  const header = new Stripe("sk_test_x").webhooks.generateTestHeaderString({
    payload,
    secret: opts.secret ?? WEBHOOK_SECRET,
    timestamp: opts.timestamp,
  });
  return fetch(`${server.url}/webhooks/stripe`, {
    method: "POST",
    body: payload,
    headers: { "Stripe-Signature": header, "Content-Type": "application/json" },
  });
}

describe("Stripe Checkout", () => {
  it("creates a payment-mode session for the user with the price, email and return URLs", async () => {
    const { sessionId, user, email } = await startPaying();
    const session = stripe.sessions.get(sessionId)!;
    expect(session.mode).toBe("payment");
    expect(session.client_reference_id).toBe(user.id);
    expect(session.customer_email).toBe(email);
    expect(session.amount_total).toBe(4900);
    expect(session.success_url).toBe(`${server.url}/checkout/success?session_id={CHECKOUT_SESSION_ID}`);
    expect(session.cancel_url).toBe(`${server.url}/pricing?checkout=cancelled`);
    const create = stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions").at(-1)!;
    expect(create.idempotencyKey).toMatch(new RegExp(`^checkout-${user.id}-`));
  });

  it("reuses one session when checkout is retried", async () => {
    const { client, sessionId } = await startPaying();
    const again = await client.post("/checkout", {});
    expect(new URL(again.headers.get("location")!).pathname).toBe(`/pay/${sessionId}`);
    expect([...stripe.sessions.values()].filter((s) => s.id === sessionId)).toHaveLength(1);
  });

  it("unlocks the toolkit when paid, once, with one receipt, and never charges again", async () => {
    const { client, sessionId, user, email } = await startPaying();
    const successUrl = await stripe.pay(sessionId);
    const landing = await client.get(successPath(successUrl));
    expect(landing.status).toBe(302);
    expect(landing.headers.get("location")).toBe("/toolkit?welcome=1");
    expect(await hasAccess(client)).toBe(true);
    const purchases = await purchasesOf(user.id);
    expect(purchases).toHaveLength(1);
    expect(purchases[0]).toMatchObject({
      provider: "stripe",
      status: "paid",
      checkoutSessionId: sessionId,
      amountCents: 4900,
    });
    expect(await receiptsTo(email)).toBe(1);
    const again = await client.post("/checkout", {});
    expect(again.headers.get("location")).toBe("/toolkit");
  });

  it("gives one purchase and one receipt when the webhook and the success page race", async () => {
    const { client, sessionId, user, email } = await startPaying();
    const successUrl = await stripe.pay(sessionId, { deliver: false });
    const completed = eventOf("checkout.session.completed", sessionId);
    const [webhookStatus, page] = await Promise.all([
      stripe.deliver(completed.id),
      client.get(successPath(successUrl)),
    ]);
    expect(webhookStatus).toBe(200);
    expect(page.status).toBe(302);
    expect(await purchasesOf(user.id)).toHaveLength(1);
    expect(await receiptsTo(email)).toBe(1);
  });

  it("grants nothing to a visitor who opens someone else's or a made-up session", async () => {
    const owner = await startPaying();
    const successUrl = await stripe.pay(owner.sessionId, { deliver: false });
    const visitor = await signUpVerified(server.url);
    const stolen = await visitor.client.get(successPath(successUrl));
    expect(stolen.status).toBe(404);
    expect(await hasAccess(visitor.client)).toBe(false);
    expect(await purchasesOf(visitor.user.id)).toHaveLength(0);
    const madeUp = await visitor.client.get("/checkout/success?session_id=cs_test_doesnotexist");
    expect(madeUp.status).toBe(404);
    const garbage = await visitor.client.get("/checkout/success?session_id=%27%3B--");
    expect(garbage.status).toBe(404);
  });

  it("keeps a delayed payment processing, then unlocks when it succeeds", async () => {
    const { client, sessionId, user } = await startPaying();
    const successUrl = await stripe.pay(sessionId, { delayed: true });
    const page = await client.get(successPath(successUrl));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Payment processing");
    expect(await hasAccess(client)).toBe(false);
    expect((await purchasesOf(user.id))[0].status).toBe("pending");
    await stripe.settleDelayed(sessionId, "succeeded");
    expect(await hasAccess(client)).toBe(true);
  });

  it("grants nothing and emails the buyer when a delayed payment fails", async () => {
    const { client, sessionId, user, email } = await startPaying();
    await stripe.pay(sessionId, { delayed: true });
    await stripe.settleDelayed(sessionId, "failed");
    expect(await hasAccess(client)).toBe(false);
    expect((await purchasesOf(user.id))[0].status).toBe("failed");
    expect(await db.outboxEmail.count({ where: { to: email, template: "payment-failed" } })).toBe(1);
  });

  it("ignores a paid checkout for another price", async () => {
    const buyer = await signUpVerified(server.url);
    const sdk = new Stripe("sk_test_123", { host: "127.0.0.1", port: stripe.port, protocol: "http" });
    const cheap = await sdk.checkout.sessions.create({
      mode: "payment",
      client_reference_id: buyer.user.id,
      line_items: [{ price_data: { currency: "usd", unit_amount: 100, product_data: { name: "cheap" } }, quantity: 1 }],
      success_url: `${server.url}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    });
    await stripe.pay(cheap.id);
    expect(await purchasesOf(buyer.user.id)).toHaveLength(0);
    expect(await hasAccess(buyer.client)).toBe(false);
  });
});

describe("Stripe webhook", () => {
  it("refuses a bad signature or a re-serialised body, writing nothing", async () => {
    const { sessionId, user } = await startPaying();
    await stripe.pay(sessionId, { deliver: false });
    const completed = eventOf("checkout.session.completed", sessionId);
    expect(await stripe.deliver(completed.id, { secret: "whsec_wrong" })).toBe(400);
    expect(await stripe.deliver(completed.id, { reserialize: true })).toBe(400);
    const unsigned = await fetch(`${server.url}/webhooks/stripe`, { method: "POST", body: JSON.stringify(completed) });
    expect(unsigned.status).toBe(400);
    expect(await purchasesOf(user.id)).toHaveLength(0);
    expect(await db.stripeEvent.count({ where: { id: completed.id } })).toBe(0);
  });

  it("refuses an event signed ten minutes ago", async () => {
    const { sessionId, user } = await startPaying();
    await stripe.pay(sessionId, { deliver: false });
    const completed = eventOf("checkout.session.completed", sessionId);
    expect(await stripe.deliver(completed.id, { timestamp: Math.floor(Date.now() / 1000) - 600 })).toBe(400);
    expect(await purchasesOf(user.id)).toHaveLength(0);
  });

  it("treats a redelivered event as a no-op", async () => {
    const { sessionId, user, email } = await startPaying();
    await stripe.pay(sessionId);
    const completed = eventOf("checkout.session.completed", sessionId);
    expect(await stripe.deliver(completed.id)).toBe(200);
    expect(await db.stripeEvent.count({ where: { id: completed.id } })).toBe(1);
    expect(await purchasesOf(user.id)).toHaveLength(1);
    expect(await receiptsTo(email)).toBe(1);
  });

  it("answers 200 to event types it does not handle", async () => {
    const payload = JSON.stringify({
      id: "evt_unknown_1",
      object: "event",
      type: "customer.created",
      data: { object: { id: "cus_1", object: "customer" } },
    });
    expect((await postSigned(payload)).status).toBe(200);
  });

  it("is exempt from the same-origin guard but not from signatures", async () => {
    const payload = JSON.stringify({
      id: "evt_cross_1",
      object: "event",
      type: "customer.created",
      data: { object: {} },
    });
    const header = new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const res = await fetch(`${server.url}/webhooks/stripe`, {
      method: "POST",
      body: payload,
      headers: { "Stripe-Signature": header, "Sec-Fetch-Site": "cross-site", Origin: "https://stripe.com" },
    });
    expect(res.status).toBe(200);
  });

  // Holds SQLite's write lock; two servers racing on PostgreSQL: tests/integration/engines/two-servers.test.ts.
  it.runIf(onSqlite())(
    "answers 500 when the database fails, so Stripe retries, and the retry succeeds once",
    async () => {
      const { sessionId, user, email } = await startPaying();
      await stripe.pay(sessionId, { deliver: false });
      const completed = eventOf("checkout.session.completed", sessionId);
      const lock = new Database(process.env.DATABASE_URL!.slice("file:".length));
      lock.exec("BEGIN EXCLUSIVE");
      let failed: number;
      try {
        failed = await stripe.deliver(completed.id);
      } finally {
        lock.exec("COMMIT");
        lock.close();
      }
      expect(failed).toBe(500);
      expect(await purchasesOf(user.id)).toHaveLength(0);
      expect(await stripe.deliver(completed.id)).toBe(200);
      expect(await purchasesOf(user.id)).toHaveLength(1);
      expect(await receiptsTo(email)).toBe(1);
    },
    60_000,
  );

  it("follows the payment as it is now when the refund arrives before the completion", async () => {
    const { client, sessionId, user } = await startPaying();
    await stripe.pay(sessionId, { deliver: false });
    await stripe.refund(sessionId);
    expect((await purchasesOf(user.id))[0]?.status).toBe("refunded");
    expect(await stripe.deliver(eventOf("checkout.session.completed", sessionId).id)).toBe(200);
    expect((await purchasesOf(user.id))[0].status).toBe("refunded");
    expect(await hasAccess(client)).toBe(false);
  });

  it("revokes access on a full refund but not a partial one", async () => {
    const partial = await startPaying();
    await stripe.pay(partial.sessionId);
    await stripe.refund(partial.sessionId, { amount: 1000 });
    expect(await hasAccess(partial.client)).toBe(true);

    const full = await startPaying();
    await stripe.pay(full.sessionId);
    await stripe.refund(full.sessionId);
    expect(await hasAccess(full.client)).toBe(false);
    const locked = await full.client.get("/toolkit");
    expect(locked.headers.get("location")).toBe("/access");
    expect(await (await full.client.get("/access")).text()).toContain("refunded");
  });

  it("suspends access while a dispute is open, restores it when won, and ends it when lost", async () => {
    const won = await startPaying();
    await stripe.pay(won.sessionId);
    await stripe.openDispute(won.sessionId);
    expect(await hasAccess(won.client)).toBe(false);
    await stripe.closeDispute(won.sessionId, "won");
    expect(await hasAccess(won.client)).toBe(true);

    const lost = await startPaying();
    await stripe.pay(lost.sessionId);
    await stripe.openDispute(lost.sessionId);
    await stripe.closeDispute(lost.sessionId, "lost");
    expect(await hasAccess(lost.client)).toBe(false);
    expect((await purchasesOf(lost.user.id))[0].status).toBe("dispute_lost");
  });
});

describe("reconcile command", () => {
  it("fulfils a paid checkout whose webhook never arrived", async () => {
    const { client, sessionId, user } = await startPaying();
    await stripe.pay(sessionId, { deliver: false });
    expect(await purchasesOf(user.id)).toHaveLength(0);
    const { stdout } = await promisify(execFile)(
      path.resolve("node_modules/.bin/tsx"),
      ["app/billing/reconcile-cli.ts", "--days", "1"],
      {
        env: {
          ...process.env,
          STRIPE_SECRET_KEY: "sk_test_123",
          STRIPE_API_BASE: stripe.url,
          STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
          NODE_ENV: "production",
        },
      },
    );
    expect(stdout).toMatch(/replayed checkout\.session\.completed/);
    expect(stdout).toMatch(/Done:/);
    expect((await purchasesOf(user.id))[0]?.status).toBe("paid");
    expect(await hasAccess(client)).toBe(true);
  }, 60_000);
});
