import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/ui/nonce";

const ABORT_DELAY = 5_000;
/** The reason given when that bound cuts off what was still streaming after the shell. */
const STREAM_TIMEOUT = new Error(`still streaming ${ABORT_DELAY} ms after the shell`);

/**
 * Errors Remix caught in a loader, an action or the first render: each is logged once here,
 * with its stack (source-mapped by `node --enable-source-maps`). A request whose client went
 * away is not an error, and thrown responses (404s and the like) are answers, not faults.
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error)) {
    // Remix wraps a few internal failures in an error response that carries the real error.
    const inner = (error as { error?: unknown }).error;
    if (inner) console.error(inner);
    return;
  }
  console.error(error);
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Bots and no-JS readers get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  const nonce = loadContext.cspNonce ?? "";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const respond = () => {
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      resolve(
        new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
          // The bound is for data still streaming after the shell, counted from the shell:
          // a busy server that is slow to render the shell answers late, never with a 500.
          setTimeout(() => abort(STREAM_TIMEOUT), ABORT_DELAY).unref();
          if (!waitForAll) respond();
        },
        onAllReady() {
          if (waitForAll) respond();
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          // What was still streaming at the bound is left to the browser: the page's content
          // is rendered, so it is a slow answer, not a failed one.
          if (error === STREAM_TIMEOUT) return;
          responseStatusCode = 500;
          // Errors after the shell is out are logged here; earlier ones reach handleError.
          if (shellRendered && !request.signal.aborted) console.error(error);
        },
      },
    );
    // A client that went away before the shell was ready needs no page.
    request.signal.addEventListener("abort", () => abort(), { once: true });
  });
}
