// Renders the parser corpus: `tsx tests/eval/parser/generate/run.ts [path…] [--only template] [--split name]`.
// Writes tests/eval/parser/corpus/<template>/<nn>.pdf and <nn>.json (the ground truth).
// Run it under `nice`; the committed PDFs mean CI never needs to.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS, seedOf, type TemplateEntry } from "./corpus.ts";
import { makePerson } from "./people.ts";
import { RENDERERS } from "./renderers.ts";

const OUT = path.resolve("tests/eval/parser/corpus");

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
  const only = option("--only");
  const split = option("--split");
  const paths = args.filter((arg, i) => !arg.startsWith("--") && !["--only", "--split"].includes(args[i - 1]));
  const entries = CORPUS.filter(
    (entry) =>
      (paths.length === 0 || paths.includes(entry.path)) &&
      (!only || entry.template === only) &&
      (!split || entry.split === split),
  );
  const byPath = new Map<string, TemplateEntry[]>();
  for (const entry of entries) byPath.set(entry.path, [...(byPath.get(entry.path) ?? []), entry]);
  for (const [renderPath, templates] of byPath) {
    const renderer = RENDERERS[renderPath];
    if (!renderer) throw new Error(`no renderer for ${renderPath}`);
    await renderer.open();
    try {
      for (const entry of templates) {
        const dir = path.join(OUT, entry.template);
        mkdirSync(dir, { recursive: true });
        for (let i = 0; i < entry.count; i++) {
          const seed = seedOf(entry.template, i);
          const id = `${entry.template}-${String(i).padStart(2, "0")}`;
          const person = makePerson(seed, entry.split);
          const { pdf, truth } = await renderer.render({ entry, seed, id, person });
          writeFileSync(path.join(dir, `${String(i).padStart(2, "0")}.pdf`), pdf);
          writeFileSync(path.join(dir, `${String(i).padStart(2, "0")}.json`), `${JSON.stringify(truth, null, 2)}\n`);
          process.stdout.write(`${id} ${pdf.length} bytes\n`);
        }
      }
    } finally {
      await renderer.close();
    }
  }
}

await main();
