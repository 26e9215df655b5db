import Database from "better-sqlite3";
import { testEngine } from "./engine";
import { adminQuery } from "./postgres";

/**
 * Breaks this test file's database behind the app's back, on either engine: drops tables
 * (with whatever refers to them), as a bad manual change or a half-restored backup would.
 */
export async function dropTables(names: string[], databaseUrl = process.env.DATABASE_URL!): Promise<void> {
  const list = names.map((n) => `"${n}"`).join(", ");
  if (testEngine() === "postgresql") {
    await adminQuery(databaseUrl, `DROP TABLE ${list} CASCADE`);
    return;
  }
  const raw = new Database(databaseUrl.slice("file:".length));
  try {
    raw.pragma("foreign_keys = OFF");
    for (const name of names) raw.exec(`DROP TABLE "${name}"`);
  } finally {
    raw.close();
  }
}
