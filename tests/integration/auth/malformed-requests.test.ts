// Bodies that are not forms, sent to every form action of a signed-in (paid) visitor, the
// resume upload included: 415 for JSON, text/plain or no Content-Type, 400 for a broken
// multipart body, 405 for TRACE, and never a 500 or a logged stack trace. (The signed-out
// forms are covered in tests/integration/foundation/request-limits.test.ts.)
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { signUpPaid } from "../../support/users";
import { storedDocument } from "../../support/documents";

vi.setConfig({ testTimeout: 120_000 });

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

const serverErrors = () => server.output().match(/^\s+at .+:\d+:\d+\)?$/gm)?.length ?? 0;

const CASES: { label: string; type?: string; body: string; status: number }[] = [
  { label: "JSON", type: "application/json", body: '{"intent":"rename","title":"x"}', status: 415 },
  { label: "text/plain", type: "text/plain", body: "intent=rename&title=x", status: 415 },
  { label: "no Content-Type", body: "intent=rename&title=x", status: 415 },
  {
    label: "a boundary that does not match",
    type: "multipart/form-data; boundary=zzz",
    body: "--yyy\r\nnot a part",
    status: 400,
  },
  { label: "multipart without a boundary", type: "multipart/form-data", body: "--x\r\n", status: 400 },
];

describe("malformed bodies on signed-in form actions", () => {
  it("answer 415 or 400 on every action, the upload included, logging no error", async () => {
    const { client, user } = await signUpPaid(server.url);
    const doc = await storedDocument(user.id);
    const paths = [
      "/toolkit/negotiate",
      "/toolkit/layoff",
      "/toolkit/layoff/stream",
      "/toolkit/interview",
      "/toolkit/resume",
      "/toolkit/resume/upload",
      `/documents/${doc.id}`,
      "/account",
      "/verify-email",
    ];
    const before = serverErrors();
    for (const path of paths) {
      for (const c of CASES) {
        const headers: Record<string, string> = { Origin: server.url, Cookie: client.cookieHeader() };
        if (c.type) headers["Content-Type"] = c.type;
        const res = await fetch(server.url + path, {
          method: "POST",
          headers,
          body: c.type ? c.body : new TextEncoder().encode(c.body),
          redirect: "manual",
        });
        await res.arrayBuffer();
        expect(res.status, `${path} with ${c.label}`).toBe(c.status);
      }
    }
    expect(serverErrors()).toBe(before);
    // Nothing was changed by any of them.
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).title).toBe("T");
  });

  it("answer TRACE with 405 signed in too", async () => {
    const { client } = await signUpPaid(server.url);
    for (const path of ["/toolkit/resume/upload", "/documents", "/account"]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          server.url + path,
          { method: "TRACE", headers: { Cookie: client.cookieHeader() } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on("error", reject);
        req.end();
      });
      expect(status, path).toBe(405);
    }
  });
});
