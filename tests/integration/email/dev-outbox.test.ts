import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";

// The emails are stored by this process (outbox mode) in this file's database, which the
// servers read. Needs `npx remix build` first.
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "";
});

import { sendEmail } from "~/email/send.server";

let development: AppServer;
let production: AppServer;
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
      amountCents: 4900,
      currency: "usd",
      paidAt: new Date("2026-11-29T14:05:00Z"),
      toolkitUrl: "http://localhost:3000/toolkit",
    },
    idempotencyKey: "receipt/cs_lee",
  });
  [development, production] = await Promise.all([startAppServer({ NODE_ENV: "development" }), startAppServer()]);
});

afterAll(async () => {
  await Promise.all([development?.stop(), production?.stop()]);
  vi.restoreAllMocks();
});

describe("/dev/outbox outside production", () => {
  it("lists the emails newest first with recipient, subject, template and status", async () => {
    const res = await fetch(`${development.url}/dev/outbox`);
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
    const html = await (await fetch(`${development.url}/dev/outbox?to=Dana@Example.com`)).text();
    expect(html).toContain("dana@example.com");
    expect(html).not.toContain("lee@example.com");
  });

  it("shows one email's plain-text part, with the verification code readable and the link clickable", async () => {
    const res = await fetch(`${development.url}/dev/outbox/${verify.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("559023");
    expect(html).toContain('<a href="http://localhost:3000/verify-email?token=tok_dana">');
    expect(html).toContain(`href="/dev/outbox/${verify.id}/html"`);
  });

  it("serves the HTML part on its own in a script-free sandbox", async () => {
    const res = await fetch(`${development.url}/dev/outbox/${verify.id}/html`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/^sandbox allow-popups allow-popups-to-escape-sandbox;/);
    expect(csp).not.toContain("allow-scripts");
    expect(csp).toContain("default-src 'none'");
    expect(await res.text()).toContain("559023");
  });

  it("answers 404 for an email that does not exist", async () => {
    expect((await fetch(`${development.url}/dev/outbox/no-such-email`)).status).toBe(404);
    expect((await fetch(`${development.url}/dev/outbox/no-such-email/html`)).status).toBe(404);
  });
});

describe("/dev/outbox in production", () => {
  it("does not exist: the list, an email and its HTML part all answer 404 without content", async () => {
    for (const path of ["/dev/outbox", `/dev/outbox/${verify.id}`, `/dev/outbox/${receipt.id}/html`]) {
      const res = await fetch(production.url + path);
      expect(res.status, path).toBe(404);
      const body = await res.text();
      expect(body).not.toContain("559023");
      expect(body).not.toContain("dana@example.com");
      expect(body).not.toContain("lee@example.com");
    }
  });
});
