import { config } from "~/config.server";

// After a sign-up the browser holds the address it signed up with, whether or not that
// address already had an account: the same cookie, with the same attributes, either way,
// so the answer to a sign-up tells nothing about who has an account. The verify page
// reads it to ask for the emailed code; a right code signs the new account in. It carries
// no authority of its own: without the code from that inbox it opens nothing.

export const PENDING_SIGNUP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function cookieName(): string {
  return config().secureOrigin ? "__Host-signup" : "signup";
}

function cookie(value: string, maxAgeMs: number): string {
  const parts = [
    `${cookieName()}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.floor(maxAgeMs / 1000)}`,
  ];
  if (config().secureOrigin) parts.push("Secure");
  return parts.join("; ");
}

/** The Set-Cookie value naming the (normalised) address a sign-up was for. */
export function pendingSignupCookie(email: string): string {
  return cookie(encodeURIComponent(email), PENDING_SIGNUP_MAX_AGE_MS);
}

export function clearedPendingSignupCookie(): string {
  return cookie("", 0);
}

/** The address of the browser's pending sign-up, or null. */
export function readPendingSignup(request: Request): string | null {
  const name = cookieName();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      const email = decodeURIComponent(rest.join("="));
      return email.length > 0 && email.length <= 254 ? email : null;
    } catch {
      return null;
    }
  }
  return null;
}
