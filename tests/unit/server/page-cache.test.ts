// The public page cache's bounds, on an in-process Express app whose pages are made to
// measure: stored pages never exceed the byte budget, the least recently served go first,
// and an expired page is rendered again.
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { publicPageCache } from "~/server/page-cache";

const NONCE_LENGTH = 8;
let nonces = 0;
const nextNonce = () => String(++nonces).padStart(NONCE_LENGTH, "0");

let close: (() => void) | undefined;
afterEach(() => close?.());

/** An app whose /p/<kB> pages are that many kB of text around one nonce, and that counts renders. */
async function appWithCache(opts: { maxBytes: number; ttlMs?: number }) {
  const renders: string[] = [];
  const app = express();
  app.use(
    publicPageCache({
      paths: /^\/p\//,
      ttlMs: opts.ttlMs ?? 60_000,
      maxEntries: 100,
      maxBytes: opts.maxBytes,
      isSignedIn: () => false,
      createNonce: nextNonce,
      securityHeaders: (nonce) => ["Content-Security-Policy", `script-src 'nonce-${nonce}'`],
      nonceLength: NONCE_LENGTH,
    }).middleware,
  );
  app.use((_req, res, next) => {
    res.locals.cspNonce = nextNonce();
    next();
  });
  app.get("/p/:kb", (req, res) => {
    renders.push(req.path);
    const filler = "x".repeat(Number(req.params.kb) * 1024);
    res.set("Cache-Control", "public, max-age=60");
    res.type("html").send(`<p>${filler}</p><script nonce="${res.locals.cspNonce as string}"></script>`);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  close = () => server.close();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const res = await fetch(base + path);
    const body = await res.text();
    return { cache: res.headers.get("x-page-cache"), body, csp: res.headers.get("content-security-policy") };
  };
  return { get, renders };
}

describe("public page cache bounds", () => {
  it("keeps the stored pages within the byte budget, dropping the least recently served", async () => {
    const { get, renders } = await appWithCache({ maxBytes: 100 * 1024 });
    await get("/p/40");
    await get("/p/41");
    expect((await get("/p/40")).cache).toBe("hit"); // now the most recently served
    await get("/p/42"); // 123 kB would not fit: the 41 kB page goes
    expect((await get("/p/40")).cache).toBe("hit");
    expect((await get("/p/42")).cache).toBe("hit");
    expect((await get("/p/41")).cache).toBe("miss");
    expect(renders).toEqual(["/p/40", "/p/41", "/p/42", "/p/41"]);
  });

  it("never stores a page larger than the whole budget", async () => {
    const { get } = await appWithCache({ maxBytes: 10 * 1024 });
    await get("/p/20");
    expect((await get("/p/20")).cache).toBe("miss");
  });

  it("renders an expired page again", async () => {
    const { get } = await appWithCache({ maxBytes: 100 * 1024, ttlMs: 50 });
    await get("/p/1");
    expect((await get("/p/1")).cache).toBe("hit");
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await get("/p/1")).cache).toBe("miss");
  });

  it("puts each hit's own nonce in the page and in its policy", async () => {
    const { get } = await appWithCache({ maxBytes: 100 * 1024 });
    const first = await get("/p/1");
    const hit = await get("/p/1");
    const nonce = /'nonce-([^']+)'/.exec(hit.csp!)![1]!;
    expect(hit.body).toContain(`nonce="${nonce}"`);
    expect(hit.body.replace(nonce, "N")).toBe(first.body.replace(/nonce="[^"]+"/, 'nonce="N"'));
  });
});
