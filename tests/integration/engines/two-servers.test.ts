import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { onPostgres } from "../../support/engine";
import { type FakeResend, startFakeResend } from "../../support/fake-resend";
import { type FakeStripe, startFakeStripe } from "../../support/fake-stripe";
import { FormClient } from "../../support/http-client";
import { TEST_PASSWORD, signUpVerified } from "../../support/users";
import { NATIONAL_OFFER_FORM } from "../../fixtures/negotiation/forms";

// N app servers behind a load balancer, as README "Scaling past one machine" describes:
// two production servers (`npm start`'s entry) on one PostgreSQL database, every request
// free to land on either. What must hold is what a single server guarantees.

const WEBHOOK_SECRET = "whsec_two_servers";
const QUOTA = 3;
/** The service's daily cap on generated documents, shared by both servers. */
const GLOBAL_CAP = 12;
let a: AppServer;
let b: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;
let trashOwner: string;

const DAY = 86_400_000;

beforeAll(async () => {
  if (!onPostgres()) return;
  [stripe, resend] = await Promise.all([startFakeStripe(), startFakeResend()]);
  // Trash past its 30 days before the servers start: both purge it at start, at once.
  const owner = await db.user.create({ data: { email: `trash-${process.pid}@two-servers.test`, passwordHash: "x" } });
  trashOwner = owner.id;
  const doc = (title: string, deletedAt: Date) => ({
    userId: owner.id,
    kind: "layoff_explanation",
    title,
    input: "{}",
    output: "{}",
    text: title,
    engine: "builtin",
    deletedAt,
  });
  await db.document.createMany({
    data: [
      ...Array.from({ length: 20 }, (_, i) => doc(`expired ${i}`, new Date(Date.now() - 31 * DAY))),
      doc("recently trashed", new Date(Date.now() - DAY)),
    ],
  });
  const env = {
    STRIPE_SECRET_KEY: "sk_test_two_servers",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.url,
    RESEND_API_KEY: "re_test_two_servers",
    RESEND_BASE_URL: resend.url,
    QUOTA_PER_USER_PER_TOOL_DAILY: String(QUOTA),
    QUOTA_GLOBAL_DAILY: String(GLOBAL_CAP),
    DATABASE_POOL_SIZE: "4",
  };
  [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([stripe?.close(), resend?.close()]);
});

/** The same browser, its cookies sent to the other server (the load balancer's next pick). */
function sameBrowserOn(server: AppServer, client: FormClient): FormClient {
  const other = new FormClient(server.url, { ip: client.ip });
  for (const pair of client.cookieHeader().split("; ").filter(Boolean)) {
    const eq = pair.indexOf("=");
    other.setCookieValue(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return other;
}

async function grantAccess(userId: string, email: string) {
  await db.purchase.create({
    data: {
      userId,
      customerEmail: email,
      provider: "local",
      checkoutSessionId: `local_${userId}`,
      amountCents: 4900,
      currency: "usd",
      status: "paid",
      paidAt: new Date(),
    },
  });
}

describe.runIf(onPostgres())("two app servers on one PostgreSQL database", () => {
  it("start at the same time, and the trash purge they both run at start deletes expired trash only", async () => {
    expect(a.output()).not.toMatch(/error|failed/i);
    expect(b.output()).not.toMatch(/error|failed/i);
    const left = await db.document.findMany({ where: { userId: trashOwner }, select: { title: true } });
    expect(left.map((d) => d.title)).toEqual(["recently trashed"]);
    for (const server of [a, b]) {
      const health = await (await fetch(`${server.url}/healthz`)).json();
      expect(health).toMatchObject({ ok: true, engine: "postgresql", writes: expect.stringMatching(/^(ok|waiting)$/) });
    }
  });

  it("accept a session made on one server on the other, and a sign-out on either ends it on both", async () => {
    const { client, email } = await signUpVerified(a.url);
    const onB = sameBrowserOn(b, client);
    const account = await onB.get("/account");
    expect(account.status).toBe(200);
    expect(await account.text()).toContain(email);
    expect((await onB.post("/logout", {})).status).toBeLessThan(400);
    const afterSignOut = await client.get("/account");
    expect(afterSignOut.status).toBe(302);
    expect(afterSignOut.headers.get("location")).toMatch(/^\/login/);
  });

  it("send each queued email once while both servers run their retry passes at the same time", async () => {
    const due = new Date(Date.now() - 3_600_000);
    const subjects = Array.from({ length: 30 }, (_, i) => `queued ${process.pid} #${i}`);
    await db.outboxEmail.createMany({
      data: subjects.map((subject, i) => ({
        idempotencyKey: `two-servers-${process.pid}-${i}`,
        to: `queued${i}@two-servers.test`,
        subject,
        html: `<p>${subject}</p>`,
        text: subject,
        template: "test",
        status: "pending",
        createdAt: due,
      })),
    });
    // A successful send starts a retry pass in the background on that server: sign-ups on
    // both servers at once start passes on both, racing for the same due emails.
    await Promise.all([a, b, a, b, a, b].map((server) => signUpVerified(server.url, { verify: false })));
    const deadline = Date.now() + 30_000;
    while ((await db.outboxEmail.count({ where: { subject: { in: subjects }, status: "pending" } })) > 0) {
      if (Date.now() > deadline) throw new Error("queued emails were not all sent within 30 s");
      await Promise.all([a, b].map((server) => signUpVerified(server.url, { verify: false })));
    }
    const received = resend.emails.filter((e) => subjects.includes(e.subject)).map((e) => e.subject);
    expect(received.sort()).toEqual([...subjects].sort());
    const rows = await db.outboxEmail.findMany({ where: { subject: { in: subjects } } });
    expect(rows.map((r) => r.status)).toEqual(subjects.map(() => "sent"));
    // Each claimed attempt sent at most one request (two claimants of one attempt would send
    // two). On a loaded machine an attempt may time out and be retried under the same
    // idempotency key, which the provider accepts once.
    for (const row of rows) {
      const requests = resend.requestKeys.filter((key) => key === row.idempotencyKey).length;
      expect(requests, row.subject).toBeGreaterThanOrEqual(1);
      expect(requests, row.subject).toBeLessThanOrEqual(row.attempts);
    }
  });

  // Failed before the throttle took attempts atomically (8 of 24 counted: it read, then wrote).
  it("count every failed sign-in exactly once when they arrive on both servers at once", async () => {
    const { email } = await signUpVerified(a.url);
    const attempts = Array.from({ length: 24 }, (_, i) => new FormClient((i % 2 ? b : a).url));
    const statuses = await Promise.all(
      attempts.map((client) =>
        client.post("/login", { email, password: `${TEST_PASSWORD} wrong`, redirectTo: "" }).then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const counted = await db.throttle.findUnique({ where: { key: `login:account:${email}` } });
    expect(counted?.failures).toBe(statuses.filter((s) => s === 401).length);
  });

  // PostgreSQL's default isolation, READ COMMITTED: a save counts after its turn (takeQuotaTurn).
  it("hold the daily quota exactly under concurrent generations on both servers", async () => {
    const { client, email, user } = await signUpVerified(a.url);
    await grantAccess(user.id, email);
    const onB = sameBrowserOn(b, client);
    const posts = Array.from({ length: 16 }, (_, i) => {
      const browser = i % 2 ? onB : client;
      return browser
        .post("/toolkit/negotiate", { ...NATIONAL_OFFER_FORM, company: `Race ${i} Inc` })
        .then((r) => r.status);
    });
    const statuses = await Promise.all(posts);
    expect(statuses.filter((s) => s === 303)).toHaveLength(QUOTA);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16 - QUOTA);
    expect(await db.document.count({ where: { userId: user.id, kind: "negotiation_email" } })).toBe(QUOTA);
    expect(await db.usageEvent.count({ where: { userId: user.id, status: { in: ["ok", "rejected"] } } })).toBe(QUOTA);
  });

  it("hold the service's daily cap exactly when many users generate on both servers at once", async () => {
    const charged = { status: { in: ["ok", "rejected"] } };
    const left = GLOBAL_CAP - (await db.usageEvent.count({ where: charged }));
    expect(left).toBeGreaterThanOrEqual(3);
    // Each user stays within their own quota: only the service's cap refuses.
    const users = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const { client, email, user } = await signUpVerified(a.url);
        await grantAccess(user.id, email);
        return { client, onB: sameBrowserOn(b, client), id: user.id };
      }),
    );
    const statuses = await Promise.all(
      users.flatMap(({ client, onB }) =>
        [client, onB, client].map((browser, i) =>
          browser.post("/toolkit/negotiate", { ...NATIONAL_OFFER_FORM, company: `Cap ${i} Inc` }).then((r) => r.status),
        ),
      ),
    );
    expect(statuses.filter((s) => s === 303)).toHaveLength(left);
    expect(statuses.filter((s) => s === 429)).toHaveLength(statuses.length - left);
    expect(await db.usageEvent.count({ where: charged })).toBe(GLOBAL_CAP);
    expect(await db.document.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(left);
  });

  it("fulfil a Stripe webhook delivered to both servers at once exactly once, with one receipt", async () => {
    const { client, email, user } = await signUpVerified(a.url);
    const started = await client.post("/checkout", {});
    expect(started.status).toBe(303);
    const sessionId = new URL(started.headers.get("location")!).pathname.split("/").pop()!;
    await stripe.pay(sessionId, { deliver: false });
    const completed = stripe.events.find(
      (e) => e.event.type === "checkout.session.completed" && JSON.stringify(e.event.data.object).includes(sessionId),
    )!.event;
    const payload = JSON.stringify(completed);
    const signature = new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const deliver = (server: AppServer) =>
      fetch(`${server.url}/webhooks/stripe`, {
        method: "POST",
        body: payload,
        headers: { "Stripe-Signature": signature, "Content-Type": "application/json" },
      }).then((r) => r.status);
    expect(await Promise.all([deliver(a), deliver(b), deliver(a), deliver(b)])).toEqual([200, 200, 200, 200]);
    const purchases = await db.purchase.findMany({ where: { userId: user.id } });
    expect(purchases).toHaveLength(1);
    expect(purchases[0]).toMatchObject({ status: "paid", checkoutSessionId: sessionId });
    expect(await db.outboxEmail.count({ where: { to: email, template: "purchase-receipt" } })).toBe(1);
    const deadline = Date.now() + 10_000;
    while (!resend.emails.some((e) => e.to.includes(email) && /receipt/i.test(e.subject)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(resend.emails.filter((e) => e.to.includes(email) && /receipt/i.test(e.subject))).toHaveLength(1);
    expect(await db.stripeEvent.count({ where: { id: completed.id } })).toBe(1);
  });
});
