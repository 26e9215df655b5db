// The server's one sandbox pool, started on first use with a warm host per language.
import { SandboxPool } from "./pool.server.ts";

let pool: SandboxPool | null = null;

export function sandboxPool(): SandboxPool {
  if (!pool) {
    pool = new SandboxPool();
    pool.warm();
  }
  return pool;
}
