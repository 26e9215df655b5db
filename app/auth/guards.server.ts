import { redirect } from "@remix-run/node";
import { type SessionUser, getSession } from "~/auth/session.server";

export async function getOptionalUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request))?.user ?? null;
}

/** The signed-in user and session, or a redirect to log in and come back. */
export async function requireUser(request: Request): Promise<{ user: SessionUser; sessionId: string }> {
  const session = await getSession(request);
  if (!session) {
    const url = new URL(request.url);
    const back = request.method === "GET" ? url.pathname + url.search : url.pathname;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return { user: session.user, sessionId: session.sessionId };
}

/** For pages only signed-out visitors need (log in, sign up). */
export async function redirectIfSignedIn(request: Request, to = "/toolkit"): Promise<void> {
  if (await getSession(request)) throw redirect(to);
}
