// The Retry-After header (RFC 9110 §10.2.3) in delay-seconds, for every 429 the app sends:
// throttled sign-ins and codes, and generations over the daily quota.

/** Whole seconds from `now` until `until`, never less than 1 (a client told "0" may retry
 *  at once and be refused again). */
export function secondsUntil(until: Date | number, now: Date | number = Date.now()): number {
  return Math.max(1, Math.ceil((Number(until) - Number(now)) / 1000));
}

/** Response headers asking the client to wait: a number of seconds, or until a moment. */
export function retryAfter(wait: number | Date): { "Retry-After": string } {
  const seconds = wait instanceof Date ? secondsUntil(wait) : Math.max(1, Math.ceil(wait));
  return { "Retry-After": String(seconds) };
}
