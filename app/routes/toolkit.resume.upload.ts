// POST /toolkit/resume/upload: the scanner page's form, sent by its script (so it can
// show upload progress), answered as JSON: `{ documentId }` once the report is saved, or
// `{ error, status }` with the same refusals and statuses as the page's own action.
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { requireAccess } from "~/billing/access.server";
import { retryAfter } from "~/http/retry-after";
import { scanAndSaveUpload } from "~/resume/upload.server";

/** Opened in the address bar: the form is on the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  return redirect("/toolkit/resume");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const outcome = await scanAndSaveUpload(request, user.id, context.clientGone);
  if (outcome.ok)
    return Response.json({ documentId: outcome.documentId }, { headers: { "Cache-Control": "no-store" } });
  const headers = {
    "Cache-Control": "no-store",
    ...(outcome.retryAfterSeconds ? retryAfter(outcome.retryAfterSeconds) : {}),
  };
  return Response.json({ error: outcome.message, status: outcome.status }, { status: outcome.status, headers });
}
