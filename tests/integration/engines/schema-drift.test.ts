import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINES, derivePostgresSchema } from "~/db/engines";
import { onPostgres } from "../../support/engine";
import { adminQuery, databaseUrl } from "../../support/postgres";

const migrationsOf = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/** Tables → columns (type, null, default), indexes (columns, unique) and foreign keys, as PostgreSQL's catalog has them. */
async function postgresShape(url: string) {
  const columns = await adminQuery(
    url,
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
  );
  const indexes = await adminQuery(
    url,
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const constraints = await adminQuery(
    url,
    `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
  );
  const shape: Record<string, string[]> = {};
  const add = (table: string, line: string) => (shape[table] ??= []).push(line);
  for (const c of columns.rows)
    add(c.table_name, `column ${c.column_name} ${c.data_type} ${c.is_nullable} ${c.column_default ?? ""}`);
  for (const i of indexes.rows) add(i.tablename, `index ${i.indexdef}`);
  for (const k of constraints.rows) add(k.table_name.replace(/"/g, ""), `constraint ${k.conname} ${k.definition}`);
  delete shape._prisma_migrations;
  return shape;
}

// prisma/schema.prisma is the one source of truth; these fail when what is derived from it
// for PostgreSQL falls behind (`npm run db:new-migration` writes both engines' files).
describe("one schema, two engines", () => {
  it("prisma/postgres/schema.prisma is exactly what `npm run db:derive` makes of prisma/schema.prisma", () => {
    const derived = derivePostgresSchema(fs.readFileSync(ENGINES.sqlite.schema, "utf8"));
    expect(fs.readFileSync(ENGINES.postgresql.schema, "utf8"), "run `npm run db:derive`").toBe(derived);
  });

  it("every SQLite migration made after PostgreSQL's baseline has its PostgreSQL twin of the same name", () => {
    const postgres = migrationsOf(ENGINES.postgresql.migrations);
    const [baseline] = postgres;
    expect(baseline).toMatch(/_postgres_baseline$/);
    const later = migrationsOf(ENGINES.sqlite.migrations).filter((name) => name > baseline);
    expect(postgres.slice(1), "make migrations with `npm run db:new-migration`").toEqual(later);
  });

  it("the derived schema is a valid PostgreSQL schema", () => {
    // A PostgreSQL URL makes prisma.config.ts pick the derived schema; validate never connects.
    const result = spawnSync(path.resolve("node_modules/.bin/prisma"), ["validate"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgresql://validate@localhost/validate" },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain(ENGINES.postgresql.schema);
  });

  it.runIf(onPostgres())(
    "PostgreSQL's migrations build exactly the database the derived schema describes",
    async () => {
      // This file's database was cloned from a template made by `prisma migrate deploy`; the
      // schema's own SQL goes into an empty scratch database; their catalogs must match.
      const sql = execFileSync(
        path.resolve("node_modules/.bin/prisma"),
        ["migrate", "diff", "--from-empty", "--to-schema-datamodel", ENGINES.postgresql.schema, "--script"],
        { encoding: "utf8", env: { ...process.env } },
      );
      const scratch = `${process.env.TEST_POSTGRES_PREFIX}_drift_${process.pid}`;
      await adminQuery(process.env.TEST_POSTGRES_SERVER_URL!, `CREATE DATABASE "${scratch}"`);
      const scratchUrl = databaseUrl(process.env.TEST_POSTGRES_SERVER_URL!, scratch);
      await adminQuery(scratchUrl, sql);
      const [fromMigrations, fromSchema] = await Promise.all([
        postgresShape(process.env.DATABASE_URL!),
        postgresShape(scratchUrl),
      ]);
      expect(fromMigrations).toEqual(fromSchema);
      expect(Object.keys(fromSchema)).toContain("User");
    },
  );
});
