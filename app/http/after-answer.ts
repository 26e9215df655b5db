// Work a request starts but its answer must not wait for (or be timed by). The SQLite driver
// writes synchronously on the event loop, so work begun on the next tick would still delay
// the answer being rendered and sent; a second is long enough for it to have gone out.
const AFTER_ANSWER_DELAY_MS = 1_000;

/** Runs `task` once the current answer has been sent; a failure is logged with `label`. */
export function afterAnswer(label: string, task: () => Promise<unknown>): void {
  setTimeout(() => {
    task().catch((error: unknown) => {
      console.error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, AFTER_ANSWER_DELAY_MS);
}
