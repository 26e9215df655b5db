import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { writeReadableStreamToWritable } from "@remix-run/node";
import { RequestBodyTooLargeError } from "~/server/request-limits";

// Express request → Fetch Request → Express response, as @remix-run/express does it, with
// one difference: the body streams through a byte limit, and this adapter alone decides
// what becomes of a body nobody reads to the end. Once a body passes the limit, the route
// sees an error at once (and answers 413); once a route stops reading (it cancels the
// body, or answers without it), reading stops. TCP then holds the client's writes back
// while the answer is made: a client reads its answer only between writes, and one left
// writing while a busy machine renders can send tens of megabytes first. Once the answer
// is sent, the rest is read and dropped, up to a budget, so the client receives that
// answer instead of a reset connection (and a kept-alive connection can serve the next
// request); a client sending far more, or never finishing, is cut off.

const DISCARD_MAX_BYTES = 32 * 1024 * 1024;
const DISCARD_MAX_MS = 10_000;

function headersOf(req: ExpressRequest): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (values === undefined) continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(key, value);
  }
  return headers;
}

function bodyOf(
  req: ExpressRequest,
  res: ExpressResponse,
  limit: number | null,
  onTooLarge: () => void,
): ReadableStream<Uint8Array> {
  let seen = 0;
  let ended = false;
  let unwanted = false;
  let discarded = 0;
  let deadline: NodeJS.Timeout | undefined;
  const dropRest = () => {
    if (unwanted || ended) return;
    unwanted = true;
    req.pause();
    deadline = setTimeout(() => req.destroy(), DISCARD_MAX_MS).unref();
    if (res.writableFinished) req.resume();
    else res.once("finish", () => req.resume());
  };
  res.once("finish", dropRest);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        seen += chunk.length;
        if (unwanted) {
          discarded += chunk.length;
          if (discarded > DISCARD_MAX_BYTES) req.destroy();
          return;
        }
        if (limit !== null && seen > limit) {
          onTooLarge();
          controller.error(new RequestBodyTooLargeError(limit));
          return dropRest();
        }
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => {
        ended = true;
        clearTimeout(deadline);
        if (!unwanted) controller.close();
      });
      req.on("error", (error) => {
        if (!unwanted) controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel: dropRest,
  });
}

/**
 * The Fetch Request for an Express request; `limit` caps its body (null: the route caps it).
 * `clientGone` aborts when the client goes away before the response is finished. Routes
 * must take that one, from the load context, not `request.signal`: Remix hands a route a
 * copy of the request (it strips `?index` and `_data`), and the copy's signal follows the
 * original only through a weak reference, so after a garbage collection it never aborts
 * (undici's Request). This controller is held by the response's close listener.
 */
export function fetchRequestOf(
  req: ExpressRequest,
  res: ExpressResponse,
  limit: number | null,
  onTooLarge: () => void,
): { request: Request; clientGone: AbortSignal } {
  // req.hostname respects "trust proxy"; the port comes from X-Forwarded-Host or Host.
  const port = [req.get("x-forwarded-host"), req.get("host")]
    .map((h) => Number.parseInt(h?.split(":")[1] ?? "", 10))
    .find((p) => Number.isSafeInteger(p));
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const controller = new AbortController();
  let finished = false;
  res.on("finish", () => (finished = true));
  res.on("close", () => {
    if (!finished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = {
    method: req.method,
    headers: headersOf(req),
    signal: controller.signal,
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = bodyOf(req, res, limit, onTooLarge);
    init.duplex = "half";
  }
  return { request: new Request(url.href, init), clientGone: controller.signal };
}

/** Sends a Fetch Response through Express, streaming its body. */
export async function sendFetchResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
