// Unit tests are pure: nothing they import reaches the Prisma client, however many modules
// lie between (ESLint sees only a test's own imports). A test that needs the database goes
// in tests/integration. dpdm reads the imports with TypeScript and resolves ~/ through
// tsconfig.json; type-only imports count too, so a unit test cannot lean on a module that
// merely happens to be erased.
import { parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

const DB_MODULE = "app/db.server.ts";

/** Each test file that reaches `target`, with the chain of imports that gets there. */
async function chainsTo(target: string, globs: string[]): Promise<string[]> {
  const tree = await parseDependencyTree(globs, {
    tsconfig: "tsconfig.json",
    transform: false,
    exclude: /node_modules|app\/generated\//,
  });
  const roots = Object.keys(tree).filter((file) => /\.test\.tsx?$/.test(file));
  const found: string[] = [];
  for (const root of roots) {
    // Breadth-first, remembering who imported each module, so the message shows the chain.
    const importedBy = new Map<string, string | null>([[root, null]]);
    const queue = [root];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (file === target) {
        const chain: string[] = [];
        for (let at: string | null = file; at !== null; at = importedBy.get(at) ?? null) chain.unshift(at);
        found.push(chain.join(" -> "));
        break;
      }
      for (const dependency of tree[file] ?? []) {
        if (dependency.id !== null && !importedBy.has(dependency.id)) {
          importedBy.set(dependency.id, file);
          queue.push(dependency.id);
        }
      }
    }
  }
  return found;
}

describe("unit tests", () => {
  it("import nothing that leads to the database client", async () => {
    const found = await chainsTo(DB_MODULE, ["tests/unit/**/*.test.{ts,tsx}"]);
    expect(
      found,
      "move the pure part out of the module that imports ~/db.server, or the test to tests/integration",
    ).toEqual([]);
  }, 120_000);

  it("would notice one that does (the integration tests reach it)", async () => {
    const found = await chainsTo(DB_MODULE, ["tests/integration/documents/*.test.{ts,tsx}"]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/-> app\/db\.server\.ts$/);
  }, 120_000);
});
