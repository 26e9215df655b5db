import { config } from "~/config.server";
import { db } from "~/db.server";
import type { OutboxEmail } from "~/generated/prisma/client";
import { maskAddress } from "./mask-address";
import { DEFAULT_MAX_ATTEMPTS, RETRY_BASE_MS, dueIfCreatedBy } from "./retry-schedule";
import { deliver } from "./transport.server";

// Delivery of stored emails: the first attempt right after an email is stored, then
// retries on a schedule until it is sent or runs out of attempts. Every step is recorded
// on the OutboxEmail row, so a crash or restart loses nothing.

export type OutboxStatus = "pending" | "sent" | "failed" | "local";

/**
 * Makes one delivery attempt and records its outcome. Returns the email's new status, or
 * null when another process (or app server) claimed this attempt first.
 */
export async function attemptDelivery(
  email: OutboxEmail,
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
): Promise<OutboxStatus | null> {
  // Claiming moves attempts from n to n + 1 for exactly one claimant, so two retry passes
  // never send the same email at once.
  const claimed = await db.outboxEmail.updateMany({
    where: { id: email.id, status: "pending", attempts: email.attempts },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return null;
  const attempt = email.attempts + 1;
  const result = await deliver(email);
  const label = `email ${email.template} to ${maskAddress(email.to)}`;

  if (result.outcome === "local") {
    await db.outboxEmail.update({ where: { id: email.id }, data: { status: "local" } });
    const cfg = config();
    console.log(`${label} (outbox)${cfg.outboxPage === "off" ? "" : ` ${cfg.origin}/dev/outbox/${email.id}`}`);
    return "local";
  }
  if (result.outcome === "sent") {
    await db.outboxEmail.update({
      where: { id: email.id },
      data: { status: "sent", providerId: result.providerId, sentAt: new Date(), lastError: null },
    });
    console.log(`${label} sent (attempt ${attempt})`);
    return "sent";
  }
  const giveUp = !result.retryable || attempt >= maxAttempts;
  const status = giveUp ? "failed" : "pending";
  await db.outboxEmail.update({
    where: { id: email.id },
    data: { status, lastError: `${result.reason}: ${result.detail}` },
  });
  console.error(
    `${label} not sent (attempt ${attempt} of ${maxAttempts}, ${result.reason}); ${giveUp ? "gave up" : "will retry"}`,
  );
  return status;
}

export type RetryReport = Record<OutboxStatus, number>;

/**
 * Tries again every pending email whose wait is over (see retry-schedule.ts), oldest
 * first, and reports the resulting statuses. Emails out of attempts become "failed".
 */
export async function retryPendingEmails({
  now = new Date(),
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
  limit = 50,
}: { now?: Date; maxAttempts?: number; limit?: number } = {}): Promise<RetryReport> {
  const report: RetryReport = { pending: 0, sent: 0, failed: 0, local: 0 };
  // An email whose last attempt was claimed but never recorded (the process stopped
  // mid-send) would otherwise stay pending for ever.
  const exhausted = await db.outboxEmail.updateMany({
    where: { status: "pending", attempts: { gte: maxAttempts }, createdAt: { lte: dueIfCreatedBy(now, maxAttempts) } },
    data: { status: "failed", lastError: "out of attempts" },
  });
  report.failed += exhausted.count;

  const due = await db.outboxEmail.findMany({
    where: {
      status: "pending",
      OR: Array.from({ length: maxAttempts }, (_, attempts) => ({
        attempts,
        createdAt: { lte: dueIfCreatedBy(now, attempts) },
      })),
    },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  for (const email of due) {
    const status = await attemptDelivery(email, maxAttempts);
    if (status) report[status] += 1;
  }
  return report;
}

let backgroundPass: Promise<void> | undefined;

/** Starts a retry pass without waiting for it, unless one is already running in this process. */
export function retryInBackground(): void {
  backgroundPass ??= retryPendingEmails()
    .then(
      () => undefined,
      (error: unknown) => console.error(`email retry pass failed: ${error instanceof Error ? error.message : error}`),
    )
    .finally(() => {
      backgroundPass = undefined;
    });
}

/** Retries pending emails every `intervalMs` for as long as the server runs; returns a stop function. */
export function startEmailRetryLoop({ intervalMs = RETRY_BASE_MS }: { intervalMs?: number } = {}): () => void {
  const timer = setInterval(retryInBackground, intervalMs);
  // The loop alone must not keep the process alive (tests, CLIs, graceful shutdown).
  timer.unref();
  return () => clearInterval(timer);
}
