import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";

// The emails are stored by this process (outbox mode) in this file's database, which the
// servers read. All servers run in production mode: what decides whether the outbox page
// exists is where email goes, the origin and the client (see outboxPageMode).
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "";
});

import { sendEmail } from "~/email/send.server";

/** A client that is not on this machine, as reported by the trusted proxy (TRUST_PROXY=loopback). */
const REMOTE = { "X-Forwarded-For": "203.0.113.7" };

let local: AppServer;
let httpsOrigin: AppServer;
let withResend: AppServer;
let lanOptIn: AppServer;
let verify: { id: string };
let receipt: { id: string };

beforeAll(async () => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  verify = await sendEmail({
    to: "dana@example.com",
    template: "verify-email",
    props: { code: "559023", verifyUrl: "http://localhost:3000/verify-email?token=tok_dana", expiresInMinutes: 15 },
    idempotencyKey: "verify/dana",
  });
  receipt = await sendEmail({
    to: "lee@example.com",
    template: "purchase-receipt",
    props: {
      orderId: "cmorder_lee",
      item: "Career Recovery Toolkit: lifetime access",
      amountCents: 4900,
      currency: "usd",
      paidAt: new Date("2026-11-29T14:05:00Z"),
      refundDeadline: new Date("2026-12-13T14:05:00Z"),
      simulated: true,
      toolkitUrl: "http://localhost:3000/toolkit",
      purchaseUrl: "http://localhost:3000/account/purchases/cmorder_lee",
    },
    idempotencyKey: "receipt/cs_lee",
  });
  [local, httpsOrigin, withResend, lanOptIn] = await Promise.all([
    startAppServer(),
    // Even with the opt-in: an https origin is a deployment.
    startAppServer({ APP_ORIGIN: "https://toolkit.example", DEV_OUTBOX: "1" }),
    startAppServer({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: "http://127.0.0.1:9" }),
    startAppServer({ APP_ORIGIN: "http://toolkit.lan:3000", DEV_OUTBOX: "1" }),
  ]);
});

afterAll(async () => {
  await Promise.all([local?.stop(), httpsOrigin?.stop(), withResend?.stop(), lanOptIn?.stop()]);
  vi.restoreAllMocks();
});

const outboxPaths = () => ["/dev/outbox", `/dev/outbox/${verify.id}`, `/dev/outbox/${receipt.id}/html`];

async function expectNoOutbox(server: AppServer, headers: Record<string, string> = {}) {
  for (const path of outboxPaths()) {
    const res = await fetch(server.url + path, { headers });
    expect(res.status, path).toBe(404);
    const body = await res.text();
    expect(body).not.toContain("559023");
    expect(body).not.toContain("dana@example.com");
    expect(body).not.toContain("lee@example.com");
  }
}

describe("/dev/outbox on a local http origin, for a client on this machine", () => {
  it("lists the emails newest first with recipient, subject, template and status", async () => {
    const res = await fetch(`${local.url}/dev/outbox`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    const receiptRow = html.indexOf("lee@example.com");
    const verifyRow = html.indexOf("dana@example.com");
    expect(receiptRow).toBeGreaterThan(-1);
    expect(verifyRow).toBeGreaterThan(receiptRow);
    expect(html).toContain(`href="/dev/outbox/${verify.id}"`);
    expect(html).toContain("Confirm your email address");
    expect(html).toContain("purchase-receipt");
    expect(html).toMatch(/>local<\/td>/);
  });

  it("lists only one recipient's emails when asked", async () => {
    const html = await (await fetch(`${local.url}/dev/outbox?to=Dana@Example.com`)).text();
    expect(html).toContain("dana@example.com");
    expect(html).not.toContain("lee@example.com");
  });

  it("shows one email's plain-text part, with the verification code readable and the link clickable", async () => {
    const res = await fetch(`${local.url}/dev/outbox/${verify.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("559023");
    expect(html).toContain('<a href="http://localhost:3000/verify-email?token=tok_dana">');
    expect(html).toContain(`href="/dev/outbox/${verify.id}/html"`);
  });

  it("serves the HTML part on its own in a script-free sandbox", async () => {
    const res = await fetch(`${local.url}/dev/outbox/${verify.id}/html`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/^sandbox allow-popups allow-popups-to-escape-sandbox;/);
    expect(csp).not.toContain("allow-scripts");
    expect(csp).toContain("default-src 'none'");
    expect(await res.text()).toContain("559023");
  });

  it("answers 404 for an email that does not exist", async () => {
    expect((await fetch(`${local.url}/dev/outbox/no-such-email`)).status).toBe(404);
    expect((await fetch(`${local.url}/dev/outbox/no-such-email/html`)).status).toBe(404);
  });

  it("links the local-mode banner to the outbox", async () => {
    const html = await (await fetch(local.url + "/")).text();
    expect(html).toContain("Local mode:");
    expect(html).toContain('href="/dev/outbox"');
  });
});

describe("/dev/outbox does not exist", () => {
  it("for a client that is not on this machine, and the banner does not link to it", async () => {
    await expectNoOutbox(local, REMOTE);
    // The public page cache must not hand a loopback visitor's banner to a remote one.
    expect(await (await fetch(local.url + "/compare")).text()).toContain('href="/dev/outbox"');
    for (const path of ["/", "/compare"]) {
      const html = await (await fetch(local.url + path, { headers: REMOTE })).text();
      expect(html, path).toContain("Local mode:");
      expect(html, path).not.toContain('href="/dev/outbox"');
      expect(html, path).toContain("emails are not sent");
    }
  });

  it("on an https origin, even with DEV_OUTBOX=1, and the banner does not link to it", async () => {
    await expectNoOutbox(httpsOrigin);
    const html = await (await fetch(httpsOrigin.url + "/")).text();
    expect(html).not.toContain('href="/dev/outbox"');
  });

  it("when email goes to a provider", async () => {
    await expectNoOutbox(withResend);
  });
});

describe("DEV_OUTBOX=1 on an http origin that is not loopback", () => {
  it("lets any client read the outbox", async () => {
    const res = await fetch(`${lanOptIn.url}/dev/outbox/${verify.id}`, { headers: REMOTE });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("559023");
    const html = await (await fetch(lanOptIn.url + "/", { headers: REMOTE })).text();
    expect(html).toContain('href="/dev/outbox"');
  });
});
