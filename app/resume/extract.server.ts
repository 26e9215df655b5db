// A small pool of worker threads that read PDFs with pdf.js. A PDF can be built to eat
// CPU or memory (decompression bombs, endlessly nested forms); a timeout on the main
// thread would not stop that work, so each job runs in a worker with V8 heap limits and
// the worker is terminated when it runs over time or over its heap. Decoded stream data
// lives outside the V8 heap, so the worker also refuses decompression bombs before
// pdf.js decodes anything (extract-worker.server.mjs). The main thread only passes
// messages, so it keeps serving requests meanwhile.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfDocument } from "./types.ts";

export interface ExtractionPoolOptions {
  /** Worker threads; each reads one PDF at a time. */
  size?: number;
  /** Wall-clock limit for one PDF, from the moment a worker picks it up. */
  timeLimitMs?: number;
  /** V8 old-generation heap limit per worker. */
  maxHeapMb?: number;
  /** Pages read per PDF; later pages are counted but not read. */
  maxPages?: number;
  /** Text items kept per page. */
  maxItemsPerPage?: number;
  /** A worker is replaced after this many jobs, so nothing pdf.js keeps can pile up. */
  maxJobsPerWorker?: number;
  /** PDFs that may wait for a free worker; past it, `extract` answers "busy" at once. */
  maxQueued?: number;
}

export type ExtractionResult =
  | { ok: true; document: PdfDocument }
  | { ok: false; reason: "encrypted" | "unreadable" | "timeout"; detail: string }
  /** busy: the queue was full. aborted: the caller's signal fired first (the client went away). */
  | { ok: false; reason: "busy" | "aborted"; detail: string };

export const EXTRACTION_DEFAULTS: Required<ExtractionPoolOptions> = {
  size: 2,
  timeLimitMs: 10_000,
  maxHeapMb: 256,
  maxPages: 10,
  maxItemsPerPage: 5_000,
  maxJobsPerWorker: 200,
  maxQueued: 8,
};

const WORKER_FILE = "extract-worker.server.mjs";

// Beside this module: app/resume/ when run from source (tests, command-line tools), and
// build/ in the server bundle, where `npm run build` compiles the worker (finish-build.ts).
function workerScriptPath(): string {
  return fileURLToPath(new URL(`./${WORKER_FILE}`, import.meta.url));
}

interface Job {
  bytes: Uint8Array;
  signal?: AbortSignal;
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

const ABORTED: ExtractionResult = { ok: false, reason: "aborted", detail: "the request was aborted" };

interface WorkerReply {
  id: number;
  ok: boolean;
  document?: PdfDocument;
  reason?: "encrypted" | "unreadable";
  detail?: string;
}

/** One worker thread, started on first use and replaced after it is terminated. */
class Slot {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private jobsRun = 0;
  busy = false;

  constructor(private readonly options: Required<ExtractionPoolOptions>) {}

  private start(): Promise<Worker> {
    const worker = new Worker(workerScriptPath(), {
      // Not --enable-source-maps: pdf.js ships large source maps that Node would parse in every
      // worker, and mapped stack traces are what made pdf.js's first parse ten times slower.
      execArgv: process.execArgv.filter((arg) => arg !== "--enable-source-maps"),
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxHeapMb,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
    });
    this.worker = worker;
    this.jobsRun = 0;
    worker.on("error", () => this.discard(worker));
    worker.on("exit", () => this.discard(worker));
    return new Promise((resolve, reject) => {
      worker.once("message", () => {
        // An idle pool must not keep a command-line run alive; a running job refs it again.
        worker.unref();
        resolve(worker);
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`PDF worker exited while starting (${code})`)));
    });
  }

  private discard(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    void worker.terminate();
  }

  async run(job: Job, id: number): Promise<ExtractionResult> {
    if (!this.ready || this.jobsRun >= this.options.maxJobsPerWorker) {
      if (this.worker) this.discard(this.worker);
      this.ready = this.start();
    }
    const worker = await this.ready;
    this.jobsRun += 1;
    worker.ref();
    return new Promise<ExtractionResult>((resolve) => {
      const finish = (result: ExtractionResult, broken: boolean) => {
        clearTimeout(timer);
        job.signal?.removeEventListener("abort", onAbort);
        worker.unref();
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (broken) this.discard(worker);
        resolve(result);
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (reply.ok && reply.document) finish({ ok: true, document: reply.document }, false);
        else finish({ ok: false, reason: reply.reason ?? "unreadable", detail: reply.detail ?? "" }, false);
      };
      // ERR_WORKER_OUT_OF_MEMORY arrives here when the heap limit is hit.
      const onError = (error: Error & { code?: string }) =>
        finish({ ok: false, reason: "unreadable", detail: `${error.code ?? error.name}: ${error.message}` }, true);
      const onExit = (code: number) =>
        finish({ ok: false, reason: "unreadable", detail: `worker exited (${code})` }, true);
      const timer = setTimeout(
        () => finish({ ok: false, reason: "timeout", detail: `over ${this.options.timeLimitMs} ms` }, true),
        this.options.timeLimitMs,
      );
      // Nobody waits for this PDF any more: stop the worker rather than let it run to the limit.
      const onAbort = () => finish(ABORTED, true);
      if (job.signal?.aborted) return onAbort();
      job.signal?.addEventListener("abort", onAbort, { once: true });
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.once("exit", onExit);
      // A copy is transferred so the caller's bytes stay usable.
      const data = job.bytes.slice();
      worker.postMessage({ id, data, maxPages: this.options.maxPages, maxItemsPerPage: this.options.maxItemsPerPage }, [
        data.buffer,
      ]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }
}

export class ExtractionPool {
  private readonly options: Required<ExtractionPoolOptions>;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.options = { ...EXTRACTION_DEFAULTS, ...options };
    if (!(this.options.size >= 1)) throw new RangeError("ExtractionPool size must be at least 1");
    this.slots = Array.from({ length: this.options.size }, () => new Slot(this.options));
  }

  /**
   * Reads a PDF in a worker. Expected failures resolve as values: among them "busy" when
   * `maxQueued` PDFs already wait, and "aborted" when `signal` fires first (a waiting job
   * leaves the queue; a running one stops its worker). A worker that cannot start rejects.
   */
  extract(bytes: Uint8Array, { signal }: { signal?: AbortSignal } = {}): Promise<ExtractionResult> {
    if (this.closed) return Promise.reject(new Error("ExtractionPool is closed"));
    if (signal?.aborted) return Promise.resolve(ABORTED);
    const idle = this.slots.some((slot) => !slot.busy);
    if (!idle && this.queue.length >= this.options.maxQueued) {
      return Promise.resolve({ ok: false, reason: "busy", detail: `${this.queue.length} PDFs waiting` });
    }
    return new Promise((resolve, reject) => {
      const job: Job = { bytes, signal, resolve, reject };
      // Only while waiting: a running job is stopped by its slot.
      const leave = () => {
        const at = this.queue.indexOf(job);
        if (at < 0) return;
        this.queue.splice(at, 1);
        resolve(ABORTED);
      };
      signal?.addEventListener("abort", leave, { once: true });
      job.resolve = (result) => {
        signal?.removeEventListener("abort", leave);
        resolve(result);
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** PDFs waiting for a worker now. */
  get waiting(): number {
    return this.queue.length;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.busy = true;
      slot
        .run(job, this.nextId++)
        .then(job.resolve, job.reject)
        .finally(() => {
          slot.busy = false;
          if (!this.closed) this.dispatch();
        });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("ExtractionPool closed before the PDF was read"));
    await Promise.all(this.slots.map((slot) => slot.close()));
  }
}
