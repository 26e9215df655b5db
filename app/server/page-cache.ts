import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";

// Rendered HTML of public pages (role comparisons, salary pages) is the same for every
// signed-out visitor but costs a full React render. Keep it for a few minutes in memory,
// bounded in bytes, and serve it before anything else (by the HTTP server, ahead of
// Express, when the visitor's address needs no proxy header to know): a hit writes
// headers composed when the page was stored and the stored bytes as they are; only the
// per-response CSP nonce differs, written between them. No ETag and no precompressed copy:
// the nonce makes every response's bytes differ, so neither could be reused.

interface CachedPage {
  /** The page's bytes split around its CSP nonce (views of one buffer: a hit copies nothing). */
  parts: Buffer[];
  /** The page's own headers, ready for writeHead (the security headers come per response). */
  rawHeaders: string[];
  bytes: number;
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
  /** Upper bound on the stored pages' bytes; the least recently served go first. */
  maxBytes: number;
  /** True when the request's Cookie header carries a session, so the page may be personal. */
  isSignedIn: (cookie: string | undefined) => boolean;
  /** What else makes signed-out pages differ between visitors, by their address (kept apart in the cache). */
  variant?: (clientIp: string) => string;
  /** A fresh nonce, and the security headers every response carries with it. */
  createNonce: () => string;
  securityHeaders: (nonce: string) => string[];
  /** Every nonce's length (a fixed-length nonce lets a stored page know its Content-Length). */
  nonceLength: number;
}

/** A GET with a body is left to the checks that follow (which refuse one over the limit). */
function hasBody(headers: IncomingHttpHeaders): boolean {
  return headers["transfer-encoding"] !== undefined || (headers["content-length"] ?? "0") !== "0";
}

export function publicPageCache(opts: PageCacheOptions) {
  const pages = new Map<string, CachedPage>();
  /** Pages being rendered now: a request for one waits for it rather than rendering it again. */
  const rendering = new Map<string, Promise<void>>();
  let storedBytes = 0;

  const forget = (key: string) => {
    const page = pages.get(key);
    if (!page) return;
    pages.delete(key);
    storedBytes -= page.bytes;
  };

  const store = (key: string, page: CachedPage) => {
    forget(key);
    if (page.bytes > opts.maxBytes) return;
    pages.set(key, page);
    storedBytes += page.bytes;
    // Map order is insertion order, and a hit re-inserts: the first key is the least recently served.
    while (storedBytes > opts.maxBytes || pages.size > opts.maxEntries) forget(pages.keys().next().value!);
  };

  /** Answers from the cache; false when the page is not there (or has expired). */
  const serve = (key: string, res: ServerResponse): boolean => {
    const hit = pages.get(key);
    if (!hit) return false;
    if (hit.expires <= Date.now()) {
      forget(key);
      return false;
    }
    pages.delete(key);
    pages.set(key, hit);
    const nonce = opts.createNonce();
    const fresh = Buffer.from(`nonce="${nonce}"`, "latin1");
    res.writeHead(200, [...opts.securityHeaders(nonce), ...hit.rawHeaders]);
    // One write to the socket for all the pieces.
    res.cork();
    for (let i = 0; i < hit.parts.length - 1; i++) {
      res.write(hit.parts[i]);
      res.write(fresh);
    }
    res.end(hit.parts[hit.parts.length - 1]);
    res.uncork();
    return true;
  };

  const render = (key: string, res: Response, next: NextFunction) => {
    let done!: () => void;
    rendering.set(key, new Promise<void>((resolve) => (done = resolve)));
    res.once("close", () => {
      rendering.delete(key);
      done();
    });
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
      const nonce = res.locals.cspNonce as string | undefined;
      if (
        res.statusCode === 200 &&
        cacheControl.includes("public") &&
        !res.getHeader("set-cookie") &&
        nonce?.length === opts.nonceLength
      ) {
        const body = Buffer.concat(chunks);
        const parts = splitAround(body, Buffer.from(`nonce="${nonce}"`, "latin1"));
        const length = body.length;
        const rawHeaders: string[] = [];
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) rawHeaders.push(name, String(value));
        }
        rawHeaders.push("X-Page-Cache", "hit", "Content-Length", String(length));
        store(key, { parts, rawHeaders, bytes: length, expires: Date.now() + opts.ttlMs });
      }
      return (end as (...a: unknown[]) => Response)(chunk, ...rest);
    }) as typeof res.end;
    res.set("X-Page-Cache", "miss");
    next();
  };

  /** The cache key of a request whose page may come from the cache, or null. */
  const keyOf = (req: IncomingMessage, clientIp: string): string | null => {
    const url = req.url ?? "";
    if (req.method !== "GET" || hasBody(req.headers) || opts.isSignedIn(req.headers.cookie)) return null;
    const query = url.indexOf("?");
    if (!opts.paths.test(query === -1 ? url : url.slice(0, query))) return null;
    return `${opts.variant?.(clientIp) ?? ""} ${url}`;
  };

  return {
    /** In the Express chain: serves hits, and stores what the rest of the chain renders. */
    middleware(req: Request, res: Response, next: NextFunction) {
      const key = keyOf(req, req.ip ?? req.socket.remoteAddress ?? "");
      if (key === null) return next();
      if (serve(key, res)) return;
      const inFlight = rendering.get(key);
      if (!inFlight) return render(key, res, next);
      void inFlight.then(() => {
        if (!serve(key, res)) next();
      });
    },
    /** Ahead of Express: answers a stored page; false leaves the request to Express. */
    serveStored(req: IncomingMessage, res: ServerResponse, clientIp: string): boolean {
      const key = keyOf(req, clientIp);
      return key !== null && serve(key, res);
    },
  };
}
