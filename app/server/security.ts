import crypto from "node:crypto";

/** A fresh nonce for one response's inline scripts. */
export function createNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/**
 * The security headers every response carries. `formTargets` are the extra origins a form
 * may post or redirect to (Stripe's hosted checkout), since Chrome applies form-action to
 * the redirect that follows a form post.
 */
export function securityHeaders(opts: {
  nonce: string;
  secureOrigin: boolean;
  formTargets: string[];
  /** `npm run dev`'s reload server, which the browser reaches over a WebSocket. */
  devServerOrigin?: string;
}) {
  const devServer = opts.devServerOrigin
    ? ` ${opts.devServerOrigin} ${opts.devServerOrigin.replace(/^http/, "ws")}`
    : "";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'`,
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
  return headers;
}
