import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import type { FakeStripe } from "../../support/fake-stripe";
import { startAppWithFakeStripe } from "../../support/stripe-app";
import type { FormClient } from "../../support/http-client";
import { signUpPaid, signUpVerified } from "../../support/users";

const hasAccess = async (client: FormClient) => (await client.get("/toolkit")).status === 200;
const refundEmails = (email: string) => db.outboxEmail.count({ where: { to: email, template: "refund-confirmation" } });
const DAY = 86_400_000;

describe("self-service refunds in local mode", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("refunds from the account page once, ends access, confirms on the page and by email", async () => {
    const { client, user, email } = await signUpPaid(server.url);
    const purchase = await db.purchase.findFirstOrThrow({ where: { userId: user.id } });
    const account = await (await client.get("/account")).text();
    expect(account).toContain(`/account/purchases/${purchase.id}`);

    const page = await (await client.get(`/account/purchases/${purchase.id}`)).text();
    expect(page).toContain(purchase.id);
    expect(page).toContain("$49");
    expect(page).toContain("Refund my payment");

    // A double click: two posts at once.
    const [first, second] = await Promise.all([
      client.post(`/account/purchases/${purchase.id}`, { intent: "refund" }),
      client.post(`/account/purchases/${purchase.id}`, { intent: "refund" }),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await db.refund.count({ where: { purchaseId: purchase.id } })).toBe(1);
    expect(await db.purchase.findUniqueOrThrow({ where: { id: purchase.id } })).toMatchObject({ status: "refunded" });
    expect(await db.refund.findUniqueOrThrow({ where: { purchaseId: purchase.id } })).toMatchObject({
      status: "succeeded",
    });

    const confirmation = await (await client.get(`/account/purchases/${purchase.id}`)).text();
    expect(confirmation).toContain("Refunded on");
    expect(confirmation).toContain("no money moved");
    expect(confirmation).not.toContain("Refund my payment");
    expect(await hasAccess(client)).toBe(false);
    expect(await refundEmails(email)).toBe(1);

    // A third post later (a replayed form) changes nothing.
    expect((await client.post(`/account/purchases/${purchase.id}`, { intent: "refund" })).status).toBe(303);
    expect(await refundEmails(email)).toBe(1);
  });

  it("refuses politely, with the date, once the 14-day window has closed", async () => {
    const { client, user } = await signUpPaid(server.url);
    const purchase = await db.purchase.findFirstOrThrow({ where: { userId: user.id } });
    await db.purchase.update({ where: { id: purchase.id }, data: { paidAt: new Date(Date.now() - 15 * DAY) } });
    const page = await (await client.get(`/account/purchases/${purchase.id}`)).text();
    expect(page).toContain("within 14 days of paying");
    expect(page).toContain("Contact us about this order");
    expect(page).not.toContain("Refund my payment");
    const refused = await client.post(`/account/purchases/${purchase.id}`, { intent: "refund" });
    expect(refused.status).toBe(409);
    expect(await db.refund.count({ where: { purchaseId: purchase.id } })).toBe(0);
    expect(await hasAccess(client)).toBe(true);
  });

  it("answers another user's purchase like one that does not exist", async () => {
    const owner = await signUpPaid(server.url);
    const purchase = await db.purchase.findFirstOrThrow({ where: { userId: owner.user.id } });
    const other = await signUpVerified(server.url);
    expect((await other.client.get(`/account/purchases/${purchase.id}`)).status).toBe(404);
    expect((await other.client.post(`/account/purchases/${purchase.id}`, { intent: "refund" })).status).toBe(404);
    expect((await other.client.get("/account/purchases/..%2F..%2Fetc")).status).toBe(404);
    expect(await db.refund.count({ where: { purchaseId: purchase.id } })).toBe(0);
    expect(await hasAccess(owner.client)).toBe(true);
  });
});

describe("self-service refunds with Stripe", () => {
  let server: AppServer;
  let stripe: FakeStripe;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ server, stripe, stop } = await startAppWithFakeStripe());
  });
  afterAll(async () => {
    await stop?.();
  });

  async function paidThroughStripe() {
    const buyer = await signUpVerified(server.url);
    const start = await buyer.client.post("/checkout", {});
    const sessionId = new URL(start.headers.get("location")!).pathname.split("/").pop()!;
    await stripe.pay(sessionId);
    const purchase = await db.purchase.findUniqueOrThrow({ where: { checkoutSessionId: sessionId } });
    expect(await hasAccess(buyer.client)).toBe(true);
    return { ...buyer, sessionId, purchase };
  }

  async function waitFor(check: () => boolean | Promise<boolean>) {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("makes one real refund through the Stripe API for a double click, and the webhook agrees", async () => {
    const { client, email, purchase } = await paidThroughStripe();
    const [a, b] = await Promise.all([
      client.post(`/account/purchases/${purchase.id}`, { intent: "refund" }),
      client.post(`/account/purchases/${purchase.id}`, { intent: "refund" }),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const made = stripe.refunds.filter((r) => r.payment_intent === purchase.paymentIntentId);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      amount: 4900,
      reason: "requested_by_customer",
      metadata: { purchaseId: purchase.id },
    });
    const calls = stripe.requests.filter((r) => r.path === "/v1/refunds");
    expect(new Set(calls.map((r) => r.idempotencyKey))).toEqual(new Set([`refund-${purchase.id}`]));

    expect(await db.purchase.findUniqueOrThrow({ where: { id: purchase.id } })).toMatchObject({ status: "refunded" });
    expect(await db.refund.findUniqueOrThrow({ where: { purchaseId: purchase.id } })).toMatchObject({
      status: "succeeded",
      providerRefundId: made[0].id,
    });
    expect(await hasAccess(client)).toBe(false);
    const page = await (await client.get(`/account/purchases/${purchase.id}`)).text();
    expect(page).toContain("5 to 10 business days");

    // Stripe's charge.refunded arrives too; it goes through the same path and sends nothing twice.
    await waitFor(() => stripe.events.some((e) => e.event.type === "charge.refunded" && e.lastStatus === 200));
    expect(await refundEmails(email)).toBe(1);
  });

  it("keeps access and says so when Stripe fails, and the retry refunds once", async () => {
    const { client, purchase } = await paidThroughStripe();
    // The SDK tries three times (maxNetworkRetries: 2).
    stripe.failRefunds(3);
    const failed = await client.post(`/account/purchases/${purchase.id}`, { intent: "refund" });
    expect(failed.status).toBe(503);
    expect(await failed.text()).toContain("nothing was refunded yet");
    expect(await db.refund.findUniqueOrThrow({ where: { purchaseId: purchase.id } })).toMatchObject({
      status: "failed",
    });
    expect(await hasAccess(client)).toBe(true);

    const retried = await client.post(`/account/purchases/${purchase.id}`, { intent: "refund" });
    expect(retried.status).toBe(303);
    expect(stripe.refunds.filter((r) => r.payment_intent === purchase.paymentIntentId)).toHaveLength(1);
    expect(await hasAccess(client)).toBe(false);
  });

  it("ends access the same way when the refund is made in Stripe's Dashboard", async () => {
    const { client, email, sessionId, purchase } = await paidThroughStripe();
    await stripe.refund(sessionId);
    expect(await db.purchase.findUniqueOrThrow({ where: { id: purchase.id } })).toMatchObject({ status: "refunded" });
    expect(await hasAccess(client)).toBe(false);
    expect(await refundEmails(email)).toBe(1);
    const page = await (await client.get(`/account/purchases/${purchase.id}`)).text();
    expect(page).toContain("Refunded");
  });
});
