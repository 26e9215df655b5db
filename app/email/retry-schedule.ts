// When a pending email is tried again. The waits double (30 s, 1 min, 2 min, 4 min…) and
// are counted from the email's creation, so the schedule needs no extra column: attempt
// n + 1 is due at createdAt + 30 s × (2ⁿ − 1). Eight attempts span about an hour.

export const RETRY_BASE_MS = 30_000;
export const DEFAULT_MAX_ATTEMPTS = 8;

/** When an email that has been tried `attempts` times is due for its next attempt. */
export function nextAttemptAt(createdAt: Date, attempts: number): Date {
  return new Date(createdAt.getTime() + RETRY_BASE_MS * (2 ** attempts - 1));
}

/** The latest creation time at which an email tried `attempts` times is due at `now`. */
export function dueIfCreatedBy(now: Date, attempts: number): Date {
  return new Date(now.getTime() - RETRY_BASE_MS * (2 ** attempts - 1));
}
