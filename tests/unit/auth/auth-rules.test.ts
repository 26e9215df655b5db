import { describe, expect, it } from "vitest";
import { parseEmail } from "~/auth/email-address";
import { ARGON2_OPTIONS, hashPassword, passwordProblem, verifyPassword } from "~/auth/password.server";
import { safeRedirectPath } from "~/auth/redirect";
import { POLICIES, delayAfter } from "~/auth/throttle-policy";

describe("email addresses", () => {
  it("normalises case, surrounding space and full-width letters", () => {
    expect(parseEmail("  Alice@Example.COM ")).toEqual({ ok: true, email: "alice@example.com" });
    expect(parseEmail("ａｌｉｃｅ@example.com")).toEqual({ ok: true, email: "alice@example.com" });
  });
  it("refuses look-alike and invisible characters", () => {
    expect(parseEmail("аlice@example.com").ok).toBe(false);
    expect(parseEmail("al\u200bice@example.com").ok).toBe(false);
    expect(parseEmail("alice @example.com").ok).toBe(false);
  });
  it("refuses malformed and over-long addresses", () => {
    for (const bad of [
      "",
      "alice",
      "alice@",
      "@example.com",
      "alice@example",
      "a..b@example.com",
      `${"a".repeat(250)}@example.com`,
    ]) {
      expect(parseEmail(bad).ok, bad).toBe(false);
    }
  });
});

describe("passwords", () => {
  it("hashes with argon2id at the stated cost", async () => {
    expect(ARGON2_OPTIONS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword("a long enough passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a long enough passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passphras")).toBe(false);
  });
  it("has length limits and no composition rules", () => {
    expect(passwordProblem("short")).toMatch(/at least 8/);
    expect(passwordProblem("x".repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem("all lower case words here")).toBeNull();
    expect(passwordProblem("x".repeat(256))).toBeNull();
  });
  it("refuses the most common passwords, whatever their case", () => {
    expect(passwordProblem("password1")).toMatch(/most common/);
    expect(passwordProblem("QWERTYUIOP")).toMatch(/most common/);
    expect(passwordProblem("purple elephants dance")).toBeNull();
  });
  it("refuses the email address as password", () => {
    expect(passwordProblem("me@example.com", "me@example.com")).toMatch(/email/);
  });
});

describe("redirect targets", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/toolkit/resume?x=1#a")).toBe("/toolkit/resume?x=1#a");
  });
  it("refuses other sites however they are written", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil",
      "javascript:alert(1)",
      "/\n/evil.example",
      "",
    ]) {
      expect(safeRedirectPath(bad, "/home"), bad).toBe("/home");
    }
  });
  it("refuses paths that only name another site once normalised", () => {
    const tricks = [
      "/.//evil.example",
      "/%2e//evil.example",
      "/%2E//evil.example",
      "/.%2f/evil.example",
      "/a/..//evil.example",
      "/..//evil.example",
      "/./..//evil.example",
      "/a/b/../..//evil.example",
      "/%2e%2e//evil.example",
      "/.%2e//evil.example",
      "/./\\evil.example",
      "/.\\/evil.example",
      "/\t/evil.example",
      "/ /evil.example".replace(" ", "\u007f"),
      "/%09/evil.example",
      "/.//evil.example/path?x=1#y",
      "/.///evil.example",
      "/..%2f/evil.example",
    ];
    for (const bad of tricks) {
      const result = safeRedirectPath(bad, "/home");
      expect(result.startsWith("//") || result.startsWith("/\\"), `${bad} → ${result}`).toBe(false);
      expect(new URL(result, "https://toolkit.example").origin, `${bad} → ${result}`).toBe("https://toolkit.example");
    }
  });
  it("keeps harmless normalisations on this site", () => {
    expect(safeRedirectPath("/a/../toolkit")).toBe("/toolkit");
    expect(safeRedirectPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });
});

describe("throttle delays", () => {
  it("allow a few failures, then double up to a cap", () => {
    const p = POLICIES.loginAccount;
    expect(delayAfter(p.free, p)).toBe(0);
    expect(delayAfter(p.free + 1, p)).toBe(p.baseDelayMs);
    expect(delayAfter(p.free + 2, p)).toBe(p.baseDelayMs * 2);
    expect(delayAfter(p.free + 40, p)).toBe(p.maxDelayMs);
  });
});
