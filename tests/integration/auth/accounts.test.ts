import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient, latestEmail, latestLink, latestVerificationCode, stableHtml } from "../../support/http-client";
import { storedDocument } from "../../support/documents";

let server: AppServer;
const PASSWORD = "correct horse battery staple";
let n = 0;
const freshEmail = () => `person${++n}-${Date.now()}@example.com`;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

async function signUp(email = freshEmail(), password = PASSWORD) {
  const client = new FormClient(server.url);
  const res = await client.post("/signup", { email, password, website: "" });
  return { client, res, email };
}

async function verifiedUser() {
  const { client, email } = await signUp();
  const code = await latestVerificationCode(email);
  await client.post("/verify-email", { intent: "code", code });
  return { client, email };
}

describe("sign-up and verification", () => {
  it("holds the address in a pending sign-up cookie, emails a code, and the code verifies and signs in", async () => {
    const { client, res, email } = await signUp();
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/verify-email/);
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^signup=[^;]+;/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).not.toContain("Secure");
    // Not signed in until the code (or the link) proves the inbox.
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);

    const page = await (await client.follow(res)).res.text();
    expect(page).toContain("Verify your email");
    expect(page).toContain(email);

    const code = await latestVerificationCode(email);
    const verified = await client.post("/verify-email", { intent: "code", code });
    expect(verified.status).toBe(302);
    expect(verified.headers.get("set-cookie")).toMatch(/^session=[a-z0-9]+\.[a-z0-9]+;/);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect((await client.get("/account")).status).toBe(200);
    // The code is single use.
    const again = await client.post("/verify-email", { intent: "code", code });
    expect([302, 400]).toContain(again.status);
  });

  it("verifies by the emailed link, once", async () => {
    const { email } = await signUp();
    const link = await latestLink(email, "verify-email", "/verify-email?token=");
    expect(link.startsWith(server.url)).toBe(true);
    const anonymous = new FormClient(server.url);
    const first = await anonymous.get(new URL(link).pathname + new URL(link).search);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("Your email is verified");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
    const reused = await anonymous.get(new URL(link).pathname + new URL(link).search);
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain("already been used");
  });

  it("refuses a tampered or expired verification link", async () => {
    const { email } = await signUp();
    const link = new URL(await latestLink(email, "verify-email", "/verify-email?token="));
    const token = link.searchParams.get("token")!;
    const tampered = token.slice(0, -1) + (token.endsWith("a") ? "b" : "a");
    const client = new FormClient(server.url);
    expect((await client.get(`/verify-email?token=${tampered}`)).status).toBe(400);
    await db.emailVerification.updateMany({
      where: { user: { email } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await client.get(`/verify-email?token=${token}`);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain("expired");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("spends a code after five wrong guesses", async () => {
    const { client, email } = await signUp();
    const code = await latestVerificationCode(email);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await client.post("/verify-email", { intent: "code", code: wrong });
    const right = await client.post("/verify-email", { intent: "code", code });
    expect([400, 429]).toContain(right.status);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("uses no attempt for an empty or non-numeric code, and says what is expected", async () => {
    const { client, email } = await signUp();
    const code = await latestVerificationCode(email);
    for (const typo of ["", "   ", "12345a", "one two", "1234567"]) {
      const res = await client.post("/verify-email", { intent: "code", code: typo });
      expect(res.status, typo).toBe(400);
      expect(await res.text()).toContain("Enter the 6 digits");
    }
    const record = await db.emailVerification.findFirstOrThrow({ where: { user: { email }, usedAt: null } });
    expect(record.attempts).toBe(0);
    // Digits split by a space or a dash, as people copy them, still count as the code.
    const spaced = await client.post("/verify-email", { intent: "code", code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(spaced.status).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  });

  it("offers to finish buying right after verification", async () => {
    const { client, email } = await signUp();
    const verified = await client.post("/verify-email", { intent: "code", code: await latestVerificationCode(email) });
    const page = await (await client.follow(verified)).res.text();
    expect(page).toContain("Your email is verified");
    expect(page).toMatch(/<form[^>]+action="\/checkout"/);
    expect(page).toMatch(/Buy lifetime access for (<!-- -->)?\$49/);
  });

  it("throttles resending the code", async () => {
    const { client, email } = await signUp();
    const first = await client.post("/verify-email", { intent: "resend" });
    expect(first.status).toBe(200);
    const second = await client.post("/verify-email", { intent: "resend" });
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.outboxEmail.count({ where: { to: email, template: "verify-email" } })).toBe(2);
  });

  it("answers a sign-up with an existing email the same way and tells the owner", async () => {
    const { email } = await verifiedUser();
    await db.user.update({ where: { email }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    const other = new FormClient(server.url);
    const res = await other.post("/signup", {
      email: email.toUpperCase(),
      password: "another long password",
      website: "",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^\/verify-email/);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await latestEmail(email, "signup-existing-account")).not.toBeNull();
  });

  it("quietly refuses a sign-up whose honeypot is filled", async () => {
    const client = new FormClient(server.url);
    const email = freshEmail();
    const res = await client.post("/signup", { email, password: PASSWORD, website: "http://spam.example" });
    expect(res.status).toBe(302);
    expect(res.headers.get("set-cookie")).toMatch(/^signup=/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("creates one account when the form is posted twice at once", async () => {
    const email = freshEmail();
    const [a, b] = await Promise.all([
      new FormClient(server.url).post("/signup", { email, password: PASSWORD, website: "" }),
      new FormClient(server.url).post("/signup", { email, password: PASSWORD, website: "" }),
    ]);
    expect(a.status).toBe(302);
    expect(b.status).toBe(302);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});

describe("hostile sign-up input", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ["a malformed email", { email: "not-an-email", password: PASSWORD }, /valid email/],
    ["a 10 kB email", { email: "a".repeat(10_000) + "@example.com", password: PASSWORD }, /too long/],
    ["a 1 MB password", { email: "big@example.com", password: "x".repeat(1_000_000) }, /at most 256/],
    ["a Cyrillic look-alike address", { email: "аdmin@example.com", password: PASSWORD }, /plain Latin letters/],
    ["a zero-width space", { email: "ad\u200bmin@example.com", password: PASSWORD }, /plain Latin letters/],
    ["missing fields", {}, /Enter your email/],
    ["a short password", { email: "short@example.com", password: "abc" }, /at least 8/],
    ["a common password", { email: "common@example.com", password: "password123" }, /most common/],
  ];
  for (const [label, fields, message] of cases) {
    it(`answers ${label} with a clear message and keeps the email typed`, async () => {
      const res = await new FormClient(server.url).post("/signup", { website: "", ...fields });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toMatch(message);
      expect(html).not.toContain(fields.password ?? "§§");
    });
  }

  it("treats case, spaces and full-width letters as the same address", async () => {
    const { email } = await signUp("same.person@example.com");
    expect(email).toBe("same.person@example.com");
    await db.user.update({ where: { email }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    const fullWidth = "  ＳＡＭＥ.person@EXAMPLE.com ";
    await new FormClient(server.url).post("/signup", { email: fullWidth, password: PASSWORD, website: "" });
    expect(await db.user.count({ where: { email: { contains: "same.person" } } })).toBe(1);
  });

  it("accepts a 64-character passphrase whole, without truncating it", async () => {
    const long = "a long passphrase that keeps going and going until sixty-four!!!";
    expect(long.length).toBe(64);
    const { email } = await signUp(freshEmail(), long);
    const wrong = await new FormClient(server.url).post("/login", { email, password: long.slice(0, 63) });
    expect(wrong.status).toBe(401);
    const right = await new FormClient(server.url).post("/login", { email, password: long });
    expect(right.status).toBe(302);
  });
});

describe("login and logout", () => {
  it("logs out, refuses the old cookie, and logs in again", async () => {
    const { client, email } = await verifiedUser();
    const oldCookie = client.cookie("session")!;
    expect((await client.get("/account")).status).toBe(200);
    const out = await client.post("/logout", {});
    expect(out.status).toBe(302);
    expect(out.headers.get("set-cookie")).toMatch(/session=;.*Max-Age=0/);
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);

    const replay = new FormClient(server.url);
    replay.setCookieValue("session", oldCookie);
    const replayed = await replay.get("/account");
    expect(replayed.status).toBe(302);
    expect(replayed.headers.get("location")).toBe("/login?redirectTo=%2Faccount");

    const back = await client.post("/login", { email, password: PASSWORD, redirectTo: "/account" });
    expect(back.status).toBe(302);
    expect(back.headers.get("location")).toBe("/account");
    expect(client.cookie("session")).not.toBe(oldCookie);
  });

  it("stores only a hash of the session secret", async () => {
    const { client } = await verifiedUser();
    const [id, secret] = client.cookie("session")!.split(".");
    expect(secret.length).toBeGreaterThanOrEqual(26); // ≥128 bits in base32
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(row.secretHash).toString("hex")).not.toContain(Buffer.from(secret).toString("hex"));
    expect(row.secretHash.length).toBe(32);
  });

  it("gives an unknown email and a wrong password the same answer", async () => {
    const { email } = await verifiedUser();
    const unknownEmail = "nobody-" + email;
    const wrong = await new FormClient(server.url).post("/login", { email, password: "wrong password here" });
    const unknown = await new FormClient(server.url).post("/login", {
      email: unknownEmail,
      password: "wrong password here",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    const normalise = (html: string, address: string) => stableHtml(html).replaceAll(address, "EMAIL");
    expect(normalise(await unknown.text(), unknownEmail)).toBe(normalise(await wrong.text(), email));
  });

  it("ignores a redirectTo that leaves the site", async () => {
    const { email } = await verifiedUser();
    for (const target of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
      const res = await new FormClient(server.url).post("/login", { email, password: PASSWORD, redirectTo: target });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/toolkit");
    }
  });

  it("refuses a cross-site login post", async () => {
    const res = await new FormClient(server.url).post(
      "/login",
      { email: "a@example.com", password: PASSWORD },
      { Origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
  });

  it("ends sessions after the idle timeout and the absolute lifetime", async () => {
    const { client } = await verifiedUser();
    const id = client.cookie("session")!.split(".")[0];
    await db.session.update({ where: { id }, data: { lastVerifiedAt: new Date(Date.now() - 8 * 86_400_000) } });
    expect((await client.get("/account")).status).toBe(302);
    expect(await db.session.count({ where: { id } })).toBe(0);

    const second = await verifiedUser();
    const id2 = second.client.cookie("session")!.split(".")[0];
    await db.session.update({ where: { id: id2 }, data: { createdAt: new Date(Date.now() - 31 * 86_400_000) } });
    expect((await second.client.get("/account")).status).toBe(302);
  });

  it("slides the expiry at most once an hour", async () => {
    const { client } = await verifiedUser();
    const id = client.cookie("session")!.split(".")[0];
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await db.session.update({ where: { id }, data: { lastVerifiedAt: twoHoursAgo } });
    const res = await client.get("/account");
    expect(res.headers.get("set-cookie")).toMatch(/^session=.*Max-Age=\d+/);
    const renewed = await db.session.findUniqueOrThrow({ where: { id } });
    expect(renewed.lastVerifiedAt.getTime()).toBeGreaterThan(twoHoursAgo.getTime());
    const next = await client.get("/account");
    expect(next.headers.get("set-cookie")).toBeNull();
  });

  it("throttles repeated failures on one account, and lifts the delay later", async () => {
    const { email } = await verifiedUser();
    const attacker = new FormClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await attacker.post("/login", { email, password: `wrong ${i} password` }, { "X-Test": String(i) })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    const blocked = await new FormClient(server.url).post("/login", { email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toMatch(/try again/);
    await db.throttle.updateMany({
      where: { key: `login:account:${email}` },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    await db.throttle.updateMany({ where: { key: { startsWith: "login:ip:" } }, data: { lockedUntil: null } });
    expect((await new FormClient(server.url).post("/login", { email, password: PASSWORD })).status).toBe(302);
  });
});

describe("password reset", () => {
  it("answers the same whether or not the account exists", async () => {
    const { email } = await verifiedUser();
    const known = await new FormClient(server.url).post("/forgot-password", { email });
    const unknown = await new FormClient(server.url).post("/forgot-password", { email: "nobody-" + email });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(stableHtml(await known.text())).toBe(stableHtml(await unknown.text()));
  });

  it("builds the link from the configured origin, resets once, ends every session and emails the owner", async () => {
    const { client, email } = await verifiedUser();
    const other = new FormClient(server.url);
    await other.post("/login", { email, password: PASSWORD });
    await new FormClient(server.url).post("/forgot-password", { email }, { Host: "evil.example" });
    const link = await latestLink(email, "password-reset", "/reset-password?token=");
    expect(link.startsWith(server.url + "/reset-password?token=")).toBe(true);
    const path = new URL(link).pathname + new URL(link).search;
    const token = new URL(link).searchParams.get("token")!;
    expect(token.length).toBeGreaterThanOrEqual(51); // 32 bytes in base32

    const page = await client.get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    const done = await client.post("/reset-password", { token, password: "a brand new passphrase" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/login?passwordChanged=1");
    expect(await (await client.follow(done)).res.text()).toContain("Your password was changed");
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
    expect((await other.get("/account")).status).toBe(302);
    expect(await latestEmail(email, "password-changed")).not.toBeNull();

    const reused = await new FormClient(server.url).post("/reset-password", {
      token,
      password: "yet another passphrase",
    });
    expect(reused.status).toBe(400);
    expect(
      (await new FormClient(server.url).post("/login", { email, password: "a brand new passphrase" })).status,
    ).toBe(302);
  });

  it("refuses expired and tampered reset tokens", async () => {
    const { email } = await verifiedUser();
    await new FormClient(server.url).post("/forgot-password", { email });
    const token = new URL(await latestLink(email, "password-reset", "/reset-password?token=")).searchParams.get(
      "token",
    )!;
    const tampered = token.slice(0, -2) + "zz";
    expect(
      (
        await new FormClient(server.url).post("/reset-password", {
          token: tampered,
          password: "a brand new passphrase",
        })
      ).status,
    ).toBe(400);
    await db.passwordReset.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await new FormClient(server.url).get(`/reset-password?token=${token}`)).status).toBe(400);
    expect(
      (await new FormClient(server.url).post("/reset-password", { token, password: "a brand new passphrase" })).status,
    ).toBe(400);
  });

  it("still works for an account locked by failed logins", async () => {
    const { email } = await verifiedUser();
    for (let i = 0; i < 8; i++)
      await new FormClient(server.url).post("/login", { email, password: `wrong ${i} password` });
    expect((await new FormClient(server.url).post("/login", { email, password: PASSWORD })).status).toBe(429);
    await new FormClient(server.url).post("/forgot-password", { email });
    const token = new URL(await latestLink(email, "password-reset", "/reset-password?token=")).searchParams.get(
      "token",
    )!;
    const reset = await new FormClient(server.url).post("/reset-password", {
      token,
      password: "a brand new passphrase",
    });
    expect(reset.status).toBe(302);
    await db.throttle.updateMany({ where: { key: { startsWith: "login:ip:" } }, data: { lockedUntil: null } });
    expect(
      (await new FormClient(server.url).post("/login", { email, password: "a brand new passphrase" })).status,
    ).toBe(302);
  });
});

describe("account page", () => {
  it("changes the password only with the current one, and ends other sessions", async () => {
    const { client, email } = await verifiedUser();
    const other = new FormClient(server.url);
    await other.post("/login", { email, password: PASSWORD });
    const refused = await client.post("/account", {
      intent: "change-password",
      currentPassword: "not it at all",
      newPassword: "a brand new passphrase",
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("not your current password");
    const ok = await client.post("/account", {
      intent: "change-password",
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(ok.status).toBe(200);
    expect((await client.get("/account")).status).toBe(200);
    expect((await other.get("/account")).status).toBe(302);
    expect(await latestEmail(email, "password-changed")).not.toBeNull();
  });

  it("signs out everywhere", async () => {
    const { client, email } = await verifiedUser();
    await new FormClient(server.url).post("/login", { email, password: PASSWORD });
    await client.post("/account", { intent: "sign-out-everywhere" });
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  });

  it("deletes the account and personal data with the password, keeping purchase records", async () => {
    const { client, email } = await verifiedUser();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await db.purchase.create({
      data: {
        userId: user.id,
        customerEmail: email,
        provider: "local",
        checkoutSessionId: `local_${user.id}`,
        amountCents: 4900,
        currency: "usd",
        status: "paid",
      },
    });
    await storedDocument(user.id, { title: "t" });
    const refused = await client.post("/account", {
      intent: "delete-account",
      password: "wrong password",
      confirm: "delete",
    });
    expect(refused.status).toBe(400);
    const done = await client.post("/account", { intent: "delete-account", password: PASSWORD, confirm: "delete" });
    expect(done.status).toBe(302);
    const landing = await (await client.follow(done)).res.text();
    expect(landing).toContain("Your account was deleted");
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.document.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
    const kept = await db.purchase.findUniqueOrThrow({ where: { checkoutSessionId: `local_${user.id}` } });
    expect(kept.userId).toBeNull();
  });
});
