// redirectTo survives sign-in, sign-up and verification only as a path on this site, in
// every spelling that normalises to "//host" (which a browser reads as another site).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../../support/app-server";
import { decodeHtml } from "../../support/html";
import { FormClient, latestVerificationCode } from "../../support/http-client";
import { signUpVerified, TEST_PASSWORD } from "../../support/users";

const TRICKS = [
  "/.//evil.example",
  "/%2e//evil.example",
  "/a/..//evil.example",
  "/..//evil.example",
  "/.%2e//evil.example",
  "/./\\evil.example",
];

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

function sameSite(location: string | null): boolean {
  return location !== null && new URL(location, server.url).origin === server.url && !location.startsWith("//");
}

describe("redirectTo", () => {
  it("never sends a signed-in POST /login to another site", async () => {
    const { email } = await signUpVerified(server.url);
    for (const target of TRICKS) {
      const client = new FormClient(server.url);
      const res = await client.post("/login", { email, password: TEST_PASSWORD, redirectTo: target });
      expect(res.status, target).toBe(302);
      expect(sameSite(res.headers.get("location")), `${target} → ${res.headers.get("location")}`).toBe(true);
    }
  });

  it("never sends a signed-in visitor of /login?redirectTo= to another site", async () => {
    const { client } = await signUpVerified(server.url);
    for (const target of TRICKS) {
      const res = await client.get(`/login?redirectTo=${encodeURIComponent(target)}`);
      expect([302, 303], target).toContain(res.status);
      expect(sameSite(res.headers.get("location")), `${target} → ${res.headers.get("location")}`).toBe(true);
    }
  });

  it("keeps the verify page's Continue link and sign-up's next step on this site", async () => {
    const client = new FormClient(server.url);
    const email = `redirect-${Date.now()}@example.com`;
    const signup = await client.post("/signup", {
      email,
      password: TEST_PASSWORD,
      website: "",
      redirectTo: "/.//evil.example",
    });
    expect(sameSite(signup.headers.get("location"))).toBe(true);
    expect(decodeURIComponent(signup.headers.get("location") ?? "")).not.toContain("//evil.example");
    const code = await latestVerificationCode(email);
    await client.post("/verify-email", { intent: "code", code });
    for (const target of TRICKS) {
      const html = await (await client.get(`/verify-email?redirectTo=${encodeURIComponent(target)}`)).text();
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decodeHtml(m[1]));
      expect(
        hrefs.filter((h) => h.includes("evil.example") && !sameSite(h)),
        target,
      ).toEqual([]);
      expect(html).not.toContain('href="//');
    }
  });
});
