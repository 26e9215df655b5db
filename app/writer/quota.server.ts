// Daily quotas on generated documents: per user per tool, and one cap for the whole
// service. Days are UTC days. Only generations that cost something count ("ok", and
// "rejected": the model answered but its text was set aside); a model failure where the
// built-in writer stood in is not charged. A model call takes its place in the quota
// before it starts ("reserved"), so concurrent requests cannot all pass the check and each
// spend tokens. Counts live in the database (UsageEvent), so several app servers share them.
import { takeTurns } from "~/auth/throttle.server";
import { formatDateTime } from "~/format";
import type { Db } from "~/db.server";
import type { OverQuota, UsageRecord, UsageStatus } from "./types";

export interface QuotaLimits {
  perUserPerToolDaily: number;
  globalDaily: number;
}

const CHARGED_STATUSES: readonly UsageStatus[] = ["ok", "rejected"];

/** The Prisma client or a transaction on it. */
type UsageDb = Pick<Db, "usageEvent" | "throttle">;

/** A reservation older than this is from a call that never settled (its server died or its
 *  reader vanished mid-stream): it stops holding a place. Far beyond any model deadline. */
export const RESERVATION_TTL_MS = 15 * 60 * 1000;

export function isCharged(status: UsageStatus): boolean {
  return CHARGED_STATUSES.includes(status);
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function startOfNextUtcDay(now: Date): Date {
  return new Date(startOfUtcDay(now).getTime() + 24 * 60 * 60 * 1000);
}

function untilReset(now: Date, resetsAt: Date): string {
  const hours = Math.round((resetsAt.getTime() - now.getTime()) / 3_600_000);
  if (hours < 1) return "in less than an hour";
  return `in about ${hours} hour${hours === 1 ? "" : "s"}`;
}

function overQuota(scope: OverQuota["scope"], limit: number, now: Date): OverQuota {
  const resetsAt = startOfNextUtcDay(now);
  const when = `${formatDateTime(resetsAt)} (${untilReset(now, resetsAt)})`;
  const message =
    scope === "user"
      ? `You've used today's ${limit} documents for this tool. You can write more after ${when}.`
      : `The toolkit has reached its daily limit for generated documents. It resets at ${when}.`;
  return { ok: false, reason: "over_quota", scope, resetsAt, message };
}

export interface QuotaQuery {
  userId: string;
  /** The tool's document kind. */
  tool: string;
  now: Date;
  /** The use being checked is already recorded (inside the saving transaction), so the
   *  counts include it; otherwise the check asks whether one more use fits. */
  includesThisUse?: boolean;
}

/** Whether the user may generate one more document with this tool today. */
export async function checkQuota(
  db: UsageDb,
  limits: QuotaLimits,
  query: QuotaQuery,
): Promise<{ ok: true } | OverQuota> {
  const { userId, tool, now } = query;
  const since = startOfUtcDay(now);
  const openSince = new Date(Math.max(since.getTime(), now.getTime() - RESERVATION_TTL_MS));
  const today = {
    OR: [
      { status: { in: [...CHARGED_STATUSES] }, createdAt: { gte: since } },
      { status: "reserved" satisfies UsageStatus, createdAt: { gte: openSince } },
    ],
  };
  const pending = query.includesThisUse ? 0 : 1;
  const byUser = await db.usageEvent.count({ where: { ...today, userId, tool } });
  if (byUser + pending > limits.perUserPerToolDaily) return overQuota("user", limits.perUserPerToolDaily, now);
  const overall = await db.usageEvent.count({ where: today });
  if (overall + pending > limits.globalDaily) return overQuota("global", limits.globalDaily, now);
  return { ok: true };
}

/**
 * Inside a saving transaction, before its use is recorded and counted: waits until no
 * other save of a charged use by this user with this tool, or by anyone (the service's
 * cap), is between its count and its commit, and keeps the others waiting until this
 * transaction ends. So the count inside it is exact on either engine, at any isolation.
 * The service-wide turn makes charged saves commit one at a time: a few milliseconds each.
 */
export function takeQuotaTurn(tx: UsageDb, userId: string, tool: string): Promise<void> {
  return takeTurns(tx, [`quota:user:${userId}:${tool}`, "quota:global"]);
}

/** Writes one UsageEvent, or settles the one reserved for it. */
export async function recordUsage(db: UsageDb, userId: string, usage: UsageRecord, at: Date): Promise<void> {
  const { reservationId, ...record } = usage;
  if (reservationId) await db.usageEvent.update({ where: { id: reservationId }, data: record });
  else await db.usageEvent.create({ data: { userId, ...record, createdAt: at } });
}

/** Where nothing is saved (the browser left): the reserved use is settled as not charged,
 *  with what is known of the call. */
export async function releaseReservation(
  db: UsageDb,
  usage: Partial<UsageRecord> & Pick<UsageRecord, "reservationId">,
): Promise<void> {
  const { reservationId, ...record } = usage;
  if (reservationId)
    await db.usageEvent.update({ where: { id: reservationId }, data: { ...record, status: "failed" } });
}

type QuotaDb = UsageDb & Pick<Db, "$transaction">;

/**
 * Before a model call: takes one of the user's (and the service's) remaining uses for it,
 * as a "reserved" UsageEvent that the call's record settles later (recordUsage with its
 * reservationId). Concurrent reservations take turns, so they cannot all pass the count.
 */
export async function reserveUse(
  db: QuotaDb,
  limits: QuotaLimits,
  query: Omit<QuotaQuery, "includesThisUse"> & { engine: UsageRecord["engine"]; model: string | null },
): Promise<{ ok: true; reservationId: string } | OverQuota> {
  const { userId, tool, now, engine, model } = query;
  return db.$transaction(async (tx) => {
    await takeQuotaTurn(tx, userId, tool);
    const quota = await checkQuota(tx, limits, { userId, tool, now });
    if (!quota.ok) return quota;
    const reserved = await tx.usageEvent.create({
      data: { userId, tool, engine, model, status: "reserved", createdAt: now },
      select: { id: true },
    });
    return { ok: true as const, reservationId: reserved.id };
  });
}
