// `npm run eval:parser`: field accuracy of the resume parser on the corpus, per field
// kind, per rendering path and overall, for the tuning half and the two held-out sets (A,
// fixed with the corpus; B, added later from new templates before the next tuning) side
// by side, and the worst tuning files. Held-out failures are not printed unless asked for
// with --show-heldout (to report, never to tune); --confusion adds a per-template, per-field
// table of shares (aggregates, held-out included). --file <id> prints every check of one
// tuning resume; --misses <kind> prints every failed check of that kind in the tuning half
// (to find the class of input a failure belongs to); --json <file> writes the figures.
import { readFileSync, writeFileSync } from "node:fs";
import { createResumeScanner } from "~/resume/scan.server";
import { checkResume, share, tally, type Check } from "./checks.ts";
import { fixtureFiles, generatedFiles, type CorpusFile } from "./load.ts";

interface Result {
  file: CorpusFile;
  checks: Check[];
  structured: boolean;
  /** Entries read, for the confusion table: a whole section lost is a different class from a wrong field. */
  found: { jobs: number; schools: number; skills: number };
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);

const pct = (checks: Check[]) => {
  const t = tally(checks);
  return t.all === 0
    ? "     —       "
    : `${(100 * share(t)).toFixed(1).padStart(5)}% ${`${t.ok}/${t.all}`.padStart(9)}`;
};

async function main() {
  const files = [...fixtureFiles(), ...generatedFiles()].filter(
    (file) =>
      (!option("--path") || file.truth.path === option("--path")) &&
      (!option("--split") || file.truth.split === option("--split")),
  );
  const scanner = createResumeScanner({ size: 2, timeLimitMs: 60_000, maxQueued: files.length }); // a batch: every file waits its turn
  const results: Result[] = [];
  try {
    await Promise.all(
      files.map(async (file) => {
        const outcome = await scanner.scan(new Uint8Array(readFileSync(file.pdf)));
        if (!outcome.ok) throw new Error(`${file.truth.id}: ${outcome.reason}`);
        results.push({
          file,
          checks: checkResume(file.truth, outcome.report.parsed),
          structured: outcome.report.parsed.structure?.structured ?? true,
          found: {
            jobs: outcome.report.parsed.experience.length,
            schools: outcome.report.parsed.education.length,
            skills: outcome.report.parsed.skills.length,
          },
        });
      }),
    );
  } finally {
    await scanner.close();
  }
  results.sort((a, b) => a.file.truth.id.localeCompare(b.file.truth.id));

  const only = option("--file");
  if (only) {
    const result = results.find((item) => item.file.truth.id === only);
    if (!result) throw new Error(`no file ${only}`);
    if (result.file.truth.split !== "tuning" && !flag("--show-heldout"))
      throw new Error("held-out files are not shown: never tune on them");
    for (const c of result.checks)
      console.log(
        `${c.ok ? "  ok " : "  XX "} ${c.kind.padEnd(16)} expected ${JSON.stringify(c.expected)}  got ${JSON.stringify(c.actual)}`,
      );
    return;
  }

  const missKind = option("--misses");
  if (missKind) {
    for (const result of results.filter((item) => item.file.truth.split === "tuning")) {
      for (const c of result.checks.filter((item) => !item.ok && (item.kind === missKind || missKind === "all"))) {
        console.log(
          `${result.file.truth.id.padEnd(26)} ${c.kind.padEnd(16)} expected ${JSON.stringify(c.expected)}  got ${JSON.stringify(c.actual)}`,
        );
      }
    }
    return;
  }

  const of = (split: string) => results.filter((item) => item.file.truth.split === split);
  const tuning = of("tuning");
  const heldout = of("heldout");
  const heldoutB = of("heldout-b");
  const core = (items: Result[]) => items.flatMap((item) => item.checks.filter((c) => c.core));
  const every = (items: Result[]) => items.flatMap((item) => item.checks.filter((c) => c.kind !== "skills.extra"));
  const out: string[] = [];
  const row = (label: string, a: Check[], b: Check[], c: Check[]) =>
    out.push(`${label.padEnd(26)} ${pct(a)}   ${pct(b)}   ${pct(c)}`);
  const header = (title: string) =>
    out.push(
      "",
      title,
      `${"".padEnd(26)} ${"tuning".padEnd(20)}  ${"held-out A".padEnd(20)}  ${"held-out B".padEnd(20)}`,
    );

  out.push(
    `Resume parser field accuracy: ${tuning.length} tuning, ${heldout.length} held-out A and ${heldoutB.length} held-out B resumes`,
  );
  header("Overall");
  row("core fields (issue 16)", core(tuning), core(heldout), core(heldoutB));
  row("all fields", every(tuning), every(heldout), every(heldoutB));

  header("Per field kind");
  const kinds = [...new Set(results.flatMap((item) => item.checks.map((c) => c.kind)))].filter(
    (kind) => kind !== "skills.extra",
  );
  for (const kind of kinds) {
    const pick = (items: Result[]) => items.flatMap((item) => item.checks.filter((c) => c.kind === kind));
    row(
      `${kind}${results.some((item) => item.checks.some((c) => c.kind === kind && !c.core)) ? " (extra)" : ""}`,
      pick(tuning),
      pick(heldout),
      pick(heldoutB),
    );
  }
  const extras = (items: Result[]) =>
    items.flatMap((item) => item.checks.filter((c) => c.kind === "skills.extra")).length;
  const skillsFound = (items: Result[]) =>
    items.flatMap((item) => item.checks.filter((c) => c.kind === "skills" && c.ok)).length;
  const notSkills = (items: Result[]) =>
    `${String(extras(items)).padStart(5)} (of ${skillsFound(items) + extras(items)})`.padEnd(20);
  out.push(
    `${"skills read that are not skills".padEnd(26)} ${notSkills(tuning)}   ${notSkills(heldout)}   ${notSkills(heldoutB)}`,
  );

  header("Per rendering path (core fields)");
  for (const renderPath of [...new Set(results.map((item) => item.file.truth.path))].sort()) {
    const on = (items: Result[]) => items.filter((item) => item.file.truth.path === renderPath);
    row(renderPath, core(on(tuning)), core(on(heldout)), core(on(heldoutB)));
  }

  header("Per template (core fields)");
  for (const template of [...new Set(results.map((item) => item.file.truth.template))]) {
    const on = results.filter((item) => item.file.truth.template === template);
    if (on[0].file.truth.path === "rendercv-typst") continue;
    const split = on[0].file.truth.split;
    row(
      `${template}`,
      split === "tuning" ? core(on) : [],
      split === "heldout" ? core(on) : [],
      split === "heldout-b" ? core(on) : [],
    );
  }
  const rendercv = results.filter((item) => item.file.truth.path === "rendercv-typst");
  row("rendercv (9 themes)", core(rendercv), [], []);

  if (flag("--confusion")) {
    // Aggregates only (share of checks right per template and field kind): which classes of
    // layout lose which fields, held-out included, without showing any held-out file.
    const coreKinds = kinds.filter((kind) =>
      results.some((item) => item.checks.some((c) => c.kind === kind && c.core)),
    );
    out.push("", "Per template and field kind (core fields, % right; held-out as aggregates only)");
    out.push(
      `${"".padEnd(26)} ${"split".padEnd(9)} ${coreKinds
        .map((kind) =>
          kind
            .replace(/^(job|edu)\./u, "")
            .slice(0, 7)
            .padStart(7),
        )
        .join(" ")}  no jobs/schools/skills read`,
    );
    for (const template of [...new Set(results.map((item) => item.file.truth.template))]) {
      const on = results.filter((item) => item.file.truth.template === template);
      const cells = coreKinds.map((kind) => {
        const t = tally(on.flatMap((item) => item.checks.filter((c) => c.kind === kind)));
        return (t.all === 0 ? "—" : (100 * share(t)).toFixed(0)).padStart(7);
      });
      const none = (key: keyof Result["found"]) => on.filter((item) => item.found[key] === 0).length;
      out.push(
        `${template.padEnd(26)} ${on[0].file.truth.split.padEnd(9)} ${cells.join(" ")}  ${none("jobs")}/${none("schools")}/${none("skills")} of ${on.length}`,
      );
    }
  }

  const unstructured = (items: Result[]) => items.filter((item) => !item.structured).length;
  out.push(
    "",
    `Reported as unstructured: ${unstructured(tuning)} tuning, ${unstructured(heldout)} held-out A, ${unstructured(heldoutB)} held-out B`,
  );

  const worst = (items: Result[]) =>
    [...items]
      .sort((a, b) => share(tally(a.checks.filter((c) => c.core))) - share(tally(b.checks.filter((c) => c.core))))
      .slice(0, 12);
  out.push("", "Worst tuning files (core fields)");
  for (const item of worst(tuning)) {
    const misses = item.checks.filter((c) => c.core && !c.ok).map((c) => c.kind);
    out.push(
      `  ${item.file.truth.id.padEnd(28)} ${pct(item.checks.filter((c) => c.core))}  ${[...new Set(misses)].join(", ")}`,
    );
  }
  if (flag("--show-heldout")) {
    out.push("", "Worst held-out files (for the report only: never tune on these)");
    for (const item of worst([...heldout, ...heldoutB]))
      out.push(`  ${item.file.truth.id.padEnd(28)} ${pct(item.checks.filter((c) => c.core))}`);
  }
  console.log(out.join("\n"));

  const json = option("--json");
  if (json) {
    const figures = (items: Result[]) => ({
      resumes: items.length,
      core: tally(core(items)),
      all: tally(every(items)),
    });
    writeFileSync(
      json,
      `${JSON.stringify({ tuning: figures(tuning), heldout: figures(heldout), heldoutB: figures(heldoutB) }, null, 2)}\n`,
    );
  }
}

await main();
