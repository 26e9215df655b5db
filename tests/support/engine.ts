import type { Engine } from "~/db/engines";

/**
 * The database engine this test run is on: SQLite unless TEST_DATABASE_ENGINE=postgresql
 * (the PostgreSQL pass of `npm test`, see tests/support/postgres-pass.ts).
 */
export function testEngine(): Engine {
  const value = process.env.TEST_DATABASE_ENGINE ?? "sqlite";
  if (value !== "sqlite" && value !== "postgresql") {
    throw new Error(`TEST_DATABASE_ENGINE must be sqlite or postgresql, not ${value}`);
  }
  return value;
}

/** For tests about one engine's own machinery (SQLite's file, locks and pragmas, say). */
export const onSqlite = () => testEngine() === "sqlite";
export const onPostgres = () => testEngine() === "postgresql";
