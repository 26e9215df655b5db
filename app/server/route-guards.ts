import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import { bodyTooLargeResponse } from "~/server/request-limits";
import { trackingDatabaseFaults } from "~/db/fault-context.server";
import { type DatabaseFault, databaseFault } from "~/db/faults";

// Failures that are about the request or the database's state, not bugs, get their own
// answer instead of a 500, in one place for every route of the build (no route has to
// remember them):
// - the database cannot take the work right now (the write lock stayed taken, the disk is
//   full): 503 with Retry-After and a message saying nothing was saved;
// - the body passed its limit while streaming: 413;
// - the body is not a form the route can read (JSON, text/plain, no Content-Type: 415; a
//   broken multipart body: 400).

const ANSWERS: Record<DatabaseFault, { retryAfterSeconds: number; message: string }> = {
  busy: {
    retryAfterSeconds: 5,
    message:
      "The database is busy with other work right now, so this was not saved. Nothing you saved before is affected. Try again in a few seconds.",
  },
  full: {
    retryAfterSeconds: 60,
    message:
      "We cannot save anything right now because the server has run out of storage, so this was not saved. Nothing you saved before is affected. Try again in a minute.",
  },
  unreachable: {
    retryAfterSeconds: 10,
    message:
      "We cannot reach our database right now, so this was not saved. Nothing you saved before is affected. Try again in a few seconds.",
  },
  unwritable: {
    retryAfterSeconds: 60,
    message:
      "We cannot save anything right now because of a storage problem on the server, so this was not saved. Nothing you saved before is affected. Try again in a minute.",
  },
};

export function databaseFaultResponse(fault: DatabaseFault): Response {
  const answer = ANSWERS[fault];
  return new Response(answer.message, {
    status: 503,
    statusText: "Temporarily unavailable",
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Retry-After": String(answer.retryAfterSeconds),
      "Cache-Control": "no-store",
    },
  });
}

type Handler = (args: { request: Request; context: AppLoadContext }) => unknown;

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The answer for a body the route could not read as a form, or null for any other error. */
function unreadableBodyResponse(error: unknown): Response | null {
  if (!(error instanceof TypeError)) return null;
  if (/Content-Type was not one of/.test(error.message)) {
    return plain(415, "Send this form as application/x-www-form-urlencoded or multipart/form-data.");
  }
  if (/Failed to parse body as FormData|Unexpected end of multipart data|Malformed part header/i.test(error.message)) {
    return plain(400, "The form could not be read. Go back to the page and send it again.");
  }
  return null;
}

function guarded(handler: Handler): Handler {
  return async (args) => {
    const outcome = await trackingDatabaseFaults(async () => handler(args));
    if (!("error" in outcome)) return outcome.result;
    const { error } = outcome;
    if (args.context.requestBody?.tooLarge) throw bodyTooLargeResponse();
    // Thrown responses (redirects, 404s) are answers, not failures.
    if (!(error instanceof Error)) throw error;
    const unreadable = unreadableBodyResponse(error);
    if (unreadable) throw unreadable;
    // The error itself may be a consequence of the fault (see fault-context.server.ts).
    const fault = databaseFault(error) ?? outcome.fault;
    if (!fault) throw error;
    const url = new URL(args.request.url);
    console.error(`database ${fault}: ${args.request.method} ${url.pathname} answered 503`);
    throw databaseFaultResponse(fault);
  };
}

type HeadersArgs = { parentHeaders: Headers; errorHeaders?: Headers } & Record<string, unknown>;
type HeadersExport = ((args: HeadersArgs) => HeadersInit) | HeadersInit | undefined;

/**
 * Remix passes a thrown response's headers only to the `headers` export of the route that
 * renders the error; this one keeps each route's own headers (or its parent's, as Remix does
 * for a route without the export) and adds the guard answer's Retry-After.
 */
function withRetryAfter(own: HeadersExport) {
  return (args: HeadersArgs): Headers => {
    const base = own === undefined ? args.parentHeaders : typeof own === "function" ? own(args) : own;
    const headers = new Headers(base);
    const retryAfter = args.errorHeaders?.get("Retry-After");
    if (retryAfter) {
      headers.set("Retry-After", retryAfter);
      headers.set("Cache-Control", "no-store");
    }
    return headers;
  };
}

/** The build with every route's loader and action guarded as above. */
export function guardRoutes(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const { loader, action, headers } = route.module as { loader?: Handler; action?: Handler; headers?: HeadersExport };
    routes[id] = {
      ...route,
      module: {
        ...route.module,
        ...(loader ? { loader: guarded(loader) } : {}),
        ...(action ? { action: guarded(action) } : {}),
        headers: withRetryAfter(headers),
      } as typeof route.module,
    };
  }
  return { ...build, routes };
}
