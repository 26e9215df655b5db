import { db } from "~/db.server";
import { secondsUntil } from "~/http/retry-after";
import { delayAfter, type ThrottleCheck, type ThrottlePolicy } from "./throttle-policy";

// Failure counters with growing delays, stored in the database so that every app server
// sees the same counts. A key names what is limited and for whom, e.g. "login:ip:1.2.3.4".

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
