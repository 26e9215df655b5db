import type { ServerResponse } from "node:http";
import v8 from "node:v8";
import vm from "node:vm";

// Under load V8 grows the heap to a few times what is live (fewer collections, more
// throughput), and gives none of it back afterwards: its ordinary full collections free
// only pages left completely empty, and after a busy minute nearly every page holds a few
// survivors. Its own memory reducer did not run in the minute after such a load (measured:
// docs/decisions/2026-12-07-server-memory.md). So once the server has been idle for a while
// after its heap grew, it runs one full collection that compacts every page: the survivors
// move together and the emptied pages go back to the operating system.

let collect: (() => void) | undefined;

/** A full garbage collection that compacts the whole heap (about 50–150 ms here, blocking). */
export function compactHeap(): void {
  // `gc` exists only with --expose-gc; setting the flag at run time and taking the function
  // from a fresh context gives it to this module alone, whatever command started the server.
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  v8.setFlagsFromString("--compact-on-every-full-gc");
  try {
    collect();
  } finally {
    v8.setFlagsFromString("--no-compact-on-every-full-gc");
  }
}

export interface IdleHeapTrimOptions {
  /** How long no request is in flight before the heap is compacted. */
  idleMs: number;
  /** How much the heap must have grown since the last compaction to be worth one. */
  minGrowthBytes: number;
  /** The heap's committed size (V8's total heap size by default). */
  heapBytes?: () => number;
  /** The compaction (`compactHeap` by default). */
  compact?: () => void;
}

/**
 * Watches the HTTP server's requests and compacts the heap once it has been idle for
 * `idleMs` with its heap grown by `minGrowthBytes` since the last time: a trickle of
 * requests costs nothing, and a burst is paid for once, in a quiet moment, not per request.
 */
export function idleHeapTrimmer(opts: IdleHeapTrimOptions) {
  const heapBytes = opts.heapBytes ?? (() => v8.getHeapStatistics().total_heap_size);
  const compact = opts.compact ?? compactHeap;
  let baseline = heapBytes();
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    // A request that began since the last one ended re-arms the timer when it ends.
    if (inFlight > 0 || heapBytes() - baseline < opts.minGrowthBytes) return;
    compact();
    baseline = heapBytes();
  };

  const ended = () => {
    inFlight -= 1;
    if (inFlight > 0) return;
    // Re-arming a timer costs less than making one per request.
    if (timer) timer.refresh();
    else (timer = setTimeout(check, opts.idleMs)).unref();
  };

  return {
    /** Counts a request from now until its response is done (or its connection closes). */
    track(res: ServerResponse) {
      inFlight += 1;
      res.once("close", ended);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
