import { describe, expect, it } from "vitest";
import { maskAddress } from "~/email/mask-address";
import { DEFAULT_MAX_ATTEMPTS, dueIfCreatedBy, nextAttemptAt } from "~/email/retry-schedule";
import { splitTextLinks } from "~/email/text-links";
import { isRetryable } from "~/email/transport.server";

describe("maskAddress", () => {
  it("keeps the first letter and the domain only", () => {
    expect(maskAddress("jane.doe@example.com")).toBe("j***@example.com");
  });

  it("hides a malformed address entirely", () => {
    expect(maskAddress("not-an-address")).toBe("***");
    expect(maskAddress("@example.com")).toBe("***");
  });
});

describe("retry schedule", () => {
  const created = new Date("2026-01-01T00:00:00Z");

  it("tries at once, then after waits that double", () => {
    const waits = [0, 1, 2, 3].map((n) => (nextAttemptAt(created, n).getTime() - created.getTime()) / 1000);
    expect(waits).toEqual([0, 30, 90, 210]);
  });

  it("gives up about an hour after the email was made", () => {
    const lastAttempt = nextAttemptAt(created, DEFAULT_MAX_ATTEMPTS - 1).getTime() - created.getTime();
    expect(lastAttempt).toBeGreaterThan(50 * 60_000);
    expect(lastAttempt).toBeLessThan(90 * 60_000);
  });

  it("an email is due exactly when it was created by the cut-off", () => {
    const now = nextAttemptAt(created, 2);
    expect(dueIfCreatedBy(now, 2)).toEqual(created);
    expect(dueIfCreatedBy(new Date(now.getTime() - 1), 2).getTime()).toBeLessThan(created.getTime());
  });
});

describe("splitTextLinks", () => {
  it("turns web addresses into links and leaves the rest as text", () => {
    expect(splitTextLinks("Open https://a.example/verify?token=x1 now")).toEqual([
      { text: "Open " },
      { text: "https://a.example/verify?token=x1", href: "https://a.example/verify?token=x1" },
      { text: " now" },
    ]);
  });

  it("does not swallow the full stop that ends a sentence", () => {
    expect(splitTextLinks("Go to http://localhost:3000/pricing.")).toEqual([
      { text: "Go to " },
      { text: "http://localhost:3000/pricing", href: "http://localhost:3000/pricing" },
      { text: "." },
    ]);
  });

  it("returns plain text unchanged", () => {
    expect(splitTextLinks("Your code: 123456")).toEqual([{ text: "Your code: 123456" }]);
  });
});

describe("isRetryable", () => {
  it("retries network failures, rate limits, outages and key problems", () => {
    expect(isRetryable({ statusCode: null, name: "application_error" })).toBe(true);
    expect(isRetryable({ statusCode: 429, name: "rate_limit_exceeded" })).toBe(true);
    expect(isRetryable({ statusCode: 500, name: "internal_server_error" })).toBe(true);
    expect(isRetryable({ statusCode: 403, name: "invalid_api_key" })).toBe(true);
    expect(isRetryable({ statusCode: 409, name: "concurrent_idempotent_requests" })).toBe(true);
  });

  it("does not retry a request Resend refused as malformed", () => {
    expect(isRetryable({ statusCode: 422, name: "validation_error" })).toBe(false);
    expect(isRetryable({ statusCode: 400, name: "invalid_idempotency_key" })).toBe(false);
    expect(isRetryable({ statusCode: 409, name: "invalid_idempotent_request" })).toBe(false);
  });
});
