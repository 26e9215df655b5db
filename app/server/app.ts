import http from "node:http";
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import express from "express";
import { isCrossSiteWrite } from "~/auth/same-origin";
import { type Config, outboxReadableBy } from "~/config.server";
import { healthz } from "~/server/healthz";
import { publicPageCache } from "~/server/page-cache";
import { fetchRequestOf, sendFetchResponse } from "~/server/remix-adapter";
import { bodyLimitFor, refuseUnacceptable } from "~/server/request-limits";
import { NONCE_LENGTH, createNonce, securityHeaderTemplate } from "~/server/security";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
    /** Set once the request's body passed its limit while streaming (see request-limits.ts). */
    requestBody: { tooLarge: boolean };
    /** Aborts when the client goes away before the response is finished. Use this, never
     *  `request.signal`, which can stop following it (see remix-adapter.ts). */
    clientGone: AbortSignal;
  }
}

/** A request that carries a session: its pages may be personal. */
function hasSessionCookie(cookie: string | undefined): boolean {
  return /(?:^|;\s*)(?:__Host-)?session=/.test(cookie ?? "");
}

/** The security headers a route may replace (lower-cased), rather than add a second value to. */
const OVERRIDABLE = new Set(
  Object.keys(securityHeaderTemplate({ secureOrigin: true, formTargets: [] }).withNonce("")).map((k) =>
    k.toLowerCase(),
  ),
);

/** The HTTP server: security headers, method and body limits, CSRF guard, static files, then Remix. */
export function createApp(
  build: ServerBuild,
  cfg: Config,
  opts: { onRequest?: (res: http.ServerResponse) => void } = {},
) {
  const app = express();
  app.disable("x-powered-by");
  if (cfg.trustProxy) app.set("trust proxy", cfg.trustProxy);

  const formTargets = ["https://checkout.stripe.com"];
  // Set by `remix dev` in development builds only (the production build compiles it to "").
  const devServerOrigin = cfg.isProduction ? undefined : process.env.REMIX_DEV_ORIGIN || undefined;
  if (cfg.stripe.apiBase) formTargets.push(new URL(cfg.stripe.apiBase).origin);

  if (cfg.logRequests) {
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        // Path only: query strings can carry tokens.
        console.log(`${req.method} ${req.originalUrl.split("?")[0]} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
      next();
    });
  }

  const security = securityHeaderTemplate({ secureOrigin: cfg.secureOrigin, formTargets, devServerOrigin });

  const pageCache = publicPageCache({
    paths: /^\/(compare|salaries)(\/|$)/,
    ttlMs: 5 * 60_000,
    maxEntries: 500,
    maxBytes: 16 * 1024 * 1024,
    isSignedIn: hasSessionCookie,
    // The local-mode banner links to the outbox only for visitors who may read it.
    variant: (clientIp) => (outboxReadableBy(cfg.outboxPage, clientIp) ? "outbox" : ""),
    createNonce,
    securityHeaders: security.rawWithNonce,
    nonceLength: NONCE_LENGTH,
  });
  // First in the chain: a cached public page needs none of what follows (it is a GET of a
  // public path, and it carries the same security headers), nor a look-up on disk.
  app.use(pageCache.middleware);

  app.use((req, res, next) => {
    const nonce = createNonce();
    res.locals.cspNonce = nonce;
    const defaults = security.withNonce(nonce);
    res.set(defaults);
    // A route may tighten a default (the reset page sends Referrer-Policy: no-referrer):
    // its value replaces ours instead of being appended to it.
    const append = res.append.bind(res);
    res.append = (field: string, value?: string | string[]) =>
      OVERRIDABLE.has(field.toLowerCase()) && value !== undefined ? res.set(field, value) : append(field, value);
    next();
  });

  app.use((req, res, next) => {
    if (!refuseUnacceptable(req, res)) next();
  });

  app.use((req, res, next) => {
    const requestOrigin = `${req.protocol}://${req.get("host")}`;
    const refused = isCrossSiteWrite({
      method: req.method,
      path: req.path,
      origin: req.get("origin"),
      secFetchSite: req.get("sec-fetch-site"),
      allowedOrigins: [cfg.origin, requestOrigin],
    });
    if (!refused) return next();
    res
      .status(403)
      .type("text/plain")
      .send("This form was sent from another site, so it was refused. Go back to the page and try again.");
  });

  app.get("/healthz", (req, res, next) => void healthz(req, res).catch(next));

  // Fingerprinted build assets never change under the same name.
  app.use("/build", express.static(path.resolve("public/build"), { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static(path.resolve("public"), { maxAge: "1h", index: false }));

  const handleRequest = createRequestHandler(build, cfg.isProduction ? "production" : "development");
  app.all("*", async (req, res, next) => {
    try {
      const requestBody = { tooLarge: false };
      // The body streams through the limit, so a route never reads more than it allows.
      const { request, clientGone } = fetchRequestOf(
        req,
        res,
        bodyLimitFor(req.path),
        () => (requestBody.tooLarge = true),
      );
      let response = await handleRequest(request, {
        cspNonce: res.locals.cspNonce as string,
        clientIp: clientIpOf(req),
        requestBody,
        clientGone,
      });
      if (hasSessionCookie(req.get("cookie")) || response.headers.has("set-cookie")) {
        // A signed-in page is personal: never stored by the browser's cache or any proxy.
        const headers = new Headers(response.headers);
        headers.set("Cache-Control", "private, no-store");
        response = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      }
      await sendFetchResponse(res, response);
    } catch (error) {
      next(error);
    }
  });
  // A stored page is answered by the HTTP server itself, without Express's request set-up,
  // when nothing asks for Express: no request log, and the visitor's address is the
  // socket's (a forwarded address is read by Express, under the "trust proxy" setting).
  return http.createServer((req, res) => {
    opts.onRequest?.(res);
    const direct = !cfg.logRequests && !(cfg.trustProxy && req.headers["x-forwarded-for"]);
    if (!direct || !pageCache.serveStored(req, res, req.socket.remoteAddress ?? "")) app(req, res);
  });
}

/** The client's address: the socket's peer, or what a trusted proxy reported. */
function clientIpOf(req: express.Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}
