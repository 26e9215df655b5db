import { execFileSync } from "node:child_process";
import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idleHeapTrimmer } from "~/server/heap-trim";

const MB = 1024 * 1024;

/** A response as far as the trimmer sees one: it ends with "close". */
const response = () => new EventEmitter() as unknown as ServerResponse & EventEmitter;

describe("idleHeapTrimmer", () => {
  let heap = 100 * MB;
  let compact: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    heap = 100 * MB;
    compact = vi.fn(() => void (heap = 60 * MB));
  });
  afterEach(() => void vi.useRealTimers());
  const trimmer = () => idleHeapTrimmer({ idleMs: 2000, minGrowthBytes: 32 * MB, heapBytes: () => heap, compact });

  it("compacts once the server has been idle after its heap grew", () => {
    const t = trimmer();
    const res = response();
    t.track(res);
    heap = 300 * MB;
    res.emit("close");
    vi.advanceTimersByTime(1999);
    expect(compact).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(compact).toHaveBeenCalledTimes(1);
    // Idle on, nothing new: once is enough.
    vi.advanceTimersByTime(60_000);
    expect(compact).toHaveBeenCalledTimes(1);
  });

  it("waits while a request is in flight, and counts the idle time from the last one's end", () => {
    const t = trimmer();
    const [slow, quick] = [response(), response()];
    t.track(slow);
    t.track(quick);
    heap = 300 * MB;
    quick.emit("close");
    vi.advanceTimersByTime(10_000);
    expect(compact).not.toHaveBeenCalled();
    slow.emit("close");
    vi.advanceTimersByTime(1000);
    const next = response();
    t.track(next);
    next.emit("close");
    vi.advanceTimersByTime(1999);
    expect(compact).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(compact).toHaveBeenCalledTimes(1);
  });

  it("leaves a heap that grew little alone, and measures growth from the last compaction", () => {
    const t = trimmer();
    const visit = (heapAfter: number) => {
      const res = response();
      t.track(res);
      heap = heapAfter;
      res.emit("close");
      vi.advanceTimersByTime(2000);
    };
    visit(120 * MB);
    expect(compact).not.toHaveBeenCalled();
    visit(140 * MB);
    expect(compact).toHaveBeenCalledTimes(1); // 100 → 140 MB: grown 40 MB; now 60 MB
    visit(80 * MB);
    expect(compact).toHaveBeenCalledTimes(1);
  });
});

describe("compactHeap, in a real Node process", () => {
  it("gives back the pages of a heap that is mostly garbage spread over every page", () => {
    // One survivor in 30 objects, so ordinary collections find almost no page empty.
    const script = `
      import { compactHeap } from ${JSON.stringify(path.resolve("app/server/heap-trim.ts"))};
      import v8 from "node:v8";
      const total = () => v8.getHeapStatistics().total_heap_size;
      const keep = []; let junk = [];
      for (let i = 0; i < 3_000_000; i++) {
        const o = { i, s: "x" + i };
        if (i % 30 === 0) keep.push(o); else junk.push(o);
        if (junk.length > 200_000) junk = [];
      }
      junk = null;
      const before = total();
      compactHeap();
      console.log(JSON.stringify({ before, after: total(), kept: keep.length }));`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    const { before, after, kept } = JSON.parse(out.trim().split("\n").pop()!) as Record<string, number>;
    expect(kept).toBe(100_000);
    expect(after).toBeLessThan(before * 0.6);
  });
});
