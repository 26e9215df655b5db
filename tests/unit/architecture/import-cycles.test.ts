// No import cycles in the app (type-only imports count too: a cycle of types is still two
// modules that cannot be understood one without the other). dpdm reads the imports with
// TypeScript and resolves ~/ through tsconfig.json.
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

async function cyclesIn(globs: string[]): Promise<string[]> {
  const tree = await parseDependencyTree(globs, {
    tsconfig: "tsconfig.json",
    transform: false,
    exclude: /node_modules|app\/generated\//,
  });
  return parseCircular(tree).map((cycle) => cycle.join(" -> "));
}

describe("import cycles", () => {
  it("finds none in the app", async () => {
    const found = await cyclesIn(["app/**/*.{ts,tsx,mjs}", "emails/**/*.tsx"]);
    expect(found, "break each cycle: move what both modules need into a third").toEqual([]);
  }, 120_000);

  it("notices a cycle, even one of type-only imports", async () => {
    const found = await cyclesIn(["tests/fixtures/import-cycle/*.ts"]);
    expect(found).toHaveLength(1);
    expect(found[0].split(" -> ").sort()).toEqual([
      "tests/fixtures/import-cycle/ping.ts",
      "tests/fixtures/import-cycle/pong.ts",
    ]);
  });
});
