// No import cycles in the app (type-only imports count too: a cycle of types is still two
// modules that cannot be understood one without the other). dpdm reads the imports with
// TypeScript and resolves ~/ through tsconfig.json.
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

/**
 * Cycles whose owners are taking them apart now. An entry names the owner (branch), who
 * deletes it with the cycle; the test fails on any other cycle, and on an entry whose
 * cycle is gone.
 */
const KNOWN_CYCLES: { owner: string; files: string[] }[] = [
  // interview (issue 18): schema.ts and session.ts import each other.
  { owner: "interview", files: ["app/interview/session.ts", "app/interview/schema.ts"] },
];

async function cyclesIn(globs: string[]): Promise<string[][]> {
  const tree = await parseDependencyTree(globs, {
    tsconfig: "tsconfig.json",
    transform: false,
    exclude: /node_modules|app\/generated\//,
  });
  return parseCircular(tree);
}

const key = (files: string[]) => [...files].sort().join(" -> ");

describe("import cycles", () => {
  it("finds none in the app beyond the known ones being taken apart", async () => {
    const found = await cyclesIn(["app/**/*.{ts,tsx,mjs}", "emails/**/*.tsx"]);
    const known = new Set(KNOWN_CYCLES.map((cycle) => key(cycle.files)));
    const unexpected = found.filter((cycle) => !known.has(key(cycle))).map((cycle) => cycle.join(" -> "));
    expect(unexpected, "new import cycles: break them (a third module for what both need)").toEqual([]);
    const foundKeys = new Set(found.map(key));
    const gone = KNOWN_CYCLES.filter((cycle) => !foundKeys.has(key(cycle.files))).map(
      (c) => `${c.owner}: ${c.files.join(" -> ")}`,
    );
    expect(gone, "these cycles are gone: delete their KNOWN_CYCLES entries").toEqual([]);
  }, 120_000);

  it("notices a cycle, even one of type-only imports", async () => {
    const found = await cyclesIn(["tests/fixtures/import-cycle/*.ts"]);
    expect(found.map(key)).toEqual([
      key(["tests/fixtures/import-cycle/ping.ts", "tests/fixtures/import-cycle/pong.ts"]),
    ]);
  });
});
