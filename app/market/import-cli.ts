// npm run market:import -- <source> <file> [--areas <areas.json>] [--wage-year <year>]
// Imports one public pay-data file into the database (idempotent) and prints a summary.

import { parseArgs } from "node:util";
import { db, ensureDbReady } from "~/db.server";
import { importMarketFile } from "./import.server";
import { IMPORT_KINDS, isImportKind } from "./importers";
import type { SkippedRow } from "./records";

const USAGE = `Usage: npm run market:import -- <source> <file> [--areas <areas.json>] [--wage-year <year>]

Sources:
${Object.entries(IMPORT_KINDS)
  .map(([kind, what]) => `  ${kind.padEnd(11)} ${what}`)
  .join("\n")}

--areas      OFLC: areas.json of the same release (default: next to the file)
--wage-year  OFLC: the year the wage year starts, e.g. 2025 for July 2025 – June 2026`;

const MAX_SKIP_GROUPS = 10;

/** Skip reasons with their varying parts (quoted text, numbers) blanked, for counting. */
function reasonPattern(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N");
}

function describeSkipped(skipped: SkippedRow[]): string[] {
  const counts = new Map<string, { count: number; example: SkippedRow }>();
  for (const s of skipped) {
    const key = reasonPattern(s.reason);
    const entry = counts.get(key) ?? { count: 0, example: s };
    entry.count += 1;
    counts.set(key, entry);
  }
  const groups = [...counts.values()].sort((a, b) => b.count - a.count);
  const lines = groups
    .slice(0, MAX_SKIP_GROUPS)
    .map(({ count, example }) => `  ${count} × e.g. row ${example.row}: ${example.reason}`);
  if (groups.length > MAX_SKIP_GROUPS) lines.push(`  … and ${groups.length - MAX_SKIP_GROUPS} other reasons`);
  return lines;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { areas: { type: "string" }, "wage-year": { type: "string" }, help: { type: "boolean" } },
  });
  const [kind, file] = positionals;
  if (values.help || !kind || !file || positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  if (!isImportKind(kind)) {
    console.error(`Unknown source "${kind}".\n\n${USAGE}`);
    return 2;
  }
  const wageYearText = values["wage-year"];
  if (wageYearText !== undefined && !/^\d{4}$/.test(wageYearText)) {
    console.error(`--wage-year must be a year such as 2025, not "${wageYearText}".`);
    return 2;
  }

  await ensureDbReady();
  const result = await importMarketFile(kind, file, {
    areasPath: values.areas,
    wageYear: wageYearText === undefined ? undefined : Number(wageYearText),
  });
  if (!result.ok) {
    console.error(`Not imported: ${result.error.message}`);
    return 1;
  }
  const { summary } = result;
  const total = summary.sources.reduce((sum, s) => sum + s.figures, 0);
  console.log(
    `Imported ${file} (sha256 ${summary.fileSha256.slice(0, 12)}…): ${total} figures in ${summary.sources.length} source(s).`,
  );
  for (const s of summary.sources) console.log(`  ${s.id}: ${s.figures} figures — ${s.name}`);
  if (summary.skipped.length > 0) {
    console.log(`Skipped ${summary.skipped.length} row(s):`);
    for (const line of describeSkipped(summary.skipped)) console.log(line);
  }
  for (const note of summary.notes) console.log(`Note: ${note}`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
