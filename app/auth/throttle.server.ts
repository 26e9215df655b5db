import { db } from "~/db.server";
import { secondsUntil } from "~/http/retry-after";

// Failure counters with growing delays, stored in the database so that every app server
// sees the same counts. A key names what is limited and for whom, e.g. "login:ip:1.2.3.4".

export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  free: number;
  /** First delay; it doubles with every further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

export const POLICIES = {
  loginAccount: { free: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 },
  loginIp: { free: 20, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 },
  signupIp: { free: 10, baseDelayMs: 60_000, maxDelayMs: 60 * 60_000, windowMs: 60 * 60_000 },
  verifyCode: { free: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 },
  verifyResend: { free: 0, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000, windowMs: 60 * 60_000 },
  resetAccount: { free: 3, baseDelayMs: 60_000, maxDelayMs: 30 * 60_000, windowMs: 60 * 60_000 },
  resetIp: { free: 10, baseDelayMs: 60_000, maxDelayMs: 30 * 60_000, windowMs: 60 * 60_000 },
  // Uses, not failures: a few contact messages an hour, then growing waits.
  contactIp: { free: 5, baseDelayMs: 10 * 60_000, maxDelayMs: 60 * 60_000, windowMs: 60 * 60_000 },
  contactEmail: { free: 3, baseDelayMs: 10 * 60_000, maxDelayMs: 60 * 60_000, windowMs: 60 * 60_000 },
} satisfies Record<string, ThrottlePolicy>;

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Pure: the delay after `failures` failures under a policy. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.baseDelayMs * 2 ** (failures - policy.free - 1), policy.maxDelayMs);
}

export async function checkThrottle(keys: string[], now = new Date()): Promise<ThrottleCheck> {
  const rows = await db.throttle.findMany({ where: { key: { in: keys } } });
  let until = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil.getTime() > until) until = row.lockedUntil.getTime();
  }
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterSeconds: secondsUntil(until, now) };
}

/** Counts a failure (or a use, for rate limits) and sets the next allowed time. */
export async function recordFailure(key: string, policy: ThrottlePolicy, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.throttle.findUnique({ where: { key } });
    const stale = !row || now.getTime() - row.updatedAt.getTime() > policy.windowMs;
    const failures = (stale ? 0 : row.failures) + 1;
    const delay = delayAfter(failures, policy);
    const lockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    await tx.throttle.upsert({
      where: { key },
      create: { key, failures, lockedUntil },
      update: { failures, lockedUntil },
    });
  });
}

export async function clearThrottle(keys: string[]): Promise<void> {
  await db.throttle.deleteMany({ where: { key: { in: keys } } });
}

/** "2 minutes" for a retry message. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
