import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { checkQuota, RESERVATION_TTL_MS, recordUsage, startOfNextUtcDay } from "~/writer/quota.server";
import type { UsageRecord, UsageStatus } from "~/writer/types";

const NOW = new Date("2024-11-15T19:30:00Z");
const limits = { perUserPerToolDaily: 2, globalDaily: 5 };
let userIds: string[] = [];

function use(status: UsageStatus, tool: UsageRecord["tool"] = "layoff_explanation"): UsageRecord {
  return { tool, engine: "openai", model: "m", status, promptTokens: 1, completionTokens: 1, latencyMs: 1 };
}

beforeAll(async () => {
  const users = await Promise.all(
    ["a", "b", "c", "d"].map((n) => db.user.create({ data: { email: `${n}@quota.test`, passwordHash: "x" } })),
  );
  userIds = users.map((u) => u.id);
});

describe("daily quotas", () => {
  it("let a user write until their daily limit for the tool, then answer with when it resets", async () => {
    const [user] = userIds;
    const query = { userId: user, tool: "layoff_explanation" as const, now: NOW };
    expect(await checkQuota(db, limits, query)).toEqual({ ok: true });
    await recordUsage(db, user, use("ok"), NOW);
    await recordUsage(db, user, use("rejected"), NOW);
    const over = await checkQuota(db, limits, query);
    expect(over).toEqual({
      ok: false,
      reason: "over_quota",
      scope: "user",
      resetsAt: new Date("2024-11-16T00:00:00Z"),
      message:
        "You've used today's 2 documents for this tool. You can write more after 16 Nov 2024, 00:00 UTC (in about 5 hours).",
    });
    // Another tool has its own allowance.
    expect(await checkQuota(db, limits, { ...query, tool: "negotiation_email" })).toEqual({ ok: true });
  });

  it("don't charge failed generations or built-in fallbacks after a model failure", async () => {
    const user = userIds[1];
    for (const status of ["failed", "fallback", "failed", "fallback"] as const)
      await recordUsage(db, user, use(status), NOW);
    expect(await checkQuota(db, limits, { userId: user, tool: "layoff_explanation", now: NOW })).toEqual({ ok: true });
  });

  it("hold a place for a model call under way, and stop holding it once the call is long dead", async () => {
    const user = (await db.user.create({ data: { email: "reserved@quota.test", passwordHash: "x" } })).id;
    const query = { userId: user, tool: "layoff_explanation" as const, now: NOW };
    const reserve = (at: Date) =>
      db.usageEvent.create({
        data: { userId: user, tool: "layoff_explanation", engine: "openai", status: "reserved", createdAt: at },
      });
    await recordUsage(db, user, use("ok"), NOW);
    await reserve(new Date(NOW.getTime() - RESERVATION_TTL_MS - 1_000));
    expect(await checkQuota(db, limits, query)).toEqual({ ok: true });
    await reserve(new Date(NOW.getTime() - 60_000));
    expect(await checkQuota(db, limits, query)).toMatchObject({ ok: false, scope: "user" });
    // The service-wide count below must not see this user's open reservation.
    await db.usageEvent.deleteMany({ where: { userId: user, status: "reserved" } });
  });

  it("count only today's uses (UTC)", async () => {
    const user = userIds[2];
    const yesterday = new Date("2024-11-14T23:59:59Z");
    await recordUsage(db, user, use("ok"), yesterday);
    await recordUsage(db, user, use("ok"), yesterday);
    expect(await checkQuota(db, limits, { userId: user, tool: "layoff_explanation", now: NOW })).toEqual({ ok: true });
  });

  it("stop everyone once the global daily cap is reached", async () => {
    const chargedToday = await db.usageEvent.count({
      where: { status: { in: ["ok", "rejected"] }, createdAt: { gte: new Date("2024-11-15T00:00:00Z") } },
    });
    const cap = { perUserPerToolDaily: 10, globalDaily: chargedToday + 2 };
    const fresh = { userId: userIds[3], tool: "layoff_explanation" as const, now: NOW };
    await recordUsage(db, userIds[1], use("ok", "resume_scan"), NOW);
    expect(await checkQuota(db, cap, fresh)).toEqual({ ok: true });
    await recordUsage(db, userIds[2], use("ok", "interview_session"), NOW);
    const over = await checkQuota(db, cap, fresh);
    expect(over).toMatchObject({ ok: false, scope: "global", resetsAt: startOfNextUtcDay(NOW) });
    expect(over.ok === false && over.message).toMatch(
      /^The toolkit has reached its daily limit .* It resets at 16 Nov 2024, 00:00 UTC/,
    );
  });
});
