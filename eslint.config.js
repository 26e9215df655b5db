// ESLint (flat config) with typescript-eslint, and the boundaries app/README.md describes:
// routes never touch the database client or Prisma; code that also runs in the browser never
// imports a .server module or a Node built-in; documents/ knows no tool; a tool is reached from
// outside its folder only through its public module; only routes read the tool registry; unit
// tests import no database. Import cycles are found by tests/unit/architecture/import-cycles.test.ts
// (dpdm, which also counts type-only imports, unlike import/no-cycle), and database imports
// reached through other modules by tests/unit/architecture/unit-tests-no-db.test.ts.
// Boundaries use core no-restricted-imports on the import specifiers (every cross-folder import
// is a ~/ path), so no resolver plugin is needed; see
// docs/decisions/2026-12-04-lint-boundaries.md. Formatting is Prettier's business
// (npm run format:check), not ESLint's.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** One no-restricted-imports setting from several groups of restrictions (ESLint keeps only
 *  the last setting of a rule that matches a file, so each file group gets the union). */
function restricted(...groups) {
  return {
    "no-restricted-imports": [
      "error",
      { paths: groups.flatMap((g) => g.paths ?? []), patterns: groups.flatMap((g) => g.patterns ?? []) },
    ],
  };
}

const NO_DB_IN_ROUTES = {
  paths: [
    {
      name: "~/db.server",
      importNames: ["db"],
      message: "Routes call a domain module; they do not query the database.",
    },
  ],
  patterns: [
    { regex: "(^~/generated/prisma|^@prisma/)", message: "Routes call a domain module; Prisma stays behind it." },
  ],
};

const NO_SERVER_MODULES = {
  patterns: [
    {
      regex: "\\.server(\\.[cm]?[jt]sx?)?$",
      message:
        "This module also runs in the browser: it may not import a .server module (move the caller to a .server file, or the shared part out of it).",
    },
  ],
};

const NO_NODE_BUILTINS = {
  patterns: [
    {
      regex: `^(node:.*|${builtinModules.filter((name) => !name.startsWith("_")).join("|")})(/.*)?$`,
      message:
        "This module also runs in the browser and pure logic does no I/O: Node built-ins belong in a .server module.",
    },
  ],
};

const TOOL_FOLDERS = ["resume", "interview", "layoff", "negotiation"];

/** Outside a tool's own folder (and the routes), a tool is reached only through its public
 *  module: `~/interview` (its index.ts) and `~/resume/skills`. `own` is the folder the file is in. */
function toolsThroughPublicModules(own) {
  const others = TOOL_FOLDERS.filter((tool) => tool !== own).join("|");
  return {
    patterns: [
      {
        regex: `^~/(?!resume/skills$)(${others})/`,
        message:
          "Import another tool through its public module (~/interview, ~/resume/skills), or move what both need to a shared folder.",
      },
    ],
  };
}

const UNIT_TESTS_NO_DB = {
  paths: [
    { name: "~/db.server", message: "Unit tests are pure: a test that needs the database goes in tests/integration." },
    {
      name: "better-sqlite3",
      message: "Unit tests are pure: a test that needs the database goes in tests/integration.",
    },
  ],
  patterns: [
    {
      regex: "(^~/generated/prisma|^@prisma/|support/(setup-db|app-server|users)(\\.ts)?$)",
      message: "Unit tests are pure: a test that needs the database or the server goes in tests/integration.",
    },
  ],
};

const REGISTRY_ONLY_IN_ROUTES = {
  paths: [{ name: "~/tool-registry", message: "Only route modules (and root.tsx) compose the tools." }],
  patterns: [{ regex: "^(~|\\.{1,2})/routes/", message: "Nothing imports a route module." }],
};

const DOCUMENTS_KNOW_NO_TOOL = {
  patterns: [
    {
      regex: "^(~|\\.\\.)/(resume|interview|layoff|negotiation)(/|$)",
      message:
        "documents/ is generic: a tool declares itself in app/<tool>/tool.ts and the routes compose the registry.",
    },
  ],
};

const NO_RELATIVE_APP_IMPORTS = {
  patterns: [{ regex: "^(\\.\\./)+app/", message: "Import app code as ~/…" }],
};

// Files that only ever run on the server without a .server name: the Express server, the
// command-line entries, the data generators and the server entry of Remix.
const SERVER_ONLY = [
  "app/**/*.server.{ts,tsx,mjs}",
  "app/server/**",
  "app/entry.server.tsx",
  "app/**/cli.ts",
  "app/**/*-cli.ts",
  "app/**/data/generate-*.ts",
];

// samples/ is not among them: like the routes, it composes the tools (it runs each on fictional inputs).
const PLATFORM_FOLDERS = [
  "auth",
  "billing",
  "email",
  "legal",
  "market",
  "support",
  "writer",
  "http",
  "calendar",
  "ui",
  "db",
];

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "app/generated/**", "node_modules/**", "tests/.tmp/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      // The app runs in Node and in the browser; tests and scripts in Node.
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      // Input sanitising here matches control characters on purpose (stripping them from text).
      "no-control-regex": "off",
      "react-hooks/rules-of-hooks": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  // Boundaries. The last matching setting of no-restricted-imports wins, so each group lists all of its own.
  {
    files: ["app/**/*.{ts,tsx,mjs}"],
    rules: restricted(NO_SERVER_MODULES, NO_NODE_BUILTINS, REGISTRY_ONLY_IN_ROUTES),
  },
  { files: SERVER_ONLY, rules: restricted(REGISTRY_ONLY_IN_ROUTES) },
  ...[...TOOL_FOLDERS, ...PLATFORM_FOLDERS].flatMap((folder) => [
    {
      files: [`app/${folder}/**/*.{ts,tsx,mjs}`],
      rules: restricted(
        NO_SERVER_MODULES,
        NO_NODE_BUILTINS,
        REGISTRY_ONLY_IN_ROUTES,
        toolsThroughPublicModules(folder),
      ),
    },
    {
      files: SERVER_ONLY.map((glob) => glob.replace(/^app\/(\*\*\/)?/, `app/${folder}/**/`)),
      rules: restricted(REGISTRY_ONLY_IN_ROUTES, toolsThroughPublicModules(folder)),
    },
  ]),
  {
    files: ["app/documents/**/*.{ts,tsx}"],
    rules: restricted(NO_SERVER_MODULES, NO_NODE_BUILTINS, REGISTRY_ONLY_IN_ROUTES, DOCUMENTS_KNOW_NO_TOOL),
  },
  { files: ["app/documents/**/*.server.ts"], rules: restricted(REGISTRY_ONLY_IN_ROUTES, DOCUMENTS_KNOW_NO_TOOL) },
  // Route modules: Remix removes loaders and actions (and what only they import) from the browser build.
  { files: ["app/routes/**", "app/root.tsx"], rules: restricted(NO_DB_IN_ROUTES) },
  { files: ["tests/**", "prisma/**", "emails/**", "*.ts", "*.js"], rules: restricted(NO_RELATIVE_APP_IMPORTS) },
  { files: ["tests/unit/**"], rules: restricted(NO_RELATIVE_APP_IMPORTS, UNIT_TESTS_NO_DB) },
  // Tests poke at untyped data (spoiling parsed JSON, reading SDK internals).
  { files: ["tests/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },

  // Allow-list: violations their owners are taking apart now. Each entry names the owner,
  // who deletes it with the violation.
  {
    // layoff (issue 15): the composition layer's pure phrase and tense modules call the
    // NLP tagger in nlp.server.ts; the tagging moves behind a .server caller or out of it.
    files: ["app/writer/phrases.ts", "app/writer/verbs.ts"],
    rules: restricted(NO_NODE_BUILTINS, REGISTRY_ONLY_IN_ROUTES, toolsThroughPublicModules("writer")),
  },
);
