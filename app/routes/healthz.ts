import { config } from "~/config.server";
import { databaseHealth } from "~/db.server";

/**
 * Liveness and readiness for load balancers and people: can we read the database, and can
 * it take writes? 503 when it cannot read, or cannot write (disk full, file unwritable); a
 * write lock held by another process is reported as "waiting" with 200, since requests
 * still work and writes go through once it is released (or answer 503 after their wait).
 * `engine` says which database this server runs on (sqlite | postgresql).
 */
export async function loader() {
  const { services } = config();
  const health = await databaseHealth();
  const ok = health.reads === "ok" && (health.writes === "ok" || health.writes === "waiting");
  return Response.json(
    { ok, db: ok ? "ok" : "error", engine: health.engine, writes: health.writes, services },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
