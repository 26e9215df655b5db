import type { Request as ExpressRequest, Response as ExpressResponse } from "express";

// What the server accepts before any route runs: the methods the app answers, and how
// large a request body may be. Pure rules plus one Express middleware; the body limit is
// enforced twice, on the declared Content-Length before anything is read, and on the bytes
// as they stream (a chunked body declares no length), so no route ever parses more.

/** Form posts: the largest legitimate one is a document edit of 200,000 characters. */
export const FORM_BODY_MAX_BYTES = 2 * 1024 * 1024;

/** The resume upload routes enforce their own, larger limit while streaming (upload.server.ts). */
const OWN_LIMIT_PATHS = /^\/toolkit\/resume(?:\/upload)?(?:\.data)?$/;

/** The methods the app answers; anything else (TRACE, PUT, …) gets 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"];

/** The body limit for a path, or null when the route enforces its own. */
export function bodyLimitFor(path: string): number | null {
  return OWN_LIMIT_PATHS.test(path) ? null : FORM_BODY_MAX_BYTES;
}

/** Thrown by the request body stream once a body passes its limit. */
export class RequestBodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = "RequestBodyTooLargeError";
  }
}

const TOO_LARGE_MESSAGE = "This form sent more than the server accepts. Shorten what you typed and send it again.";

/** Refuses a method the app does not answer, and a body whose declared length is over the limit. */
export function refuseUnacceptable(req: ExpressRequest, res: ExpressResponse): boolean {
  if (!ALLOWED_METHODS.includes(req.method)) {
    res
      .status(405)
      .set("Allow", ALLOWED_METHODS.join(", "))
      .type("text/plain")
      .send("This method is not allowed here.");
    return true;
  }
  const limit = bodyLimitFor(req.path);
  const declared = Number(req.get("content-length") ?? 0);
  if (limit !== null && declared > limit) {
    // Closing the connection stops the client sending the rest, which is never read.
    res.status(413).set("Connection", "close").type("text/plain").send(TOO_LARGE_MESSAGE);
    return true;
  }
  return false;
}

export function bodyTooLargeResponse(): Response {
  return new Response(TOO_LARGE_MESSAGE, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
