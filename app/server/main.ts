import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { config } from "~/config.server";
import { createApp } from "~/server/app";
import { StartupError, applyMigrations, checkDatabaseWritable } from "~/server/migrate";

// `npm start`: check the database, apply migrations, then serve the production build.
// A plain Node/Express server, not remix-serve: remix-serve installs source-map-support,
// which makes pdf.js's first parse about ten times slower.
async function main() {
  const cfg = config();
  checkDatabaseWritable(cfg.databaseUrl);
  await applyMigrations(cfg.databaseUrl);

  const { ensureDbReady } = await import("~/db.server");
  await ensureDbReady();
  const { seedOnStart } = await import("~/server/seed");
  await seedOnStart();

  // Documents deleted more than 30 days ago leave the trash for good (now, then every 6 h).
  const { purgeExpiredTrash } = await import("~/documents/store.server");
  await purgeExpiredTrash();

  const buildFile = path.resolve("build/index.js");
  if (!fs.existsSync(buildFile)) {
    throw new StartupError(`No production build at ${buildFile}. Run \`npm run build\` first.`);
  }
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const server = createApp(build, cfg).listen(cfg.port, cfg.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : cfg.port;
    const s = cfg.services;
    console.log(
      `Career Recovery Toolkit listening on ${cfg.origin} (port ${port}); ` +
        `payments: ${s.payments}, email: ${s.email}, writer: ${s.writer}`,
    );
  });
  // Emails that could not be sent yet are retried in the background.
  const { startEmailRetryLoop } = await import("~/email/queue.server");
  const stopEmailRetries = startEmailRetryLoop();
  const trashTimer = setInterval(() => void purgeExpiredTrash().catch((e: Error) => console.error(`trash purge failed: ${e.message}`)), 6 * 3_600_000);
  trashTimer.unref();
  const stop = () => {
    clearInterval(trashTimer);
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
