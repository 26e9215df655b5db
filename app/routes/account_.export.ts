import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportAccount } from "~/auth/account-export.server";

/** A machine-readable copy of everything we hold about the signed-in user. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const body = JSON.stringify(await exportAccount(user.id), null, 2);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="career-recovery-toolkit-export-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
