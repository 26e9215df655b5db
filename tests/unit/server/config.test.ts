import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLoopbackHost, outboxPageMode, outboxReadableBy, readConfig } from "~/config.server";
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
    const cfg = readConfig({
      PORT: "8080",
      STRIPE_SECRET_KEY: "sk_test_1",
      RESEND_API_KEY: "re_1",
      OPENAI_API_KEY: "k",
    });
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

describe("request logging", () => {
  it("is on unless the tests run, and LOG_REQUESTS=0 turns it off in production too", () => {
    expect(readConfig({}).logRequests).toBe(true);
    expect(readConfig({ NODE_ENV: "test" }).logRequests).toBe(false);
    expect(readConfig({ NODE_ENV: "test", LOG_REQUESTS: "1" }).logRequests).toBe(true);
    expect(readConfig({ LOG_REQUESTS: "0" }).logRequests).toBe(false);
    expect(readConfig({ LOG_REQUESTS: "" }).logRequests).toBe(true);
  });
});

describe("modes", () => {
  it("is production when NODE_ENV is unset; development only when asked", () => {
    expect(readConfig({}).isProduction).toBe(true);
    expect(readConfig({ NODE_ENV: "development" }).isProduction).toBe(false);
  });

  it("opens the outbox page only for the local outbox on an http origin", () => {
    const mode = (origin: string, extra: { resend?: boolean; optIn?: boolean } = {}) =>
      outboxPageMode({ localOutbox: !extra.resend, origin, optIn: extra.optIn ?? false });
    expect(mode("http://localhost:3000")).toBe("loopback_clients");
    expect(mode("http://127.0.0.1:4000")).toBe("loopback_clients");
    expect(mode("http://[::1]:3000")).toBe("loopback_clients");
    expect(mode("http://app.localhost:3000")).toBe("loopback_clients");
    expect(mode("http://localhost:3000", { resend: true })).toBe("off");
    expect(mode("http://localhost:3000", { resend: true, optIn: true })).toBe("off");
    expect(mode("https://localhost:3000")).toBe("off");
    expect(mode("https://toolkit.example")).toBe("off");
    expect(mode("https://toolkit.example", { optIn: true })).toBe("off");
    expect(mode("http://toolkit.example")).toBe("off");
    expect(mode("http://192.168.1.20:3000")).toBe("off");
    expect(mode("http://localhost.evil.example")).toBe("off");
    expect(mode("http://127.0.0.1.evil.example")).toBe("off");
    expect(mode("http://toolkit.lan:3000", { optIn: true })).toBe("any_client");
  });

  it("derives the outbox mode from the environment", () => {
    expect(readConfig({}).outboxPage).toBe("loopback_clients");
    expect(readConfig({ APP_ORIGIN: "https://toolkit.example" }).outboxPage).toBe("off");
    expect(readConfig({ RESEND_API_KEY: "re_1" }).outboxPage).toBe("off");
    expect(readConfig({ APP_ORIGIN: "http://dev.box:3000", DEV_OUTBOX: "1" }).outboxPage).toBe("any_client");
  });

  it("lets only loopback clients read a loopback-only outbox", () => {
    for (const ip of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) {
      expect(outboxReadableBy("loopback_clients", ip), ip).toBe(true);
    }
    for (const ip of ["203.0.113.7", "::ffff:10.0.0.1", "10.0.0.1", "unknown", "", "fe80::1"]) {
      expect(outboxReadableBy("loopback_clients", ip), ip).toBe(false);
    }
    expect(outboxReadableBy("any_client", "203.0.113.7")).toBe(true);
    expect(outboxReadableBy("off", "127.0.0.1")).toBe(false);
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
  });
});

describe("security headers", () => {
  it("adds HSTS and upgrades only when the origin is https", () => {
    const https = securityHeaders({ nonce: "n", secureOrigin: true, formTargets: [] });
    expect(https["Strict-Transport-Security"]).toContain("max-age=");
    const http = securityHeaders({ nonce: "n", secureOrigin: false, formTargets: [] });
    expect(http["Strict-Transport-Security"]).toBeUndefined();
  });
  it("lets the browser reach the development reload server only when there is one", () => {
    const dev = securityHeaders({
      nonce: "n",
      secureOrigin: false,
      formTargets: [],
      devServerOrigin: "http://localhost:3001",
    });
    expect(dev["Content-Security-Policy"]).toContain("connect-src 'self' http://localhost:3001 ws://localhost:3001");
    const prod = securityHeaders({ nonce: "n", secureOrigin: false, formTargets: [] });
    expect(prod["Content-Security-Policy"]).toContain("connect-src 'self';");
  });
  it("lets forms reach Stripe's checkout and nothing else", () => {
    const h = securityHeaders({ nonce: "abc", secureOrigin: false, formTargets: ["https://checkout.stripe.com"] });
    expect(h["Content-Security-Policy"]).toContain("form-action 'self' https://checkout.stripe.com");
    expect(h["Content-Security-Policy"]).toContain("'nonce-abc'");
  });
});
