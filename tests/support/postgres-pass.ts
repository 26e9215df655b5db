// The second half of `npm test`: the integration suite again, on PostgreSQL (the first half,
// `vitest run`, runs everything on SQLite). TEST_ENGINES says which engines to test:
// - unset: PostgreSQL too when TEST_POSTGRES_URL names a server; otherwise a notice says the
//   pass did not run and how to ask for it (it adds minutes; .ci/run always asks);
// - "sqlite": SQLite only, said so;
// - a list with "postgresql" (what .ci/run sets): required; without PostgreSQL this fails.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { NO_POSTGRES_MESSAGE, findPostgresBinaries } from "../../prisma/postgres/cluster";

const engines = (process.env.TEST_ENGINES ?? "")
  .split(",")
  .map((e) => e.trim())
  .filter(Boolean);
const unknown = engines.filter((e) => e !== "sqlite" && e !== "postgresql");
if (unknown.length > 0) {
  console.error(`TEST_ENGINES: unknown engine(s) ${unknown.join(", ")}; use sqlite and/or postgresql`);
  process.exit(2);
}
const required = engines.includes("postgresql");
const available = Boolean(process.env.TEST_POSTGRES_URL) || findPostgresBinaries() !== null;
const given = Boolean(process.env.TEST_POSTGRES_URL);

if (engines.length > 0 && !required) {
  console.log(`PostgreSQL pass not run: TEST_ENGINES=${engines.join(",")}.`);
  process.exit(0);
}
if (!required && !given) {
  const how = available ? "PostgreSQL's binaries are here" : NO_POSTGRES_MESSAGE;
  console.warn(`\n*** PostgreSQL pass NOT run: not asked for (TEST_ENGINES=sqlite,postgresql asks; ${how}). ***\n`);
  process.exit(0);
}
if (!available) {
  console.error(`PostgreSQL pass requested (TEST_ENGINES=${engines.join(",")}) but cannot run. ${NO_POSTGRES_MESSAGE}`);
  process.exit(1);
}

console.log("PostgreSQL pass: the integration suite on PostgreSQL");
const vitest = path.resolve("node_modules/.bin/vitest");
const started = Date.now();
const result = spawnSync(vitest, ["run", "tests/integration", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_ENGINE: "postgresql" },
});
console.log(
  `PostgreSQL pass: ${result.status === 0 ? "passed" : "failed"} in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(result.status ?? 1);
