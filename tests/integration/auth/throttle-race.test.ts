// Throttles count an attempt before the work it limits, atomically, so concurrent
// requests cannot all pass one check: 40 wrong passwords at once get at most the free
// attempts plus the one that starts the delay checked, and every other one 429.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POLICIES } from "~/auth/throttle-policy";
import { releaseAttempt, takeDailyUse } from "~/auth/throttle.server";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient, latestVerificationCode } from "../../support/http-client";
import { signUpVerified } from "../../support/users";

vi.setConfig({ testTimeout: 120_000 });

let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("concurrent attempts", () => {
  it("checks at most the allowed number of 40 concurrent wrong passwords, refusing the rest with 429", async () => {
    const { email } = await signUpVerified(server.url);
    const attacker = new FormClient(server.url);
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attacker.post("/login", { email, password: `wrong password ${i}` }).then((r) => r.status),
      ),
    );
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked, statuses.join(" ")).toBeLessThanOrEqual(POLICIES.loginAccount.free + 1);
    // The rest are refused; on a loaded machine a few may instead wait out the database's
    // write lock and answer 503 (see the write-lock fault test), never anything else.
    const refused = statuses.filter((s) => s === 429).length;
    expect(refused, statuses.join(" ")).toBeGreaterThan(0);
    expect(
      statuses.every((s) => s === 401 || s === 429 || s === 503),
      statuses.join(" "),
    ).toBe(true);
    const row = await db.throttle.findUniqueOrThrow({ where: { key: `login:account:${email}` } });
    expect(row.failures).toBeLessThanOrEqual(POLICIES.loginAccount.free + 1);
  });

  it("lets 20 concurrent wrong codes use at most the code's five attempts", async () => {
    const email = `race-${Date.now()}@example.com`;
    const client = new FormClient(server.url);
    await client.post("/signup", { email, password: "correct horse battery staple", website: "" });
    const code = await latestVerificationCode(email);
    const wrong = code === "000000" ? "111111" : "000000";
    await Promise.all(Array.from({ length: 20 }, () => client.post("/verify-email", { intent: "code", code: wrong })));
    const record = await db.emailVerification.findFirstOrThrow({ where: { user: { email } } });
    // Every guess that got past the throttles took an attempt of its own: none were lost.
    expect(record.attempts).toBe(5);
    expect(record.usedAt).not.toBeNull();
    // The code is spent: even the right one no longer verifies, once the throttles' delays are over.
    await db.throttle.deleteMany({ where: { key: { startsWith: "verify:code:" } } });
    await client.post("/verify-email", { intent: "code", code });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });
});

describe("daily uses taken at once", () => {
  // On the pool's concurrent connections: on PostgreSQL at READ COMMITTED, each take is one
  // INSERT … ON CONFLICT DO UPDATE … RETURNING, so no two takes see the same count.
  it("allows exactly the limit of 40 concurrent takes, and the stored count is the number allowed", async () => {
    const scope = `race:daily:${process.pid}`;
    const now = new Date();
    const takes = await Promise.all(Array.from({ length: 40 }, () => takeDailyUse(scope, 7, now)));
    expect(takes.filter((t) => t.allowed)).toHaveLength(7);
    const row = await db.throttle.findUniqueOrThrow({ where: { key: `${scope}:${now.toISOString().slice(0, 10)}` } });
    expect(row.failures).toBe(7);
    // Given back, a use can be taken again, once.
    await releaseAttempt(row.key);
    const again = await Promise.all(Array.from({ length: 5 }, () => takeDailyUse(scope, 7, now)));
    expect(again.filter((t) => t.allowed)).toHaveLength(1);
  });
});
