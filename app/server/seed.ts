import { seedMarketData } from "~/market/seed.server";

/** Data the app ships with, loaded at start. Each step is idempotent and cheap when done. */
export async function seedOnStart(): Promise<void> {
  const market = await seedMarketData();
  if (market.imported.length > 0) console.log(`market data: imported ${market.imported.length} shipped file(s)`);
}
