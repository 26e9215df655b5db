import { fileURLToPath } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import * as build from "@remix-run/dev/server-build";
import { config } from "~/config.server";
import { ensureDbReady } from "~/db.server";
import { purgeExpiredTrash } from "~/documents/store.server";
import { startEmailRetryLoop } from "~/email/queue.server";
import { createApp } from "~/server/app";
import { compactHeap, idleHeapTrimmer } from "~/server/heap-trim";
import { guardRoutes } from "~/server/route-guards";
import { StartupError, applyMigrations, checkDatabaseWritable, provisionFromInitialDatabase } from "~/server/migrate";
import { seedOnStart } from "~/server/seed";

// The server entry. Remix compiles it together with the app into build/index.js (the
// `server` option in remix.config.js), so `npm start` is plain `node` on one bundle with one
// copy of every module. It checks the database, applies migrations, loads the shipped
// data, then serves. A plain Node/Express server, not remix-serve: remix-serve installs
// source-map-support, which makes pdf.js's first parse about ten times slower.
async function main() {
  const cfg = config();
  checkDatabaseWritable(cfg.databaseUrl);
  provisionFromInitialDatabase(cfg.databaseUrl, fileURLToPath(new URL("./initial.db", import.meta.url)));
  await applyMigrations(cfg.databaseUrl);
  await ensureDbReady();
  await seedOnStart();
  // Documents deleted more than 30 days ago leave the trash for good (now, then every 6 h).
  await purgeExpiredTrash();

  const serverBuild = guardRoutes(build as unknown as ServerBuild);
  // Start-up (migrations, data import, loading the bundle) leaves garbage behind; one
  // compaction before serving collects it (measured: external memory 12 → 4 MB).
  compactHeap();
  // After a burst of requests the heap is compacted once the server has been idle for 2 s.
  const heapTrim = idleHeapTrimmer({ idleMs: 2000, minGrowthBytes: 32 * 1024 * 1024 });
  const server = createApp(serverBuild, cfg, { onRequest: heapTrim.track }).listen(cfg.port, cfg.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : cfg.port;
    const s = cfg.services;
    console.log(
      `Career Recovery Toolkit listening on ${cfg.origin} (port ${port}, ${cfg.env}); ` +
        `payments: ${s.payments}, email: ${s.email}, writer: ${s.writer}`,
    );
    // `npm run dev` restarts this process after each rebuild and waits for this signal; it
    // sets REMIX_DEV_ORIGIN. A development server started any other way has no one to tell.
    if (cfg.env === "development" && process.env.REMIX_DEV_ORIGIN) {
      void broadcastDevReady(build as unknown as ServerBuild);
    }
  });
  // Emails that could not be sent yet are retried in the background.
  const stopEmailRetries = startEmailRetryLoop();
  const trashTimer = setInterval(
    () => void purgeExpiredTrash().catch((e: Error) => console.error(`trash purge failed: ${e.message}`)),
    6 * 3_600_000,
  );
  trashTimer.unref();
  const stop = () => {
    clearInterval(trashTimer);
    heapTrim.stop();
    stopEmailRetries();
    server.close(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `Startup failed: ${error.message}` : error);
  process.exit(1);
});
