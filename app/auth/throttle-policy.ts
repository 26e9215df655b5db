// The throttle's rules, pure: how many failures are free, how the delay grows, and how a
// wait reads in a message. The counters themselves are in throttle.server.ts.

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

/** "2 minutes" for a retry message. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
