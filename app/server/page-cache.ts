import type { NextFunction, Request, Response } from "express";

// Rendered HTML of public pages (role comparisons, salary pages) is the same for every
// signed-out visitor but costs a full React render. Keep it for a few minutes in memory;
// only the per-response CSP nonce differs, and it is swapped in on the way out.

interface CachedPage {
  /** The page's bytes split around its CSP nonce, so a hit only joins buffers. */
  parts: Buffer[];
  headers: Record<string, string>;
  expires: number;
}

function splitAround(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

const KEPT_HEADERS = ["content-type", "cache-control", "vary", "link"];

export interface PageCacheOptions {
  /** Paths whose signed-out GETs are cached. */
  paths: RegExp;
  ttlMs: number;
  maxEntries: number;
  /** True when the request carries a session, so the page may be personal. */
  isSignedIn: (req: Request) => boolean;
  /** What else makes signed-out pages differ between visitors (kept apart in the cache). */
  variant?: (req: Request) => string;
}

export function publicPageCache(opts: PageCacheOptions) {
  const pages = new Map<string, CachedPage>();

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || !opts.paths.test(req.path) || opts.isSignedIn(req)) return next();
    const nonce = res.locals.cspNonce as string;
    const key = `${opts.variant?.(req) ?? ""} ${req.originalUrl}`;
    const hit = pages.get(key);
    if (hit && hit.expires > Date.now()) {
      const fresh = Buffer.from(`nonce="${nonce}"`);
      const body = Buffer.concat(hit.parts.flatMap((part, i) => (i === 0 ? [part] : [fresh, part])));
      // Sent as bytes, without res.send's ETag: the nonce makes every response differ anyway.
      res.status(200).set(hit.headers).set("X-Page-Cache", "hit").set("Content-Length", String(body.length));
      res.end(body);
      return;
    }
    if (hit) pages.delete(key);

    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as Buffer));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk as Buffer));
      const cacheControl = String(res.getHeader("cache-control") ?? "");
      if (res.statusCode === 200 && cacheControl.includes("public") && !res.getHeader("set-cookie")) {
        if (pages.size >= opts.maxEntries) pages.delete(pages.keys().next().value!);
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        const parts = splitAround(Buffer.concat(chunks), Buffer.from(`nonce="${nonce}"`));
        pages.set(key, { parts, headers, expires: Date.now() + opts.ttlMs });
      }
      return (end as (...a: unknown[]) => Response)(chunk, ...rest);
    }) as typeof res.end;
    res.set("X-Page-Cache", "miss");
    next();
  };
}
