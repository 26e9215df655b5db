/**
 * A path on this site to send someone back to after signing in, or the fallback.
 * Refuses absolute URLs, protocol-relative "//evil" and backslash tricks that browsers
 * treat as another host.
 */
export function safeRedirectPath(value: unknown, fallback = "/toolkit"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://same.invalid");
    if (url.origin !== "http://same.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
