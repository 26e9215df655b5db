/** Paths that take cross-site POSTs because they authenticate them another way. */
const EXEMPT_PATHS = new Set(["/webhooks/stripe"]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for every state-changing request: refuse when the browser says the request
 * comes from another site. Browsers send `Origin` on every cross-origin POST and
 * `Sec-Fetch-Site` on all requests; either one naming another site is enough to refuse.
 */
export function isCrossSiteWrite(req: {
  method: string;
  path: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The configured origin, and the origin this request was addressed to (its Host). */
  allowedOrigins: string[];
}): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  if (EXEMPT_PATHS.has(req.path)) return false;
  if (req.secFetchSite === "cross-site") return true;
  if (req.origin === undefined) return false;
  return !req.allowedOrigins.includes(req.origin);
}
