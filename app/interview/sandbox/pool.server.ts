// A bounded pool of sandbox hosts (host.server.mjs), one kind per language. Each host runs
// one job at a time; jobs wait in a short queue; when the queue is full the caller is told
// to retry later (the route answers 503 with Retry-After), so many users at once never
// starve the server. A test that overruns its time gets its host killed (SIGKILL) and
// replaced. Python hosts are replaced after every job, so nothing one candidate's code left
// in the interpreter reaches the next; a warm spare is started at once to hide the start-up.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type SandboxLanguage = "javascript" | "python";

export interface GuestSpec {
  form: "function" | "class";
  entry: string;
  /** Class problems, Python: method name in the tests → the candidate's method name. */
  methods: Record<string, string>;
  params: Array<"json" | "tree" | "list">;
  returns: "json" | "tree" | "list";
}

export interface SandboxTest {
  argsJson: string;
  limitMs: number;
  /** Run up to this many times within the limit and keep the fastest (timing runs). */
  repeat?: number;
}

export interface GuestResult {
  /** ran: finished (the output still has to be compared); error: threw; timed_out; not_run. */
  outcome: "ran" | "error" | "timed_out" | "not_run";
  output: string | null;
  error: string | null;
  ms: number | null;
}

export type SandboxResult =
  | { ok: true; loadError: string | null; results: GuestResult[] }
  | { ok: false; reason: "busy"; retryAfterSeconds: number; message: string }
  | { ok: false; reason: "unavailable"; message: string };

export interface PoolOptions {
  /** Hosts per language. */
  hostsPerLanguage: number;
  /** Jobs that may wait for a host, across languages. */
  maxQueued: number;
  /** WebAssembly memory cap per host. */
  memoryMb: number;
  /** Replace a Python host after each job (off only for trusted code, such as reference solutions). */
  isolatePython: boolean;
  /** How long a host may take to start. */
  startTimeoutMs: number;
}

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  hostsPerLanguage: 1,
  maxQueued: 8,
  memoryMb: 256,
  isolatePython: true,
  startTimeoutMs: 90_000,
};

const HOST_FILE = "host.server.mjs";

function hostScriptPath(): string {
  const besideThisModule = fileURLToPath(new URL(`./${HOST_FILE}`, import.meta.url));
  if (existsSync(besideThisModule)) return besideThisModule;
  // The Remix server build bundles this module into build/; the app runs from the project root.
  return path.resolve("app/interview/sandbox", HOST_FILE);
}

/** CPU time after a test's own limit before its host is killed (QuickJS stops itself first). */
const KILL_GRACE_MS = 1_500;
/** Wall-clock backstop, as a multiple of the limit, for a host that is starved of CPU. */
const WALL_BACKSTOP_FACTOR = 10;

/** A process's CPU time in milliseconds, from /proc; null where /proc is not available. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the line, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

type Pending = {
  job: { language: SandboxLanguage; source: string; spec: GuestSpec; tests: SandboxTest[] };
  resolve: (result: SandboxResult) => void;
};

class Host {
  readonly child: ChildProcess;
  readonly ready: Promise<boolean>;
  alive = true;

  constructor(
    readonly language: SandboxLanguage,
    options: PoolOptions,
  ) {
    const script = hostScriptPath();
    const nodeModules = path.resolve("node_modules");
    this.child = fork(script, [language, String(options.memoryMb)], {
      execArgv: [
        "--experimental-permission",
        `--allow-fs-read=${nodeModules}${path.sep}*`,
        `--allow-fs-read=${script}`,
        "--disallow-code-generation-from-strings",
        "--max-old-space-size=256",
        "--no-warnings",
      ],
      // No environment: the guest must never see the server's keys.
      env: {} as NodeJS.ProcessEnv,
      stdio: ["ignore", "ignore", "ignore", "ipc"],
      serialization: "json",
    });
    this.child.on("exit", () => {
      this.alive = false;
    });
    this.child.on("error", () => {
      this.alive = false;
    });
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), options.startTimeoutMs);
      this.child.on("message", (message: { type?: string }) => {
        if (message?.type === "ready") {
          clearTimeout(timer);
          resolve(true);
        } else if (message?.type === "failed") {
          clearTimeout(timer);
          resolve(false);
        }
      });
      this.child.on("exit", () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
  }

  kill(): void {
    this.alive = false;
    this.child.kill("SIGKILL");
  }
}

let nextJobId = 1;

export class SandboxPool {
  private readonly options: PoolOptions;
  private readonly idle = new Map<SandboxLanguage, Host[]>();
  private readonly running = new Map<SandboxLanguage, number>();
  private readonly queue: Pending[] = [];
  private readonly recentJobMs: number[] = [];
  private closed = false;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...DEFAULT_POOL_OPTIONS, ...options };
  }

  /** Starts hosts ahead of the first job, so it does not wait for Python to load. */
  warm(languages: readonly SandboxLanguage[] = ["javascript", "python"]): void {
    for (const language of languages) this.ensureIdle(language);
  }

  run(job: Pending["job"]): Promise<SandboxResult> {
    if (this.closed)
      return Promise.resolve({ ok: false, reason: "unavailable", message: "The code runner is shutting down." });
    const busy = this.running.get(job.language) ?? 0;
    if (busy >= this.options.hostsPerLanguage && this.queue.length >= this.options.maxQueued) {
      const retryAfterSeconds = this.retryAfterSeconds();
      return Promise.resolve({
        ok: false,
        reason: "busy",
        retryAfterSeconds,
        message: `Many answers are being run right now. Your code is kept below; submit it again in about ${retryAfterSeconds} seconds.`,
      });
    }
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.drain();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0))
      pending.resolve({ ok: false, reason: "unavailable", message: "The code runner is shutting down." });
    for (const hosts of this.idle.values()) for (const host of hosts) host.kill();
    this.idle.clear();
  }

  private retryAfterSeconds(): number {
    const average =
      this.recentJobMs.length === 0 ? 5_000 : this.recentJobMs.reduce((a, b) => a + b, 0) / this.recentJobMs.length;
    return Math.max(2, Math.ceil(((this.queue.length + 1) * average) / this.options.hostsPerLanguage / 1000));
  }

  private ensureIdle(language: SandboxLanguage): void {
    if (this.closed) return;
    const hosts = (this.idle.get(language) ?? []).filter((host) => host.alive);
    const running = this.running.get(language) ?? 0;
    while (hosts.length + running < this.options.hostsPerLanguage) hosts.push(new Host(language, this.options));
    this.idle.set(language, hosts);
  }

  private drain(): void {
    for (let i = 0; i < this.queue.length; i++) {
      const pending = this.queue[i]!;
      const language = pending.job.language;
      if ((this.running.get(language) ?? 0) >= this.options.hostsPerLanguage) continue;
      this.ensureIdle(language);
      const hosts = this.idle.get(language)!;
      let host = hosts.shift();
      while (host && !host.alive) host = hosts.shift();
      if (!host) continue;
      this.queue.splice(i, 1);
      i--;
      this.running.set(language, (this.running.get(language) ?? 0) + 1);
      const started = Date.now();
      const unavailable: SandboxResult = {
        ok: false,
        reason: "unavailable",
        message: "The code runner stopped unexpectedly. Try again in a minute.",
      };
      void this.execute(host, pending.job)
        .catch(() => unavailable)
        .then((result) => {
          this.running.set(language, (this.running.get(language) ?? 1) - 1);
          this.recentJobMs.push(Date.now() - started);
          if (this.recentJobMs.length > 20) this.recentJobMs.shift();
          const reuse = host.alive && (language === "javascript" || !this.options.isolatePython);
          if (reuse) this.idle.get(language)!.push(host);
          else host.kill();
          this.ensureIdle(language);
          pending.resolve(result);
          this.drain();
        });
    }
  }

  private async execute(host: Host, job: Pending["job"]): Promise<SandboxResult> {
    if (!(await host.ready)) {
      host.kill();
      return { ok: false, reason: "unavailable", message: "The code runner could not start. Try again in a minute." };
    }
    const id = nextJobId++;
    const results: GuestResult[] = job.tests.map(() => ({ outcome: "not_run", output: null, error: null, ms: null }));
    return new Promise<SandboxResult>((resolve) => {
      let loadError: string | null = null;
      let timer: NodeJS.Timeout | null = null;
      let current = -1;
      let settled = false;
      const finish = (result: SandboxResult) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        host.child.off("message", onMessage);
        host.child.off("exit", onExit);
        resolve(result);
      };
      const onExit = () => {
        // The host died on its own: most often the guest ran out of memory.
        if (current >= 0 && results[current]!.outcome === "not_run") {
          results[current] = {
            outcome: "error",
            output: null,
            error: "The runner stopped during this test (out of memory?).",
            ms: null,
          };
        } else if (current < 0) loadError ??= "The runner stopped while loading the code (out of memory?).";
        finish({ ok: true, loadError, results });
      };
      const onMessage = (
        message: { type: string; id?: number; index?: number } & Partial<GuestResult> & { error?: string | null },
      ) => {
        if (message.id !== id) return;
        if (message.type === "loaded") {
          loadError = message.error ?? null;
          if (timer) clearTimeout(timer);
          timer = null;
          if (loadError) finish({ ok: true, loadError, results });
        } else if (message.type === "started") {
          const index = message.index!;
          current = index;
          if (timer) clearTimeout(timer);
          // Overran its limit in CPU time (or hung while starved of CPU): the host dies, this
          // test timed out, the rest did not run.
          // Timing runs repeat inside the test's budget; the last round may start near its end.
          const limit = job.tests[index]!.limitMs * ((job.tests[index]!.repeat ?? 1) > 1 ? 2 : 1) + KILL_GRACE_MS;
          const cpuAtStart = processCpuMs(host.child.pid);
          const wallEnds = Date.now() + limit * WALL_BACKSTOP_FACTOR;
          const overran = () => {
            results[index] = { outcome: "timed_out", output: null, error: null, ms: null };
            host.kill();
            finish({ ok: true, loadError, results });
          };
          const wallStarted = Date.now();
          const watch = () => {
            const cpu = processCpuMs(host.child.pid);
            // Without /proc, fall back to wall time.
            const spent = cpu !== null && cpuAtStart !== null ? cpu - cpuAtStart : Date.now() - wallStarted;
            if (spent > limit || Date.now() > wallEnds) overran();
            else timer = setTimeout(watch, 100);
          };
          timer = setTimeout(watch, 100);
        } else if (message.type === "result") {
          if (timer) clearTimeout(timer);
          timer = null;
          results[message.index!] = {
            outcome: message.outcome!,
            output: message.output ?? null,
            error: message.error ?? null,
            ms: message.ms ?? null,
          };
        } else if (message.type === "crashed") {
          loadError = `The code stopped the runner: ${message.error}`;
        } else if (message.type === "done") {
          finish({ ok: true, loadError, results });
        }
      };
      host.child.on("message", onMessage);
      host.child.on("exit", onExit);
      // Loading (parsing and running the top level) gets its own limit.
      timer = setTimeout(() => {
        loadError = "The code took too long to load.";
        host.kill();
        finish({ ok: true, loadError, results });
      }, 10_000);
      try {
        host.child.send(
          {
            type: "job",
            id,
            language: job.language,
            source: job.source,
            spec: job.spec,
            tests: job.tests,
            loadLimitMs: 5_000,
          },
          (error) => {
            if (error) onExit();
          },
        );
      } catch {
        // The host died between being picked and being sent the job.
        host.kill();
        onExit();
      }
    });
  }
}
