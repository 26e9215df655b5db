import { config } from "~/config.server";
import { databaseAnswers } from "~/db.server";

/** Liveness and readiness for load balancers and people: can we read the database? */
export async function loader() {
  const { services } = config();
  const ok = await databaseAnswers();
  return Response.json(
    { ok, db: ok ? "ok" : "error", services },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
