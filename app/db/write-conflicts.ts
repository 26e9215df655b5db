import { DatabaseUnavailableError } from "~/db/faults";

// A serializable transaction on PostgreSQL can be aborted because a concurrent one touched
// what it read (SQLSTATE 40001, Prisma's P2034), or for a deadlock (40P01); the documented
// remedy is to run it again. SQLite never aborts them: its one writer goes first.

/** True when the database rolled a transaction back for a conflict with another one. */
export function isWriteConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const record = e as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (record.code === "P2034" || record.kind === "TransactionWriteConflict") return true;
    if (record.originalCode === "40001" || record.originalCode === "40P01" || record.code === "40P01") return true;
    queue.push(record.cause, record.meta?.driverAdapterError);
  }
  return false;
}

/**
 * Runs `transaction` until it is not aborted for a conflict, up to `attempts` times, with a
 * short random pause between (so the contenders do not collide again in step); past that
 * the database counts as busy (503 with Retry-After).
 */
export async function retryingWriteConflicts<T>(transaction: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (attempt >= attempts)
        throw new DatabaseUnavailableError("busy", `still conflicting with other writes after ${attempts} attempts`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
