import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { stableHtml } from "../../support/http-client";

let server: AppServer;

beforeAll(async () => {
  // Without the request log, stored pages are answered by the HTTP server ahead of Express.
  server = await startAppServer({ LOG_REQUESTS: "0" });
});
afterAll(async () => {
  await server?.stop();
});

const PAGE = "/compare/full-stack-vs-backend-engineer";
const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy")!)![1];

describe("public page cache", () => {
  it("serves a signed-out visitor the cached page with this response's own nonce", async () => {
    const first = await fetch(server.url + PAGE);
    const firstHtml = await first.text();
    const second = await fetch(server.url + PAGE);
    const secondHtml = await second.text();
    expect(first.status).toBe(200);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    expect(secondHtml).toContain(`nonce="${nonceOf(second)}"`);
    expect(secondHtml).not.toContain(`nonce="${nonceOf(first)}"`);
    expect(stableHtml(secondHtml)).toBe(stableHtml(firstHtml));
    expect(second.headers.get("cache-control")).toContain("public");
  });

  it("answers a hit with the security headers of a rendered page and its exact length", async () => {
    const rendered = await fetch(server.url + PAGE + "?headers");
    await rendered.arrayBuffer();
    const hit = await fetch(server.url + PAGE + "?headers");
    const body = Buffer.from(await hit.arrayBuffer());
    expect(hit.headers.get("x-page-cache")).toBe("hit");
    expect(Number(hit.headers.get("content-length"))).toBe(body.length);
    for (const name of [
      "x-content-type-options",
      "referrer-policy",
      "x-frame-options",
      "cross-origin-opener-policy",
      "permissions-policy",
      "content-type",
      "cache-control",
      "vary",
    ]) {
      expect(hit.headers.get(name), name).toBe(rendered.headers.get(name));
    }
    const policy = (res: Response) => res.headers.get("content-security-policy")!.replace(/'nonce-[^']+'/, "");
    expect(policy(hit)).toBe(policy(rendered));
  });

  it("renders a page once for visitors who ask for it at the same time", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(server.url + PAGE + "?together")));
    const kinds = answers.map((res) => res.headers.get("x-page-cache")).sort();
    expect(kinds).toEqual(["hit", "hit", "hit", "hit", "miss"]);
    const nonces = new Set(answers.map(nonceOf));
    expect(nonces.size).toBe(5);
    for (const res of answers) expect(await res.text()).toContain(`nonce="${nonceOf(res)}"`);
  });

  it("serves a stored page through Express too, where the visitor's address comes from a proxy header", async () => {
    const get = (headers: Record<string, string> = {}) => fetch(server.url + PAGE + "?proxied", { headers });
    const remote = { "X-Forwarded-For": "203.0.113.9" };
    await (await get()).arrayBuffer();
    await (await get(remote)).arrayBuffer();
    const direct = await get();
    const proxied = await get(remote);
    expect(direct.headers.get("x-page-cache")).toBe("hit");
    expect(proxied.headers.get("x-page-cache")).toBe("hit");
    // Each kept apart by the address: the local outbox is offered on loopback only.
    expect(await direct.text()).toContain('href="/dev/outbox"');
    expect(await proxied.text()).not.toContain('href="/dev/outbox"');
  });

  it("never serves cached pages to a visitor with a session", async () => {
    await fetch(server.url + PAGE);
    const personal = await fetch(server.url + PAGE, { headers: { Cookie: "session=abc.def" } });
    expect(personal.headers.get("x-page-cache")).toBeNull();
    expect(personal.headers.get("cache-control")).not.toContain("public");
  });

  it("does not cache pages outside the public paths", async () => {
    await fetch(server.url + "/pricing");
    expect((await fetch(server.url + "/pricing")).headers.get("x-page-cache")).toBeNull();
  });
});
