// The import boundaries of app/README.md, as eslint.config.js enforces them: each rule
// refuses a file that breaks it and lets through the same import where it is allowed, so
// a config change that silently drops a rule fails here.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The messages of no-restricted-imports for `source` as if it were the file at `filePath`. */
async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const cases: { rule: string; source: string; refused: string[]; allowed: string[] }[] = [
  {
    rule: "routes do not touch the database",
    source: 'import { db } from "~/db.server";\nexport const x = db;\n',
    refused: ["app/routes/example.tsx", "app/root.tsx"],
    allowed: ["app/documents/example.server.ts"],
  },
  {
    rule: "routes use no Prisma types",
    source: 'import type { Document } from "~/generated/prisma/client";\nexport type X = Document;\n',
    refused: ["app/routes/example.tsx"],
    allowed: ["app/documents/example.server.ts"],
  },
  {
    rule: "a file that is not .server imports no .server module",
    source: 'import { config } from "~/config.server";\nexport const x = config;\n',
    refused: ["app/resume/example.ts", "app/ui/Example.tsx", "app/documents/example.ts"],
    allowed: [
      "app/resume/example.server.ts",
      "app/routes/example.tsx",
      "app/server/example.ts",
      "app/market/import-cli.ts",
    ],
  },
  {
    rule: "a file that is not .server imports no Node built-in",
    source: 'import fs from "node:fs";\nimport path from "path";\nexport const x = [fs, path];\n',
    refused: ["app/interview/example.ts", "app/writer/example.ts"],
    allowed: ["app/interview/example.server.ts", "app/resume/data/generate-example.ts"],
  },
  {
    rule: "documents/ knows no tool",
    source: 'import { listRoles } from "~/interview";\nexport const x = listRoles;\n',
    refused: ["app/documents/example.ts", "app/documents/example.server.ts"],
    allowed: ["app/negotiation/example.ts"],
  },
  {
    rule: "a tool is reached from outside its folder only through its public module",
    source: 'import { TONES } from "~/layoff/schema";\nexport const x = TONES;\n',
    refused: ["app/resume/example.ts", "app/writer/example.server.ts", "app/market/example.ts"],
    allowed: ["app/layoff/example.ts", "app/routes/example.tsx"],
  },
  {
    rule: "only routes compose the tool registry",
    source: 'import { TOOLS } from "~/tool-registry";\nexport const x = TOOLS;\n',
    refused: ["app/documents/example.server.ts", "app/writer/example.ts"],
    allowed: ["app/routes/example.tsx", "app/root.tsx"],
  },
  {
    rule: "unit tests import no database",
    source:
      'import { db } from "~/db.server";\nimport { signUp } from "../support/users";\nexport const x = [db, signUp];\n',
    refused: ["tests/unit/example.test.ts"],
    allowed: ["tests/integration/example.test.ts"],
  },
  {
    rule: "tests import app code as ~/",
    source: 'import { formatMoney } from "../../app/format";\nexport const x = formatMoney;\n',
    refused: ["tests/integration/example.test.ts", "tests/unit/example.test.ts"],
    allowed: [],
  },
];

describe("lint boundaries", () => {
  for (const { rule, source, refused, allowed } of cases) {
    it(
      rule,
      async () => {
        for (const filePath of refused) {
          expect(await restrictedImports(filePath, source), `${filePath} should be refused`).not.toEqual([]);
        }
        for (const filePath of allowed) {
          expect(await restrictedImports(filePath, source), `${filePath} should be allowed`).toEqual([]);
        }
      },
      60_000,
    );
  }
});
