import type { Request, Response } from "express";
import { config } from "~/config.server";
import { type DatabaseHealth, databaseHealth } from "~/db.server";

/**
 * GET /healthz, liveness and readiness for load balancers and people: can we read the
 * database, and can it take writes? 503 when it cannot read, or cannot write (disk full,
 * file unwritable); a write lock held by another process is reported as "waiting" with
 * 200, since requests still work and writes go through once it is released (or answer 503
 * after their wait). `engine` says which database this server runs on (sqlite | postgresql).
 * Answered by the Express server itself, not Remix: it is polled often, also while the
 * database is under strain, so it does no more than its own check.
 */
export async function healthz(_req: Request, res: Response): Promise<void> {
  const { services } = config();
  const health = await sharedCheck();
  const ok = health.reads === "ok" && (health.writes === "ok" || health.writes === "waiting");
  res
    .status(ok ? 200 : 503)
    .set("Cache-Control", "no-store")
    .json({ ok, db: ok ? "ok" : "error", engine: health.engine, writes: health.writes, services });
}

let running: Promise<DatabaseHealth> | null = null;

/** Requests that arrive while a check runs share its outcome (it ends after they arrived). */
function sharedCheck(): Promise<DatabaseHealth> {
  running ??= databaseHealth().finally(() => (running = null));
  return running;
}
