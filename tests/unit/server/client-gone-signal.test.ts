// A route learns that its client went away from the load context's `clientGone`, which must
// still abort after garbage collections: the request Remix hands a route is a copy, and the
// copy's signal follows the original only weakly (undici), so `request.signal` can stay
// un-aborted for good. Seen as saves and model calls that went on after the browser left.
import { EventEmitter } from "node:events";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type ActionFunctionArgs, type AppLoadContext, createRequestHandler, type ServerBuild } from "@remix-run/node";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { describe, expect, it } from "vitest";
import { compactHeap } from "~/server/heap-trim";
import { fetchRequestOf } from "~/server/remix-adapter";

/** The parts of an Express request and response the adapter reads. */
function expressPair(url: string) {
  const res = new EventEmitter();
  const req = Object.assign(new EventEmitter(), {
    method: "POST",
    protocol: "http",
    hostname: "127.0.0.1",
    originalUrl: url,
    headers: { host: "127.0.0.1:3000", "content-type": "application/x-www-form-urlencoded" },
    get: (name: string) => (name.toLowerCase() === "host" ? "127.0.0.1:3000" : undefined),
    resume() {},
    pause() {},
    destroy() {},
  });
  return { req: req as unknown as ExpressRequest, res: res as unknown as ExpressResponse, emitter: { req, res } };
}

/** A one-route Remix build whose action waits until the test lets it answer. */
function buildWith(action: (args: ActionFunctionArgs) => Promise<Response>): ServerBuild {
  return {
    mode: "production",
    entry: { module: { default: () => new Response("no documents here") } },
    routes: {
      root: { id: "root", path: "", module: {} },
      "routes/wait": { id: "routes/wait", parentId: "root", path: "wait", module: { action } },
    },
    assets: { entry: { imports: [], module: "" }, routes: {}, url: "", version: "test" },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: {} as ServerBuild["future"],
    isSpaMode: false,
  } as unknown as ServerBuild;
}

describe("the client-gone signal a route is given", () => {
  it("aborts when the client goes away mid-request, even after the heap is collected", async () => {
    let seen: { clientGone: AbortSignal } | undefined;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const handler = createRequestHandler(
      buildWith(async ({ context }) => {
        seen = { clientGone: context.clientGone };
        await answered;
        return new Response("done");
      }),
    );
    const { req, res, emitter } = expressPair("/wait?index");
    const { request, clientGone } = fetchRequestOf(req, res, null, () => {});
    const responding = handler(request, { clientGone } as AppLoadContext);
    emitter.req.emit("end");
    await expect.poll(() => seen).toBeDefined();

    compactHeap();
    await new Promise((resolve) => setTimeout(resolve, 10));
    compactHeap();
    emitter.res.emit("close");
    expect(seen!.clientGone.aborted).toBe(true);
    answer();
    await responding;
  });
});

describe("the app's routes and modules", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });

  it("never read a Fetch request's own signal (only the adapter, which makes it)", () => {
    const code = (file: string) => readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    const readers = files("app")
      .filter((file) => !file.endsWith(path.join("server", "remix-adapter.ts")))
      // Modules handed a Fetch Request: a route's arguments, or a `request: Request` parameter.
      .filter((file) => /FunctionArgs\b|\brequest: Request\b/.test(code(file)))
      .filter((file) => /\brequest\.signal\b/.test(code(file)));
    expect(readers).toEqual([]);
  });
});
