// What every route gets before it runs: methods the app does not answer get 405, bodies
// over the form limit 413 (declared or streamed), and bodies that are not a form 415 or 400,
// signed out as well as signed in, with nothing logged as a server error.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_BODY_MAX_BYTES } from "~/server/request-limits";
import { type AppServer, startAppServer } from "../../support/app-server";
import { signUpVerified } from "../../support/users";
import { storedDocument } from "../../support/documents";
import { postUntilAnswered } from "../../support/stream-post";

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Sends a body chunk by chunk (chunked, or with a declared length) until the server answers. */
/** A form post streamed to `path` until answered; a declared length is sent as headers first. */
function streamUntilAnswered(path: string, opts: { declaredLength?: number; maxBytes: number }) {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url };
  if (opts.declaredLength !== undefined) headers["Content-Length"] = String(opts.declaredLength);
  const chunk = Buffer.alloc(64 * 1024, "a");
  return postUntilAnswered(server.url + path, headers, {
    chunk: () => chunk,
    maxBytes: opts.maxBytes,
    // A declared length is refused from the headers alone: give the server time to answer
    // before any body is sent, so its closing the connection cannot race our writes (EPIPE).
    holdBodyMs: opts.declaredLength === undefined ? undefined : 3000,
  });
}

const serverErrors = () => server.output().match(/^\s+at .+:\d+:\d+\)?$/gm)?.length ?? 0;

describe("request limits", () => {
  it("refuses a declared body over the form limit before reading it", async () => {
    const answer = await streamUntilAnswered("/login", {
      declaredLength: 200 * 1024 * 1024,
      maxBytes: 200 * 1024 * 1024,
    });
    expect(answer.status).toBe(413);
    expect(answer.sentBytes).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a streamed body once it passes the limit, while the server keeps answering", async () => {
    const posts = [1, 2, 3].map(() => streamUntilAnswered("/login", { maxBytes: 200 * 1024 * 1024 }));
    const health = await fetch(server.url + "/healthz");
    expect(health.status).toBe(200);
    for (const answer of await Promise.all(posts)) {
      expect(answer.status).toBe(413);
      expect(answer.sentBytes).toBeLessThan(50 * 1024 * 1024);
    }
  });

  it("accepts a form just under the limit", async () => {
    const { client, user } = await signUpVerified(server.url);
    const doc = await storedDocument(user.id);
    const text = "word ".repeat(39_000);
    const res = await client.post(`/documents/${doc.id}`, { intent: "edit", text });
    expect(res.status).toBe(200);
    expect(new URLSearchParams({ intent: "edit", text }).toString().length).toBeLessThan(FORM_BODY_MAX_BYTES);
  });

  it("answers 415 or 400 for bodies that are not forms, on every form action", async () => {
    const before = serverErrors();
    const cases: { type?: string; body: string; status: number }[] = [
      { type: "application/json", body: '{"email":"a@example.com"}', status: 415 },
      { type: "text/plain", body: "email=a@example.com", status: 415 },
      { body: "email=a@example.com", status: 415 },
      { type: "multipart/form-data; boundary=zzz", body: "--yyy\r\nnot a part", status: 400 },
      { type: "multipart/form-data", body: "--x\r\n", status: 400 },
    ];
    for (const path of ["/login", "/signup", "/forgot-password", "/reset-password?token=x"]) {
      for (const c of cases) {
        const headers: Record<string, string> = { Origin: server.url };
        if (c.type) headers["Content-Type"] = c.type;
        const res = await fetch(server.url + path, {
          method: "POST",
          headers,
          body: c.type ? c.body : new TextEncoder().encode(c.body),
        });
        expect(res.status, `${path} ${c.type ?? "no type"}`).toBe(c.status);
      }
    }
    expect(serverErrors()).toBe(before);
  });

  it("answers 405 to methods the app does not use", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const res = await new Promise<{ status: number; allow?: string }>((resolve, reject) => {
        const req = http.request(server.url + "/", { method }, (r) => {
          r.resume();
          resolve({ status: r.statusCode ?? 0, allow: r.headers.allow });
        });
        req.on("error", reject);
        req.end();
      });
      expect(res.status, method).toBe(405);
      expect(res.allow).toBe("GET, HEAD, POST");
    }
  });
});

describe("caching of personal pages", () => {
  it("marks every page of a signed-in visitor private, no-store, and keeps public pages public when signed out", async () => {
    const { client } = await signUpVerified(server.url);
    for (const path of ["/", "/account", "/documents", "/compare/full-stack-vs-backend-engineer", "/pricing"]) {
      const res = await client.get(path);
      expect(res.headers.get("cache-control"), path).toBe("private, no-store");
    }
    const publicPage = await fetch(server.url + "/compare/full-stack-vs-backend-engineer");
    expect(publicPage.headers.get("cache-control")).toContain("public");
  });

  it("refuses download formats that are only names of object properties", async () => {
    const { client, user } = await signUpVerified(server.url);
    const doc = await storedDocument(user.id);
    for (const format of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      expect((await client.get(`/documents/${doc.id}/download?format=${format}`)).status, format).toBe(400);
    }
    expect((await client.get(`/documents/${doc.id}/download?format=txt`)).status).toBe(200);
  });
});
