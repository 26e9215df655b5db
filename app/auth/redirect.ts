/**
 * A path on this site to send someone back to after signing in, or the fallback.
 * Refuses absolute URLs, protocol-relative "//evil" and backslash tricks that browsers
 * treat as another host, also when they only appear once the path is normalised
 * ("/.//evil", "/%2e//evil", "/a/..//evil" all become "//evil"): the result is checked,
 * not only the input.
 */
export function safeRedirectPath(value: unknown, fallback = "/toolkit"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!isSameSitePath(value) || value.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://same.invalid");
    if (url.origin !== "http://same.invalid") return fallback;
    const path = url.pathname + url.search + url.hash;
    return isSameSitePath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

/** One leading slash: "//host" and "/\\host" name another host to a browser. */
function isSameSitePath(path: string): boolean {
  return path.startsWith("/") && path[1] !== "/" && path[1] !== "\\";
}
