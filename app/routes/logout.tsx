import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { clearedSessionCookie, getSession, invalidateSession } from "~/auth/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  if (session) await invalidateSession(session.sessionId);
  return redirect("/", { headers: { "Set-Cookie": clearedSessionCookie() } });
}

// Signing out changes state, so it is never done by a GET.
export function loader() {
  return redirect("/");
}
