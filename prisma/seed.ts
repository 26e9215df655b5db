// `npm run db:seed`: loads the data the app ships with (public market data). The server
// does the same at start; this is for preparing a database ahead of time.
import { db, ensureDbReady } from "~/db.server";
import { seedOnStart } from "~/server/seed";

await ensureDbReady();
await seedOnStart();
// Closing checkpoints the write-ahead log into the database file.
await db.$disconnect();
console.log("Seed complete.");
