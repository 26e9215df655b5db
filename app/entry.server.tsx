import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { isbot } from "isbot";
import type { ReactElement } from "react";
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
export function handleError(error: unknown, { context }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (context.clientGone?.aborted) return;
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
  const nonce = loadContext.cspNonce ?? "";
  return renderDocument(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
    </NonceProvider>,
    {
      // Bots and no-JS readers get the whole document at once; browsers get it streamed.
      waitForAll: isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode,
      status: responseStatusCode,
      headers: responseHeaders,
      nonce,
      signal: loadContext.clientGone,
    },
  );
}

/** Renders a document to a streamed HTML response, cut off `abortDelayMs` after its shell. */
export function renderDocument(
  element: ReactElement,
  opts: {
    waitForAll: boolean;
    status: number;
    headers: Headers;
    nonce: string;
    signal: AbortSignal;
    abortDelayMs?: number;
  },
) {
  const { headers, nonce, signal, waitForAll } = opts;
  let status = opts.status;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    let streamTimer: ReturnType<typeof setTimeout> | undefined;
    const respond = () => {
      const body = new PassThrough();
      headers.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
      pipe(body);
    };
    // A client that went away mid-render needs no page. The listener goes once the render is
    // done: the client's signal can outlive the request, and would keep the render alive.
    const onClientGone = () => abort();
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce,
      onShellReady() {
        shellRendered = true;
        // The bound is for data still streaming after the shell, counted from the shell:
        // a busy server that is slow to render the shell answers late, never with a 500.
        streamTimer = setTimeout(() => abort(STREAM_TIMEOUT), opts.abortDelayMs ?? ABORT_DELAY);
        streamTimer.unref();
        if (!waitForAll) respond();
      },
      onAllReady() {
        // Nothing is left to cut off. A pending timer would keep the whole render (its
        // data, the React tree, the stream) alive for the rest of the delay: at a few
        // hundred pages a second, that was most of the server's heap under load.
        clearTimeout(streamTimer);
        signal.removeEventListener("abort", onClientGone);
        if (waitForAll) respond();
      },
      onShellError(error: unknown) {
        signal.removeEventListener("abort", onClientGone);
        reject(error);
      },
      onError(error: unknown) {
        // What was still streaming at the bound is left to the browser: the page's content
        // is rendered, so it is a slow answer, not a failed one.
        if (error === STREAM_TIMEOUT) return;
        status = 500;
        // Errors after the shell is out are logged here; earlier ones reach handleError.
        if (shellRendered && !signal.aborted) console.error(error);
      },
    });
    signal.addEventListener("abort", onClientGone, { once: true });
  });
}
