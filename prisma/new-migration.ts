// Makes a new migration offline, for both engines: `npm run db:new-migration -- <name> [--from <old.prisma>]`.
// `prisma migrate dev` needs a shadow database it cannot create with the JS engine, so we
// diff the schema as of the newest committed migration against the current schema instead:
// prisma/schema.prisma for SQLite, and the PostgreSQL schema derived from each (see
// app/db/engines.ts) for PostgreSQL. Prisma writes PostgreSQL SQL only with a PostgreSQL
// server at hand: TEST_POSTGRES_URL's, or a throwaway cluster started for the diff.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ENGINES, derivePostgresSchema } from "~/db/engines";
import { startPostgresCluster } from "./postgres/cluster";

const args = process.argv.slice(2);
const fromValue = args.includes("--from") ? args[args.indexOf("--from") + 1] : undefined;
const name = args.find((a) => !a.startsWith("--") && a !== fromValue);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case> [--from old-schema.prisma]");
  process.exit(2);
}

let oldSchema: string;
if (fromValue) {
  oldSchema = path.resolve(fromValue);
} else {
  const commit = execFileSync("git", ["log", "-1", "--format=%H", "--", ENGINES.sqlite.migrations], {
    encoding: "utf8",
  }).trim();
  if (!commit) throw new Error("No committed migration found; pass --from <schema>.");
  oldSchema = path.join(os.tmpdir(), `schema-${commit.slice(0, 8)}.prisma`);
  fs.writeFileSync(oldSchema, execFileSync("git", ["show", `${commit}:${ENGINES.sqlite.schema}`]));
}

// The PostgreSQL schema follows the source first.
const newPostgresSchema = derivePostgresSchema(fs.readFileSync(ENGINES.sqlite.schema, "utf8"));
fs.writeFileSync(ENGINES.postgresql.schema, newPostgresSchema);
const oldPostgresSchema = path.join(os.tmpdir(), `schema-postgres-${process.pid}.prisma`);
fs.writeFileSync(oldPostgresSchema, derivePostgresSchema(fs.readFileSync(oldSchema, "utf8")));

function diff(from: string, to: string, databaseUrl: string): string {
  // The config's adapter opens DATABASE_URL even for a diff of two files, and its engine sets the SQL dialect.
  return execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
}

const sqliteSql = diff(
  oldSchema,
  ENGINES.sqlite.schema,
  `file:${path.join(os.tmpdir(), `new-migration-${process.pid}.db`)}`,
);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sqliteSql)) {
  console.log("The schema has not changed since the last migration; nothing to do.");
  process.exit(0);
}
const cluster = process.env.TEST_POSTGRES_URL ? null : await startPostgresCluster();
let postgresSql: string;
try {
  postgresSql = diff(oldPostgresSchema, ENGINES.postgresql.schema, process.env.TEST_POSTGRES_URL ?? cluster!.url);
} finally {
  cluster?.stop();
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [engine, sql] of [
  ["sqlite", sqliteSql],
  ["postgresql", postgresSql],
] as const) {
  const dir = path.resolve(ENGINES[engine].migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql.`);
}
console.log("Review both, then run `npm run db:migrate`.");
