import type { HeadersFunction } from "@remix-run/node";

/**
 * Lets the headers a loader or action gave with `data()` (Retry-After, Referrer-Policy,
 * Cache-Control) reach the HTML response of a document request.
 */
export const forwardDataHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const merged = new Headers(loaderHeaders);
  actionHeaders.forEach((value, key) => merged.set(key, value));
  merged.delete("set-cookie");
  return merged;
};
