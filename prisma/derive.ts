// `npm run db:derive`: writes prisma/postgres/schema.prisma from prisma/schema.prisma.
import fs from "node:fs";
import { ENGINES, derivePostgresSchema } from "~/db/engines";

const derived = derivePostgresSchema(fs.readFileSync(ENGINES.sqlite.schema, "utf8"));
const current = fs.existsSync(ENGINES.postgresql.schema) ? fs.readFileSync(ENGINES.postgresql.schema, "utf8") : "";
if (current === derived) {
  console.log(`${ENGINES.postgresql.schema} is up to date.`);
} else {
  fs.writeFileSync(ENGINES.postgresql.schema, derived);
  console.log(`Wrote ${ENGINES.postgresql.schema}.`);
}
