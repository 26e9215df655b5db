import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "~/config.server";
import { securityHeaders } from "~/server/security";

describe("configuration", () => {
  it("has safe local defaults with no variables set", () => {
    const cfg = readConfig({});
    expect(cfg.port).toBe(3000);
    expect(cfg.origin).toBe("http://localhost:3000");
    expect(cfg.databaseUrl).toBe(`file:${path.resolve("data/app.db")}`);
    expect(cfg.services).toEqual({ payments: "local", email: "outbox", writer: "builtin" });
    expect(cfg.price).toEqual({ cents: 4900, currency: "usd" });
  });
  it("derives the origin from PORT and reports live services when keys are set", () => {
    const cfg = readConfig({ PORT: "8080", STRIPE_SECRET_KEY: "sk_test_1", RESEND_API_KEY: "re_1", OPENAI_API_KEY: "k" });
    expect(cfg.origin).toBe("http://localhost:8080");
    expect(cfg.services).toEqual({ payments: "stripe", email: "resend", writer: "openai" });
  });
  it("treats empty values as unset", () => {
    expect(readConfig({ STRIPE_SECRET_KEY: "", APP_ORIGIN: "" }).services.payments).toBe("local");
  });
  it("names the variable when a value is invalid", () => {
    expect(() => readConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readConfig({ APP_ORIGIN: "not a url" })).toThrow(/APP_ORIGIN/);
  });
});

describe("security headers", () => {
  it("adds HSTS and upgrades only when the origin is https", () => {
    const https = securityHeaders({ nonce: "n", secureOrigin: true, formTargets: [] });
    expect(https["Strict-Transport-Security"]).toContain("max-age=");
    const http = securityHeaders({ nonce: "n", secureOrigin: false, formTargets: [] });
    expect(http["Strict-Transport-Security"]).toBeUndefined();
  });
  it("lets forms reach Stripe's checkout and nothing else", () => {
    const h = securityHeaders({ nonce: "abc", secureOrigin: false, formTargets: ["https://checkout.stripe.com"] });
    expect(h["Content-Security-Policy"]).toContain("form-action 'self' https://checkout.stripe.com");
    expect(h["Content-Security-Policy"]).toContain("'nonce-abc'");
  });
});
