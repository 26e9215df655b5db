import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { SERVER_COMMAND, SERVER_MALLOC_ENV, SERVER_NODE_OPTIONS } from "./server-command";

export interface AppServer {
  url: string;
  port: number;
  /** The server process's id (for its memory in `npm run bench`). */
  pid: number;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
  /** Ends the process at once, as a crash or the OOM killer would (SIGKILL). */
  kill: () => Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** NODE_OPTIONS for a server process: `npm start`'s, then the caller's. */
function nodeOptions(extra: string | undefined): string {
  return [SERVER_NODE_OPTIONS, extra].filter(Boolean).join(" ");
}

/**
 * Starts the production server (`npm start`'s entry, on the built app) on a random
 * loopback port, against this test file's own database unless `env` says otherwise.
 */
export async function startAppServer(
  env: Record<string, string | undefined> = {},
  opts: { cwd?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, SERVER_COMMAND, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_ORIGIN: url,
      LOG_REQUESTS: "1",
      // Tests act as many visitors by sending X-Forwarded-For through "the proxy" on loopback.
      TRUST_PROXY: "loopback",
      STRIPE_SECRET_KEY: "",
      RESEND_API_KEY: "",
      OPENAI_API_KEY: "",
      ...SERVER_MALLOC_ENV,
      ...env,
      NODE_OPTIONS: nodeOptions(env.NODE_OPTIONS ?? process.env.NODE_OPTIONS),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
    cwd: opts.cwd,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`App server exited (${child.exitCode}):\n${output}`);
    if (output.includes("listening on")) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`App server did not start within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Runs the server entry to completion (for start-up failures); resolves with its exit code and output. */
export function runServerExpectingExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, SERVER_COMMAND, {
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: "0",
        ...SERVER_MALLOC_ENV,
        ...env,
        NODE_OPTIONS: nodeOptions(env.NODE_OPTIONS ?? process.env.NODE_OPTIONS),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
