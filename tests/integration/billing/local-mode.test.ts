import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient } from "../../support/http-client";
import { signUpPaid, signUpVerified } from "../../support/users";

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("lifetime access in local mode", () => {
  it("shows the pricing page with the price, refund policy and FAQ", async () => {
    const res = await fetch(server.url + "/pricing");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("$49");
    expect(html).toContain("refund");
    expect(html).toContain("What does “lifetime” mean?");
  });

  it("sends a signed-out buyer to sign up, and an unverified one to verify first", async () => {
    const anonymous = await new FormClient(server.url).post("/checkout", {});
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/signup?redirectTo=%2Fpricing");
    const { client } = await signUpVerified(server.url, { verify: false });
    const unverified = await client.post("/checkout", {});
    expect(unverified.headers.get("location")).toBe("/verify-email?redirectTo=%2Fpricing");
    expect(await db.purchase.count()).toBe(0);
  });

  it("keeps the toolkit locked before paying, for pages and actions alike", async () => {
    const { client } = await signUpVerified(server.url);
    const page = await client.get("/toolkit");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/pricing?from=toolkit");
    const signedOut = await new FormClient(server.url).get("/toolkit");
    expect(signedOut.headers.get("location")).toBe("/login?redirectTo=%2Ftoolkit");
  });

  it("grants access through the simulated checkout, records a local purchase and emails one receipt", async () => {
    const { client, user, email } = await signUpPaid(server.url);
    const purchase = await db.purchase.findFirstOrThrow({ where: { userId: user.id } });
    expect(purchase).toMatchObject({ provider: "local", status: "paid", amountCents: 4900, currency: "usd" });
    expect((await client.get("/toolkit")).status).toBe(200);
    expect(await db.outboxEmail.count({ where: { to: email, template: "purchase-receipt" } })).toBe(1);
    const account = await (await client.get("/account")).text();
    expect(account).toContain("Paid");
    expect(account).toContain("(simulated, local mode)");
  });

  it("never charges a user who already has access twice", async () => {
    const { client, user } = await signUpPaid(server.url);
    const again = await client.post("/checkout", {});
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe("/toolkit");
    expect(await db.purchase.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a made-up local checkout id", async () => {
    const { client, user } = await signUpVerified(server.url);
    const res = await client.post("/checkout/local", { session: "local_../../etc" });
    expect(res.status).toBe(400);
    expect(await db.purchase.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a well-formed local checkout id the server never issued, whoever sends it", async () => {
    const madeUp = "local_abcdefghijklmnopqrstuvwxyz234567";
    const unverified = await signUpVerified(server.url, { verify: false });
    const refused = await unverified.client.post("/checkout/local", { session: madeUp });
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("/verify-email?redirectTo=%2Fpricing");
    const verified = await signUpVerified(server.url);
    expect((await verified.client.post("/checkout/local", { session: madeUp })).status).toBe(400);
    expect(await db.purchase.count({ where: { userId: { in: [unverified.user.id, verified.user.id] } } })).toBe(0);
  });

  it("never lets a paid user buy again through the simulated checkout", async () => {
    const { client, user, email } = await signUpPaid(server.url);
    for (let i = 0; i < 3; i++) {
      const again = await client.post("/checkout/local", { session: `local_${"a".repeat(28)}${i}aaa` });
      expect(again.status).toBe(303);
      expect(again.headers.get("location")).toBe("/toolkit");
    }
    expect(await db.purchase.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: email, template: "purchase-receipt" } })).toBe(1);
  });

  it("binds a simulated checkout to the user it was issued to, and uses it once", async () => {
    const owner = await signUpVerified(server.url);
    const start = await owner.client.post("/checkout", {});
    const session = new URL(start.headers.get("location")!, server.url).searchParams.get("session")!;
    const thief = await signUpVerified(server.url);
    expect((await thief.client.get(`/checkout/local?session=${session}`)).status).toBe(404);
    expect((await thief.client.post("/checkout/local", { session })).status).toBe(400);
    expect(await db.purchase.count({ where: { userId: thief.user.id } })).toBe(0);

    expect((await owner.client.get(`/checkout/local?session=${session}`)).status).toBe(200);
    expect((await owner.client.post("/checkout/local", { session })).status).toBe(303);
    // Even once access has ended, the used session grants nothing again.
    await db.purchase.updateMany({ where: { userId: owner.user.id }, data: { status: "refunded" } });
    expect((await owner.client.post("/checkout/local", { session })).status).toBe(400);
    expect((await owner.client.get(`/checkout/local?session=${session}`)).status).toBe(404);
    expect(await db.purchase.count({ where: { userId: owner.user.id } })).toBe(1);
  });

  it("makes one purchase when two tabs confirm two simulated checkouts at once", async () => {
    const { client, user } = await signUpVerified(server.url);
    const issue = async () =>
      new URL((await client.post("/checkout", {})).headers.get("location")!, server.url).searchParams.get("session")!;
    const [a, b] = [await issue(), await issue()];
    const results = await Promise.all([
      client.post("/checkout/local", { session: a }),
      client.post("/checkout/local", { session: b }),
    ]);
    // One grants access; the other finds it paid (303 to the toolkit) or its session closed (400).
    expect(results.map((r) => r.headers.get("location"))).toContain("/toolkit?welcome=1");
    expect(await db.purchase.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a simulated checkout past its expiry", async () => {
    const { client, user } = await signUpVerified(server.url);
    const start = await client.post("/checkout", {});
    const session = new URL(start.headers.get("location")!, server.url).searchParams.get("session")!;
    await db.localCheckout.update({ where: { id: session }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await client.post("/checkout/local", { session })).status).toBe(400);
    expect(await db.purchase.count({ where: { userId: user.id } })).toBe(0);
  });

  it("locks the toolkit with an explanation once the purchase is refunded", async () => {
    const { client, user } = await signUpPaid(server.url);
    await db.purchase.updateMany({ where: { userId: user.id }, data: { status: "refunded" } });
    const locked = await client.get("/toolkit");
    expect(locked.headers.get("location")).toBe("/access");
    expect(await (await client.get("/access")).text()).toContain("refunded");
  });
});

describe("local payments on an https origin", () => {
  it("are refused unless explicitly allowed", async () => {
    const own = await startAppServer({ APP_ORIGIN: "https://toolkit.example" });
    try {
      const { client } = await signUpVerified(own.url);
      // As behind the https proxy the origin names.
      const res = await client.post(
        "/checkout",
        {},
        { Origin: "https://toolkit.example", "X-Forwarded-Host": "toolkit.example", "X-Forwarded-Proto": "https" },
      );
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("Payments are not set up");
    } finally {
      await own.stop();
    }
  });
});
