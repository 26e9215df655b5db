import crypto from "node:crypto";

const NONCE_BYTES = 16;
/** Random bytes drawn in blocks: one call to the system's generator per 256 nonces, not per response. */
let noncePool = Buffer.alloc(0);
let noncePoolAt = 0;

/** A fresh nonce for one response's inline scripts (16 random bytes; each byte used once). */
export function createNonce(): string {
  if (noncePoolAt + NONCE_BYTES > noncePool.length) {
    noncePool = crypto.randomBytes(NONCE_BYTES * 256);
    noncePoolAt = 0;
  }
  noncePoolAt += NONCE_BYTES;
  return noncePool.toString("base64", noncePoolAt - NONCE_BYTES, noncePoolAt);
}

/** The length of every nonce createNonce makes (base64 of 16 bytes). */
export const NONCE_LENGTH = 24;

/**
 * The security headers every response carries. `formTargets` are the extra origins a form
 * may post or redirect to (Stripe's hosted checkout), since Chrome applies form-action to
 * the redirect that follows a form post.
 */
export function securityHeaders(opts: SecurityHeaderOptions & { nonce: string }): Record<string, string> {
  return securityHeaderTemplate(opts).withNonce(opts.nonce);
}

export interface SecurityHeaderOptions {
  secureOrigin: boolean;
  formTargets: string[];
  /** `npm run dev`'s reload server, which the browser reaches over a WebSocket. */
  devServerOrigin?: string;
}

/** The nonce's place in the policy, filled in per response. */
const NONCE_SLOT = "\u0000nonce\u0000";

/**
 * The security headers, composed once: per response only the policy's nonce changes.
 * `withNonce` gives them as a record, `rawWithNonce` as Node's flat [name, value, …] list.
 */
export function securityHeaderTemplate(opts: SecurityHeaderOptions) {
  const devServer = opts.devServerOrigin
    ? ` ${opts.devServerOrigin} ${opts.devServerOrigin.replace(/^http/, "ws")}`
    : "";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${NONCE_SLOT}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${devServer}`,
    `form-action 'self' ${opts.formTargets.join(" ")}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ];
  if (opts.secureOrigin) csp.push("upgrade-insecure-requests");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp.join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
  if (opts.secureOrigin) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  const [before, after] = headers["Content-Security-Policy"]!.split(NONCE_SLOT) as [string, string];
  const raw = Object.entries(headers).flat();
  const cspAt = raw.indexOf("Content-Security-Policy") + 1;
  return {
    withNonce(nonce: string): Record<string, string> {
      return { ...headers, "Content-Security-Policy": before + nonce + after };
    },
    rawWithNonce(nonce: string): string[] {
      const list = raw.slice();
      list[cspAt] = before + nonce + after;
      return list;
    },
  };
}
