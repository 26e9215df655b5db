import { getEventListeners } from "node:events";
import { Suspense } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderDocument } from "~/entry.server";

const options = (overrides: Partial<Parameters<typeof renderDocument>[1]> = {}) => ({
  waitForAll: false,
  status: 200,
  headers: new Headers(),
  nonce: "",
  signal: new AbortController().signal,
  ...overrides,
});

/** Suspends for good: data that never arrives (React 18 suspends on a thrown promise). */
function NeverReady(): never {
  throw new Promise<void>(() => {});
}

describe("renderDocument", () => {
  // Only setTimeout is faked: React schedules its own work with setImmediate.
  beforeEach(() => void vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => void vi.useRealTimers());

  it("leaves no timer behind once the page is rendered, so nothing keeps the render alive", async () => {
    const response = await renderDocument(<p>Hello</p>, options());
    expect(await response.text()).toContain("<p>Hello</p>");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves no listener on the client's signal once rendered: the signal outlives the request", async () => {
    for (const waitForAll of [false, true]) {
      const client = new AbortController();
      const response = await renderDocument(<p>Hello</p>, options({ waitForAll, signal: client.signal }));
      await response.text();
      expect(getEventListeners(client.signal, "abort")).toHaveLength(0);
    }
  });

  it("for a reader who waits for the whole page too", async () => {
    const response = await renderDocument(<p>Hello</p>, options({ waitForAll: true }));
    expect(await response.text()).toContain("Hello");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("still cuts off what streams past the bound after the shell", async () => {
    const response = await renderDocument(
      <Suspense fallback={<p>Loading</p>}>
        <NeverReady />
      </Suspense>,
      options({ abortDelayMs: 1000 }),
    );
    expect(vi.getTimerCount()).toBe(1);
    const text = response.text();
    vi.advanceTimersByTime(1000);
    expect(await text).toContain("Loading");
    expect(vi.getTimerCount()).toBe(0);
  });
});
