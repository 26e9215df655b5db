import { config } from "~/config.server";

// The app's own cookies (the session, the pending sign-up) share their attributes: the
// whole site, HttpOnly, SameSite=Lax (not Strict: the return from Stripe's hosted checkout
// is a cross-site navigation), and on a secure origin Secure with the __Host- prefix,
// which makes the browser insist on Secure, Path=/ and no Domain.

export function appCookieName(base: string): string {
  return config().secureOrigin ? `__Host-${base}` : base;
}

/** A Set-Cookie value; `maxAgeMs` 0 clears the cookie. */
export function appCookie(base: string, value: string, maxAgeMs: number): string {
  const parts = [
    `${appCookieName(base)}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.floor(maxAgeMs / 1000)}`,
  ];
  if (config().secureOrigin) parts.push("Secure");
  return parts.join("; ");
}

/** The cookie's value as the browser sent it (possibly ""), or null when it sent none. */
export function readAppCookie(request: Request, base: string): string | null {
  const name = appCookieName(base);
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return null;
}
