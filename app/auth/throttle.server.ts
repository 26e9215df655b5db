import { db, type Db } from "~/db.server";
import { secondsUntil } from "~/http/retry-after";
import { delayAfter, type ThrottleCheck, type ThrottlePolicy } from "./throttle-policy";

// Failure counters with growing delays, stored in the database so that every app server
// sees the same counts. A key names what is limited and for whom, e.g. "login:ip:1.2.3.4".
// Attempts are counted before the work they limit (takeAttempts), so that concurrent
// requests cannot all pass one check.

/** Whether any of the keys is locked now. Reads only: a cheap early answer before the work
 *  that `takeAttempts` then reserves atomically. */
export async function checkThrottle(keys: string[], now = new Date()): Promise<ThrottleCheck> {
  const rows = await db.throttle.findMany({ where: { key: { in: keys } } });
  let until = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil.getTime() > until) until = row.lockedUntil.getTime();
  }
  if (until <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterSeconds: secondsUntil(until, now) };
}

/**
 * Reserves one attempt on a key, before the work it limits (a password check, an email):
 * counting first, in single statements, is what makes 40 concurrent attempts take 40
 * distinct counts instead of all reading the same one. Each step is one statement that
 * is atomic on SQLite and on PostgreSQL (an upsert with an increment; an update whose
 * condition is re-checked under the row lock), so no read-then-write race is left.
 */
async function takeAttempt(key: string, policy: ThrottlePolicy, now: Date): Promise<ThrottleCheck> {
  // Attempts older than the window are forgotten with the row.
  await db.throttle.deleteMany({ where: { key, updatedAt: { lt: new Date(now.getTime() - policy.windowMs) } } });
  const counted = await upsertIncrement(key);
  if (counted.failures <= policy.free) return { allowed: true };
  // Past the free attempts, one attempt at a time may go, once the last delay is over; it
  // sets the next delay in the same statement, so of concurrent attempts only one wins.
  const lockedUntil = new Date(now.getTime() + delayAfter(counted.failures, policy));
  const won = await db.throttle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil },
  });
  if (won.count === 1) return { allowed: true };
  // Refused attempts do not count: the delay grows with attempts that were checked.
  await releaseAttempt(key);
  const row = await db.throttle.findUnique({ where: { key } });
  const until = row?.lockedUntil?.getTime() ?? now.getTime() + 1000;
  return { allowed: false, retryAfterSeconds: secondsUntil(Math.max(until, now.getTime() + 1000), now) };
}

async function upsertIncrement(key: string) {
  const upsert = () =>
    db.throttle.upsert({ where: { key }, create: { key, failures: 1 }, update: { failures: { increment: 1 } } });
  try {
    return await upsert();
  } catch (error) {
    // Two first attempts at once: one insert wins, the other (where the upsert is not
    // one native statement) fails on the key and now finds the row to increment.
    if ((error as { code?: string }).code !== "P2002") throw error;
    return upsert();
  }
}

/**
 * Reserves one attempt on every key, or on none: when one key refuses, the attempts
 * already taken on the others are given back. Use before the work; give an attempt back
 * with `releaseAttempt` (or `clearThrottle`) when it turns out not to count.
 */
export async function takeAttempts(
  entries: [key: string, policy: ThrottlePolicy][],
  now = new Date(),
): Promise<ThrottleCheck> {
  const taken: string[] = [];
  for (const [key, policy] of entries) {
    const check = await takeAttempt(key, policy, now);
    if (!check.allowed) {
      for (const done of taken) await releaseAttempt(done);
      return check;
    }
    taken.push(key);
  }
  return { allowed: true };
}

export type DailyUse = { allowed: true; key: string } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one of `limit` uses of something per UTC day (a user's resume scans), in one
 * atomic statement like takeAttempt: concurrent requests get distinct counts. Over the
 * limit the use is given back and refused until the next UTC day. Give a use back with
 * `releaseAttempt(key)` when the work did not happen.
 */
export async function takeDailyUse(scope: string, limit: number, now = new Date()): Promise<DailyUse> {
  const key = `${scope}:${now.toISOString().slice(0, 10)}`;
  // Earlier days' counts are done with.
  await db.throttle.deleteMany({
    where: { key: { startsWith: `${scope}:`, not: key }, updatedAt: { lt: new Date(now.getTime() - 86_400_000) } },
  });
  const counted = await upsertIncrement(key);
  if (counted.failures <= limit) return { allowed: true, key };
  await releaseAttempt(key);
  const nextDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return { allowed: false, retryAfterSeconds: secondsUntil(nextDay, now) };
}

/** Gives back an attempt taken by `takeAttempts` (a success that should not count). */
export async function releaseAttempt(key: string): Promise<void> {
  await db.throttle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

export async function clearThrottle(keys: string[]): Promise<void> {
  await db.throttle.deleteMany({ where: { key: { in: keys } } });
}

/**
 * Inside a transaction: waits for the turn on each of `keys`, then holds it until the
 * transaction ends, so transactions that count something and then add to it take turns
 * instead of all counting the same total. A turn is this table's row for the key, written
 * in `tx`: on PostgreSQL a row lock that a concurrent writer of the row waits for (SQLite's
 * one writer goes first anyway). What the holder counts next includes every row the
 * previous holder committed, also at READ COMMITTED, where each statement reads what was
 * committed when it started. Take keys in one fixed order everywhere, so that two
 * transactions never each wait for a turn the other holds.
 */
export async function takeTurns(tx: Pick<Db, "throttle">, keys: string[]): Promise<void> {
  for (const key of keys) {
    // One statement (INSERT … ON CONFLICT DO UPDATE) that locks the row, new or not.
    await tx.throttle.upsert({ where: { key }, create: { key }, update: { failures: 0 } });
  }
}
