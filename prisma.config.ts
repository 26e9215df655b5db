import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { ENGINES, engineOfUrl } from "./app/db/engines";
import { postgresMigrationsAdapter } from "./app/db/postgres-migrations-adapter";

// Prisma 6.19 with the JS engine: migrations run through a driver adapter, so no native
// engine has to be downloaded (see README, "Database and migrations"). DATABASE_URL picks
// the engine, and with it the schema, the migrations folder and the adapter. `npm ci`
// generates both engines' clients: once as is, once with a PostgreSQL URL (generate never
// connects).
process.env.DATABASE_URL ??= "file:" + path.resolve("data/app.db");
const url = process.env.DATABASE_URL;
const engine = engineOfUrl(url);
if (!engine) throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not ${url}`);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ENGINES[engine].schema,
  migrations: { path: ENGINES[engine].migrations },
  async adapter() {
    return engine === "postgresql" ? postgresMigrationsAdapter(url) : new PrismaBetterSQLite3({ url });
  },
});
