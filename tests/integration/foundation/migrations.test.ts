import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { onSqlite } from "../../support/engine";

type Shape = Record<string, { columns: string[]; indexes: string[] }>;

function shapeOf(sqlite: Database.Database): Shape {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
    )
    .all() as { name: string }[];
  const shape: Shape = {};
  for (const { name } of tables) {
    const columns = (
      sqlite.prepare(`PRAGMA table_info("${name}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
        dflt_value: string | null;
      }[]
    )
      .map((c) => `${c.name} ${c.type} ${c.notnull ? "NOT NULL" : "NULL"} pk=${c.pk} default=${c.dflt_value}`)
      .sort();
    const indexes = (sqlite.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
      .map((i) => {
        const cols = (sqlite.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name);
        return `${i.unique ? "unique " : ""}(${cols.join(",")})`;
      })
      .sort();
    shape[name] = { columns, indexes };
  }
  return shape;
}

// PostgreSQL's twin: tests/integration/engines/schema-drift.test.ts.
describe.runIf(onSqlite())("migrations", () => {
  it("build exactly the database that schema.prisma describes", () => {
    // This file's database was created by `prisma migrate deploy` from prisma/migrations.
    const fromMigrations = new Database(process.env.DATABASE_URL!.slice("file:".length), { readonly: true });
    const sql = execFileSync(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env } },
    );
    const fromSchema = new Database(":memory:");
    fromSchema.exec(sql);
    expect(shapeOf(fromMigrations)).toEqual(shapeOf(fromSchema));
    expect(Object.keys(shapeOf(fromSchema))).toContain("User");
  });
});
