// How `npm start` runs the server, for the tests and the bench that start it the same way
// (tests/unit/server/start-command.test.ts holds package.json to it).

/** `npm start`'s command: plain Node on the built server (needs `npm run build` first). */
export const SERVER_COMMAND = ["--enable-source-maps", "build/index.js"];

/**
 * `npm start`'s V8 options, given through NODE_OPTIONS rather than the command line: the PDF
 * workers are started with the server's command-line options, and a worker refuses V8 ones.
 * Why a small young generation: docs/decisions/2026-12-07-server-memory.md.
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=4";

/** `npm start`'s malloc setting (glibc; ignored elsewhere), for the same reason. */
export const SERVER_MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: "131072" };
