import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

/** Another process takes SQLite's write lock on `file` for `ms`; resolves once it holds it. */
export function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<void>; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [path.resolve("tests/integration/faults/support/hold-write-lock.mjs"), file, String(ms)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("locked")) resolve({ released, child });
    });
    child.once("exit", (code) => reject(new Error(`lock holder exited (${code}) before locking`)));
  });
}
