import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeResend, startFakeResend } from "../../support/fake-resend";

// Resend mode against the fake Resend server, through the real SDK. The modules are
// imported after the fake starts, since the config is read once, on first import.
let fake: FakeResend;
let db: typeof import("~/db.server").db;
let sendEmail: typeof import("~/email/send.server").sendEmail;
let queue: typeof import("~/email/queue.server");

beforeAll(async () => {
  fake = await startFakeResend();
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", fake.url);
  vi.stubEnv("EMAIL_FROM", "Career Recovery Toolkit <hello@careers.example.com>");
  ({ db } = await import("~/db.server"));
  ({ sendEmail } = await import("~/email/send.server"));
  queue = await import("~/email/queue.server");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
});

beforeEach(async () => {
  // Each test starts with an empty queue, so retry passes touch only its own emails.
  await db.outboxEmail.deleteMany();
  vi.restoreAllMocks();
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});

const SECONDS = 1000;

function resetEmail(key: string) {
  return sendEmail({
    to: "sam@example.com",
    template: "password-reset",
    props: { resetUrl: "http://localhost:3000/reset-password?token=tok_reset_secret", expiresInMinutes: 60 },
    idempotencyKey: key,
  });
}

function receivedWithKey(key: string) {
  return fake.emails.filter((email) => email.idempotencyKey === key);
}

describe("email through Resend", () => {
  it("sends from, to, subject and both parts with the API key and the idempotency key, and records the provider id", async () => {
    const result = await resetEmail("reset/sent-1");
    expect(result.status).toBe("sent");
    const [received] = receivedWithKey("reset/sent-1");
    expect(received).toMatchObject({
      apiKey: "re_test_key",
      from: "Career Recovery Toolkit <hello@careers.example.com>",
      to: ["sam@example.com"],
      subject: "Reset your password",
    });
    expect(received.html).toContain('href="http://localhost:3000/reset-password?token=tok_reset_secret"');
    expect(received.text).toContain("http://localhost:3000/reset-password?token=tok_reset_secret");
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({ status: "sent", providerId: received.id, attempts: 1, lastError: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
  });

  it("queues the email when Resend fails with a 500, without throwing, and the retry pass sends it once when due", async () => {
    fake.failNext(1, 500);
    const result = await resetEmail("reset/outage-1");
    expect(result.status).toBe("queued");
    expect(receivedWithKey("reset/outage-1")).toHaveLength(0);
    const queued = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(queued).toMatchObject({ status: "pending", attempts: 1 });
    expect(queued.lastError).toMatch(/internal_server_error \(500\)/);

    const requestsBefore = fake.requestCount();
    await queue.retryPendingEmails({ now: new Date(queued.createdAt.getTime() + 10 * SECONDS) });
    expect(fake.requestCount()).toBe(requestsBefore);

    const later = new Date(queued.createdAt.getTime() + 31 * SECONDS);
    const report = await queue.retryPendingEmails({ now: later });
    expect(report.sent).toBe(1);
    await queue.retryPendingEmails({ now: new Date(later.getTime() + 3600 * SECONDS) });
    expect(receivedWithKey("reset/outage-1")).toHaveLength(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      lastError: null,
    });
  });

  it("queues the email when Resend rate-limits it (429)", async () => {
    fake.failNext(1, 429);
    const result = await resetEmail("reset/rate-limited-1");
    expect(result.status).toBe("queued");
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.lastError).toMatch(/rate_limit_exceeded \(429\)/);
  });

  it("queues the email when the connection to Resend drops without an answer", async () => {
    fake.failNext(1, "disconnect");
    const result = await resetEmail("reset/disconnected-1");
    expect(result.status).toBe("queued");
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({ status: "pending", attempts: 1 });
    expect(stored.lastError).toMatch(/^application_error: Unable to fetch data/);
  });

  it("logs a failure without the subject, body, link or full address", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    fake.failNext(1, 500);
    await resetEmail("reset/logged-1");
    const lines = error.mock.calls.map((args) => args.join(" "));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^email password-reset to s\*\*\*@example\.com not sent \(attempt 1 of 8, internal_server_error \(500\)\); will retry$/,
    );
  });

  it("marks an email failed once it runs out of attempts", async () => {
    fake.failNext(3, 500);
    const result = await resetEmail("reset/exhausted-1");
    const farLater = new Date(Date.now() + 24 * 3600 * SECONDS);
    await queue.retryPendingEmails({ now: farLater, maxAttempts: 3 });
    await queue.retryPendingEmails({ now: farLater, maxAttempts: 3 });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      status: "failed",
      attempts: 3,
    });
    const requests = fake.requestCount();
    await queue.retryPendingEmails({ now: farLater, maxAttempts: 3 });
    expect(fake.requestCount()).toBe(requests);
    expect(receivedWithKey("reset/exhausted-1")).toHaveLength(0);
  });

  it("fails at once, without retrying, when Resend refuses the request as invalid (422)", async () => {
    fake.failNext(1, 422);
    const result = await resetEmail("reset/invalid-1");
    expect(result.status).toBe("failed");
    const requests = fake.requestCount();
    await queue.retryPendingEmails({ now: new Date(Date.now() + 3600 * SECONDS) });
    expect(fake.requestCount()).toBe(requests);
  });

  it("marks failed an email whose last attempt was claimed but never recorded", async () => {
    const stuck = await db.outboxEmail.create({
      data: {
        idempotencyKey: "reset/stuck-1",
        to: "sam@example.com",
        subject: "Reset your password",
        html: "<p>x</p>",
        text: "x",
        template: "password-reset",
        attempts: 8,
        createdAt: new Date(Date.now() - 3 * 3600 * SECONDS),
      },
    });
    const report = await queue.retryPendingEmails();
    expect(report.failed).toBeGreaterThanOrEqual(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: "failed" });
  });

  it("sends one receipt when two code paths send it for the same checkout session at once", async () => {
    const receipt = () =>
      sendEmail({
        to: "buyer@example.com",
        template: "purchase-receipt",
        props: {
          orderId: "cmorder1",
          item: "Career Recovery Toolkit: lifetime access",
          amountCents: 4900,
          currency: "usd",
          paidAt: new Date("2026-11-29T14:05:00Z"),
          refundDeadline: new Date("2026-12-13T14:05:00Z"),
          simulated: false,
          toolkitUrl: "http://localhost:3000/toolkit",
          purchaseUrl: "http://localhost:3000/account/purchases/cmorder1",
          receiptUrl: null,
        },
        idempotencyKey: "receipt/cs_test_race",
      });
    const [fromWebhook, fromSuccessPage] = await Promise.all([receipt(), receipt()]);
    expect(fromWebhook.id).toBe(fromSuccessPage.id);
    await receipt();
    expect(receivedWithKey("receipt/cs_test_race")).toHaveLength(1);
    expect(await db.outboxEmail.count({ where: { idempotencyKey: "receipt/cs_test_race" } })).toBe(1);
  });

  it("after a successful send, also sends older queued emails that are due", async () => {
    fake.failNext(1, 500);
    const queued = await resetEmail("reset/backlog-1");
    await db.outboxEmail.update({
      where: { id: queued.id },
      data: { createdAt: new Date(Date.now() - 60 * SECONDS) },
    });
    expect((await resetEmail("reset/backlog-2")).status).toBe("sent");
    await vi.waitFor(async () => {
      const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
      expect(stored.status).toBe("sent");
    });
    expect(receivedWithKey("reset/backlog-1")).toHaveLength(1);
  });

  it("the retry loop sends due emails until it is stopped", async () => {
    fake.failNext(1, 500);
    const queued = await resetEmail("reset/loop-1");
    await db.outboxEmail.update({
      where: { id: queued.id },
      data: { createdAt: new Date(Date.now() - 60 * SECONDS) },
    });
    const stop = queue.startEmailRetryLoop({ intervalMs: 20 });
    try {
      await vi.waitFor(() => expect(receivedWithKey("reset/loop-1")).toHaveLength(1));
    } finally {
      stop();
    }
    fake.failNext(1, 500);
    const afterStop = await resetEmail("reset/loop-2");
    await db.outboxEmail.update({
      where: { id: afterStop.id },
      data: { createdAt: new Date(Date.now() - 60 * SECONDS) },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receivedWithKey("reset/loop-2")).toHaveLength(0);
  });
});
