import { afterEach, describe, expect, it, vi } from "vitest";

// Outbox mode: no Resend key. Set before the config is first read (on import of the db).
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "";
});

import { db } from "~/db.server";
import { retryPendingEmails } from "~/email/queue.server";
import { sendEmail } from "~/email/send.server";

const verifyProps = {
  code: "731904",
  verifyUrl: "http://localhost:3000/verify-email?token=tok_secret_123",
  expiresInMinutes: 15,
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("email without a Resend key (the outbox)", () => {
  it("stores the email with its HTML and plain-text parts and marks it local", async () => {
    const result = await sendEmail({
      to: "jane.doe@example.com",
      template: "verify-email",
      props: verifyProps,
      idempotencyKey: "verify/outbox-1",
    });
    expect(result.status).toBe("local");
    const email = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(email).toMatchObject({
      to: "jane.doe@example.com",
      template: "verify-email",
      subject: "Confirm your email address",
      status: "local",
      attempts: 1,
      providerId: null,
    });
    expect(email.html).toContain("731904");
    expect(email.text).toContain("731904");
    expect(email.text).toContain(verifyProps.verifyUrl);
  });

  it("logs one line naming the template and a masked recipient, without subject, body, code or link", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const result = await sendEmail({
      to: "jane.doe@example.com",
      template: "verify-email",
      props: verifyProps,
      idempotencyKey: "verify/outbox-2",
    });
    const lines = log.mock.calls.map((args) => args.join(" "));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^email verify-email to j\*\*\*@example\.com \(outbox\)/);
    expect(lines[0]).toContain(`/dev/outbox/${result.id}`);
    for (const secret of ["731904", "tok_secret_123", "jane.doe", "Confirm your email"]) {
      expect(lines[0]).not.toContain(secret);
    }
  });

  it("sends nothing new for a repeated idempotency key and returns the first email", async () => {
    const first = await sendEmail({
      to: "buyer@example.com",
      template: "payment-failed",
      props: { pricingUrl: "http://localhost:3000/pricing" },
      idempotencyKey: "payment-failed/cs_1",
    });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const second = await sendEmail({
      to: "buyer@example.com",
      template: "payment-failed",
      props: { pricingUrl: "http://localhost:3000/pricing" },
      idempotencyKey: "payment-failed/cs_1",
    });
    expect(second).toEqual(first);
    expect(await db.outboxEmail.count({ where: { idempotencyKey: "payment-failed/cs_1" } })).toBe(1);
    expect(log).not.toHaveBeenCalled();
  });

  it("moves an email left pending (stored while Resend was configured) into the outbox on the retry pass", async () => {
    const left = await db.outboxEmail.create({
      data: {
        idempotencyKey: "left-pending/1",
        to: "a@example.com",
        subject: "Reset your password",
        html: "<p>x</p>",
        text: "x",
        template: "password-reset",
        attempts: 1,
        createdAt: new Date(Date.now() - 5 * 60_000),
      },
    });
    vi.spyOn(console, "log").mockImplementation(() => {});
    const report = await retryPendingEmails();
    expect(report.local).toBe(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: left.id } })).toMatchObject({
      status: "local",
      attempts: 2,
    });
  });
});
