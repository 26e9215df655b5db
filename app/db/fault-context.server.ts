import { AsyncLocalStorage } from "node:async_hooks";
import type { DatabaseFault } from "~/db/faults";

// Which database fault a piece of work ran into, whatever error finally comes out of it.
// Prisma sometimes reports the consequence rather than the cause: when a COMMIT fails
// because the disk is full, its implicit transaction then fails to roll back an already
// closed transaction, and only that second error (P2028) reaches the caller. The adapter
// notes each fault here, in the context of the request that met it.

const seen = new AsyncLocalStorage<{ fault: DatabaseFault | null }>();

/** Runs `work`, and tells which fault (if any) the database met while doing it. */
export async function trackingDatabaseFaults<T>(
  work: () => Promise<T>,
): Promise<{ result?: T; error?: unknown; fault: DatabaseFault | null }> {
  const state = { fault: null as DatabaseFault | null };
  return seen.run(state, async () => {
    try {
      return { result: await work(), fault: state.fault };
    } catch (error) {
      return { error, fault: state.fault };
    }
  });
}

/** Called by the database adapter when a statement fails for a database fault. */
export function noteDatabaseFault(fault: DatabaseFault): void {
  const state = seen.getStore();
  if (state && !state.fault) state.fault = fault;
}
