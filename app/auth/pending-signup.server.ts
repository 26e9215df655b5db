import { appCookie, readAppCookie } from "./cookies.server";

// After a sign-up the browser holds the address it signed up with, whether or not that
// address already had an account: the same cookie, with the same attributes, either way,
// so the answer to a sign-up tells nothing about who has an account. The verify page
// reads it to ask for the emailed code; a right code signs the new account in. It carries
// no authority of its own: without the code from that inbox it opens nothing.

export const PENDING_SIGNUP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The Set-Cookie value naming the (normalised) address a sign-up was for. */
export function pendingSignupCookie(email: string): string {
  return appCookie("signup", encodeURIComponent(email), PENDING_SIGNUP_MAX_AGE_MS);
}

export function clearedPendingSignupCookie(): string {
  return appCookie("signup", "", 0);
}

/** The address of the browser's pending sign-up, or null. */
export function readPendingSignup(request: Request): string | null {
  const value = readAppCookie(request, "signup");
  if (value === null) return null;
  try {
    const email = decodeURIComponent(value);
    return email.length > 0 && email.length <= 254 ? email : null;
  } catch {
    return null;
  }
}
