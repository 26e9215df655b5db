// The one schema source of truth is prisma/schema.prisma (SQLite, the embedded default).
// PostgreSQL's schema is derived from it: the same models, another provider and another
// generated client. Prisma cannot hold two providers in one schema, and its generated
// client and migrations are per provider, so each engine has its own folder of migrations
// and its own client; the drift test (tests/integration/engines/schema-drift.test.ts)
// fails when the derived schema or either engine's migrations fall behind the source.
export type Engine = "sqlite" | "postgresql";

export const ENGINES: Record<Engine, { schema: string; migrations: string; client: string }> = {
  sqlite: {
    schema: "prisma/schema.prisma",
    migrations: "prisma/migrations",
    client: "app/generated/prisma",
  },
  postgresql: {
    schema: "prisma/postgres/schema.prisma",
    migrations: "prisma/postgres/migrations",
    client: "app/generated/prisma-postgres",
  },
};

/** The engine a DATABASE_URL names: `file:` is SQLite, `postgres://` or `postgresql://` PostgreSQL. */
export function engineOfUrl(url: string): Engine | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(?:ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

const GENERATED_NOTE =
  "// GENERATED from prisma/schema.prisma by `npm run db:derive`; do not edit. Edit the source\n" +
  "// schema and run `npm run db:new-migration -- <name>`, which writes both engines' files.\n\n";

/** PostgreSQL's schema text, derived from the SQLite source schema's text. */
export function derivePostgresSchema(source: string): string {
  const datasource = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/app\/generated\/prisma"/;
  if (!datasource.test(source))
    throw new Error('prisma/schema.prisma: expected `provider = "sqlite"` in `datasource db`');
  if (!output.test(source))
    throw new Error('prisma/schema.prisma: expected `output = "../app/generated/prisma"` in `generator client`');
  // Both paths are relative to the repository's root and go down only: up from the schema's
  // folder to the root, then down to the client.
  const depth = ENGINES.postgresql.schema.split("/").length - 1;
  const relativeClient = "../".repeat(depth) + ENGINES.postgresql.client;
  return GENERATED_NOTE + source.replace(datasource, '$1"postgresql"').replace(output, `$1"${relativeClient}"`);
}
