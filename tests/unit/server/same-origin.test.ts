import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "~/auth/same-origin";

const base = { path: "/login", allowedOrigins: ["https://app.example", "http://127.0.0.1:3000"] };

describe("same-origin guard", () => {
  it("lets reads through whatever their origin", () => {
    expect(
      isCrossSiteWrite({ ...base, method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" }),
    ).toBe(false);
  });
  it("refuses a POST whose Origin is another site", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "https://evil.example", secFetchSite: undefined })).toBe(
      true,
    );
  });
  it("refuses a POST the browser marks cross-site even without Origin", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: undefined, secFetchSite: "cross-site" })).toBe(true);
  });
  it("refuses an opaque null Origin", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "null", secFetchSite: undefined })).toBe(true);
  });
  it("accepts the configured origin and the request's own origin", () => {
    expect(
      isCrossSiteWrite({ ...base, method: "POST", origin: "https://app.example", secFetchSite: "same-origin" }),
    ).toBe(false);
    expect(
      isCrossSiteWrite({ ...base, method: "DELETE", origin: "http://127.0.0.1:3000", secFetchSite: undefined }),
    ).toBe(false);
  });
  it("accepts non-browser clients that send neither header", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: undefined, secFetchSite: undefined })).toBe(false);
  });
  it("exempts only the signed Stripe webhook", () => {
    expect(
      isCrossSiteWrite({
        ...base,
        path: "/webhooks/stripe",
        method: "POST",
        origin: "https://stripe.com",
        secFetchSite: "cross-site",
      }),
    ).toBe(false);
    expect(
      isCrossSiteWrite({
        ...base,
        path: "/webhooks/stripe/x",
        method: "POST",
        origin: "https://stripe.com",
        secFetchSite: "cross-site",
      }),
    ).toBe(true);
  });
});
