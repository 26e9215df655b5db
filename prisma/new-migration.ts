// Makes a new migration offline: `npm run db:new-migration -- <name> [--from <old.prisma>]`.
// `prisma migrate dev` needs a shadow database it cannot create with the JS engine, so we
// diff the schema as of the newest committed migration against the current schema instead.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const fromValue = args.includes("--from") ? args[args.indexOf("--from") + 1] : undefined;
const name = args.find((a) => !a.startsWith("--") && a !== fromValue);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case> [--from old-schema.prisma]");
  process.exit(2);
}

const fromFlag = args.indexOf("--from");
let oldSchema: string;
if (fromFlag >= 0) {
  oldSchema = path.resolve(args[fromFlag + 1]);
} else {
  const commit = execFileSync("git", ["log", "-1", "--format=%H", "--", "prisma/migrations"], { encoding: "utf8" }).trim();
  if (!commit) throw new Error("No committed migration found; pass --from <schema>.");
  oldSchema = path.join(os.tmpdir(), `schema-${commit.slice(0, 8)}.prisma`);
  fs.writeFileSync(oldSchema, execFileSync("git", ["show", `${commit}:prisma/schema.prisma`]));
}

const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", oldSchema, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  // The config's adapter opens DATABASE_URL even for a diff of two files: give it a scratch one.
  {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${path.join(os.tmpdir(), `new-migration-${process.pid}.db`)}` },
  },
);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log("The schema has not changed since the last migration; nothing to do.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.resolve("prisma/migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then run \`npm run db:migrate\`.`);
