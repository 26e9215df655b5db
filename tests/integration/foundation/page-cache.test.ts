import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { stableHtml } from "../../support/http-client";

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer();
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
