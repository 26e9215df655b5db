import { config } from "~/config.server";
import { db } from "~/db.server";

/** Liveness and readiness for load balancers and people: can we read the database? */
export async function loader() {
  const { services } = config();
  let dbState: "ok" | "error" = "ok";
  try {
    await db.user.findFirst({ select: { id: true } });
  } catch {
    dbState = "error";
  }
  const ok = dbState === "ok";
  return Response.json(
    { ok, db: dbState, services },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
