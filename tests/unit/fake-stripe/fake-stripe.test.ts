import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeStripe, startFakeStripe } from "../../support/fake-stripe";

// Drives the fake with the real Stripe SDK, so a difference from Stripe's wire format
// shows up here and not in the app's tests.

const SECRET = "whsec_test_fake_stripe";
const SUCCESS_URL = "http://127.0.0.1:1/checkout/success?session_id={CHECKOUT_SESSION_ID}";
const CANCEL_URL = "http://127.0.0.1:1/pricing?checkout=cancelled";

interface Received {
  rawBody: string;
  signature: string;
  /** The event, when the signature verified; the error message otherwise. */
  verified: Stripe.Event | string;
}

/** A webhook endpoint that verifies like the app: raw body, Stripe-Signature, the SDK. */
async function startReceiver(stripe: Stripe) {
  const received: Received[] = [];
  let status = 200;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const signature = String(req.headers["stripe-signature"] ?? "");
    let verified: Stripe.Event | string;
    try {
      verified = stripe.webhooks.constructEvent(rawBody, signature, SECRET);
    } catch (error) {
      verified = (error as Error).message;
    }
    received.push({ rawBody, signature, verified });
    res.writeHead(typeof verified === "string" ? 400 : status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    received,
    answerWith: (next: number) => (status = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let fake: FakeStripe;
let stripe: Stripe;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  fake = await startFakeStripe();
  stripe = new Stripe("sk_test_123", { host: "127.0.0.1", port: fake.port, protocol: "http" });
  receiver = await startReceiver(stripe);
  fake.setWebhook(receiver.url, SECRET);
});

afterAll(async () => {
  await fake.close();
  await receiver.close();
});

afterEach(() => receiver.answerWith(200));

function createSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}, options?: Stripe.RequestOptions) {
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: "user_1",
      customer_email: "ada@example.com",
      line_items: [
        { price_data: { currency: "usd", unit_amount: 4900, product_data: { name: "Lifetime access" } }, quantity: 1 },
      ],
      success_url: SUCCESS_URL,
      cancel_url: CANCEL_URL,
      metadata: { userId: "user_1" },
      ...extra,
    },
    options,
  );
}

describe("checkout sessions", () => {
  it("creates a session from price_data, as Stripe's Checkout Session object", async () => {
    const session = await createSession();
    expect(session).toMatchObject({
      object: "checkout.session",
      mode: "payment",
      client_reference_id: "user_1",
      customer_email: "ada@example.com",
      currency: "usd",
      amount_total: 4900,
      payment_status: "unpaid",
      status: "open",
      success_url: SUCCESS_URL,
      cancel_url: CANCEL_URL,
      livemode: false,
      metadata: { userId: "user_1" },
      payment_intent: null,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(`${fake.url}/pay/${session.id}`);
    expect(session.line_items).toBeUndefined();
    // The SDK's form encoding arrived as bracket notation and was decoded into nested params.
    const request = fake.requests.at(-1)!;
    expect(request).toMatchObject({ method: "POST", path: "/v1/checkout/sessions" });
    expect(request.body).toMatchObject({
      line_items: [
        {
          price_data: { currency: "usd", unit_amount: "4900", product_data: { name: "Lifetime access" } },
          quantity: "1",
        },
      ],
    });
  });

  it("creates a session from a price id, and refuses an unknown price with Stripe's error JSON", async () => {
    const price = fake.createPrice(2500, "EUR", "Toolkit");
    const session = await createSession({ line_items: [{ price, quantity: 2 }] });
    expect(session).toMatchObject({ amount_total: 5000, currency: "eur" });

    const error = await createSession({ line_items: [{ price: "price_missing", quantity: 1 }] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, code: "resource_missing", param: "line_items[0][price]" });
  });

  it("returns the same session for a repeated Idempotency-Key, and refuses the key with other params", async () => {
    const key = `checkout-user_1-${Date.now()}`;
    const first = await createSession({}, { idempotencyKey: key });
    const count = fake.sessions.size;
    const again = await createSession({}, { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(fake.sessions.size).toBe(count);
    expect(fake.requests.filter((r) => r.idempotencyKey === key)).toHaveLength(2);

    const error = await createSession({ client_reference_id: "user_2" }, { idempotencyKey: key }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("refuses parameters it does not implement, naming them", async () => {
    const error = await createSession({ allow_promotion_codes: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 400, code: "parameter_unknown", param: "allow_promotion_codes" });
  });

  it("retrieves with expand[]=line_items and payment_intent.latest_charge", async () => {
    const created = await createSession();
    const unpaid = await stripe.checkout.sessions.retrieve(created.id, { expand: ["payment_intent"] });
    expect(unpaid.payment_intent).toBeNull();

    await fake.pay(created.id, { deliver: false });
    const plain = await stripe.checkout.sessions.retrieve(created.id);
    expect(plain).toMatchObject({ status: "complete", payment_status: "paid", url: null });
    expect(plain.payment_intent).toMatch(/^pi_/);

    const expanded = await stripe.checkout.sessions.retrieve(created.id, {
      expand: ["line_items", "payment_intent.latest_charge"],
    });
    expect(expanded.line_items).toMatchObject({
      object: "list",
      has_more: false,
      data: [
        {
          object: "item",
          quantity: 1,
          amount_total: 4900,
          currency: "usd",
          price: { object: "price", unit_amount: 4900, currency: "usd" },
        },
      ],
    });
    const intent = expanded.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      id: plain.payment_intent,
      object: "payment_intent",
      status: "succeeded",
      amount: 4900,
      currency: "usd",
    });
    expect(intent.latest_charge).toMatchObject({
      object: "charge",
      amount: 4900,
      amount_refunded: 0,
      refunded: false,
      disputed: false,
      payment_intent: intent.id,
      receipt_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/receipts\/ch_/),
    });

    const intentOnly = await stripe.checkout.sessions.retrieve(created.id, { expand: ["payment_intent"] });
    expect((intentOnly.payment_intent as Stripe.PaymentIntent).latest_charge).toMatch(/^ch_/);
  });

  it("answers 404 resource_missing for an unknown id and 401 without a key", async () => {
    const error = await stripe.checkout.sessions.retrieve("cs_test_nope").catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 404, code: "resource_missing", type: "StripeInvalidRequestError" });

    const response = await fetch(`${fake.url}/v1/checkout/sessions/cs_test_nope?expand[]=line_items`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { type: "invalid_request_error", message: expect.stringContaining("API key") },
    });
    expect(fake.requests.at(-1)).toMatchObject({
      path: "/v1/checkout/sessions/cs_test_nope",
      body: { expand: ["line_items"] },
    });
  });

  it("lists sessions by payment_intent, newest first", async () => {
    const a = await createSession();
    const b = await createSession();
    await fake.pay(a.id, { deliver: false });
    const intentId = fake.sessions.get(a.id)!.payment_intent!;

    const byIntent = await stripe.checkout.sessions.list({ payment_intent: intentId, limit: 1 });
    expect(byIntent).toMatchObject({ object: "list", has_more: false, url: "/v1/checkout/sessions" });
    expect(byIntent.data.map((s) => s.id)).toEqual([a.id]);

    const recent = await stripe.checkout.sessions.list({
      created: { gte: Math.floor(Date.now() / 1000) - 60 },
      limit: 2,
    });
    expect(recent.data.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(recent.has_more).toBe(true);
  });
});

describe("events and webhooks", () => {
  it("delivers a signed webhook that the SDK verifies, and records the delivery", async () => {
    const session = await createSession();
    const successUrl = await fake.pay(session.id);
    expect(successUrl).toBe(SUCCESS_URL.replace("{CHECKOUT_SESSION_ID}", session.id));

    const delivery = receiver.received.at(-1)!;
    expect(typeof delivery.verified).not.toBe("string");
    const event = delivery.verified as Stripe.Event;
    expect(event).toMatchObject({
      object: "event",
      type: "checkout.session.completed",
      livemode: false,
      pending_webhooks: 1,
    });
    expect(event.data.object).toMatchObject({ id: session.id, status: "complete", payment_status: "paid" });
    // Stripe pretty-prints its payloads; an app that re-serializes before verifying would fail.
    expect(delivery.rawBody).toBe(JSON.stringify(event, null, 2));

    const record = fake.events.at(-1)!;
    expect(record).toMatchObject({ delivered: true, attempts: 1, lastStatus: 200 });
    expect(await stripe.events.retrieve(event.id)).toMatchObject({ id: event.id, pending_webhooks: 0 });
  });

  it("lists undelivered events with delivery_success=false, and a redelivery clears them", async () => {
    receiver.answerWith(500);
    const session = await createSession();
    await fake.pay(session.id);
    const failed = fake.events.at(-1)!;
    expect(failed).toMatchObject({ delivered: false, attempts: 1, lastStatus: 500 });

    const undelivered = await stripe.events.list({
      delivery_success: false,
      created: { gte: failed.event.created },
      limit: 100,
    });
    expect(undelivered.data.map((e) => e.id)).toContain(failed.event.id);

    receiver.answerWith(200);
    expect(await fake.deliver(failed.event.id)).toBe(200);
    expect(failed).toMatchObject({ delivered: true, attempts: 2 });
    const after = await stripe.events.list({ delivery_success: false, limit: 100 });
    expect(after.data.map((e) => e.id)).not.toContain(failed.event.id);
  });

  it("filters by type and types[], and auto-paginates newest first", async () => {
    const session = await createSession();
    await fake.pay(session.id, { deliver: false });
    await fake.refund(session.id, { amount: 900, deliver: false });
    await fake.refund(session.id, { deliver: false });

    const refunds = await stripe.events.list({ type: "charge.refunded", limit: 100 });
    expect(refunds.data.slice(0, 2).map((e) => (e.data.object as Stripe.Charge).amount_refunded)).toEqual([4900, 900]);
    expect(refunds.data.slice(0, 2).map((e) => (e.data.object as Stripe.Charge).refunded)).toEqual([true, false]);

    const both = await stripe.events.list({ types: ["checkout.session.completed", "charge.refunded"], limit: 100 });
    expect(new Set(both.data.map((e) => e.type))).toEqual(new Set(["checkout.session.completed", "charge.refunded"]));

    const all: string[] = [];
    for await (const event of stripe.events.list({ limit: 2 })) all.push(event.id);
    expect(all).toEqual(fake.events.map((r) => r.event.id).reverse());
  });

  it("signs so that a changed timestamp, secret or body whitespace fails verification", async () => {
    const session = await createSession();
    await fake.pay(session.id, { deliver: false });
    const { id } = fake.events.at(-1)!.event;

    expect(await fake.deliver(id, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).toBe(400);
    expect(receiver.received.at(-1)!.verified).toMatch(/tolerance/i);
    expect(await fake.deliver(id, { secret: "whsec_other" })).toBe(400);
    expect(await fake.deliver(id, { reserialize: true })).toBe(400);
    expect(receiver.received.at(-1)!.rawBody).toBe(JSON.stringify(fake.events.at(-1)!.event));
    expect(await fake.deliver(id)).toBe(200);
  });

  it("settles delayed payments and reports disputes", async () => {
    const delayed = await createSession();
    await fake.pay(delayed.id, { delayed: true, deliver: false });
    expect(fake.sessions.get(delayed.id)).toMatchObject({ status: "complete", payment_status: "unpaid" });
    await fake.settleDelayed(delayed.id, "succeeded", { deliver: false });
    expect(fake.events.at(-1)!.event).toMatchObject({
      type: "checkout.session.async_payment_succeeded",
      data: { object: { id: delayed.id, payment_status: "paid" } },
    });

    const failing = await createSession();
    await fake.pay(failing.id, { delayed: true, deliver: false });
    await fake.settleDelayed(failing.id, "failed", { deliver: false });
    expect(fake.events.at(-1)!.event).toMatchObject({
      type: "checkout.session.async_payment_failed",
      data: { object: { id: failing.id, payment_status: "unpaid" } },
    });

    await fake.openDispute(delayed.id);
    const opened = fake.events.at(-1)!.event;
    const intentId = fake.sessions.get(delayed.id)!.payment_intent;
    expect(opened).toMatchObject({
      type: "charge.dispute.created",
      data: {
        object: {
          object: "dispute",
          status: "needs_response",
          amount: 4900,
          payment_intent: intentId,
          charge: expect.stringMatching(/^ch_/),
        },
      },
    });
    await fake.closeDispute(delayed.id, "lost");
    expect(fake.events.at(-1)!.event).toMatchObject({
      type: "charge.dispute.closed",
      data: { object: { id: (opened.data.object as { id: string }).id, status: "lost" } },
    });
    expect(receiver.received.at(-1)!.verified).toMatchObject({ type: "charge.dispute.closed" });
  });
});

describe("hosted checkout page", () => {
  it("shows the amount, email and three buttons", async () => {
    const session = await createSession();
    const response = await fetch(session.url!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("<h1>Fake Stripe Checkout — test mode</h1>");
    expect(html).toContain("$49.00");
    expect(html).toContain("ada@example.com");
    for (const label of ["Pay", "Pay with a delayed method", "Cancel"])
      expect(html).toContain(`<button type="submit">${label}</button>`);
  });

  it("pays on POST and answers 303 to the success URL with the session id", async () => {
    const session = await createSession();
    const response = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ outcome: "paid" }),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(SUCCESS_URL.replace("{CHECKOUT_SESSION_ID}", session.id));
    expect(fake.sessions.get(session.id)).toMatchObject({ status: "complete", payment_status: "paid" });
    expect(receiver.received.at(-1)!.verified).toMatchObject({
      type: "checkout.session.completed",
      data: { object: { id: session.id } },
    });

    const again = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ outcome: "paid" }),
      redirect: "manual",
    });
    expect(again.status).toBe(409);
  });

  it("cancels to the cancel URL and leaves the session open", async () => {
    const session = await createSession();
    const response = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ outcome: "cancel" }),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(CANCEL_URL);
    expect(fake.sessions.get(session.id)!.status).toBe("open");
  });
});
