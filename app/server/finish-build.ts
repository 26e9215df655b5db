// The last step of `npm run build`, after `remix build --sourcemap`:
// - the PDF extraction worker is compiled beside the server bundle, so build/ runs on its
//   own (a worker thread is started from a file, which the Remix bundle cannot inline);
// - data files that modules read at run time are copied to where those modules find them
//   relative to themselves (`new URL("./data/…", import.meta.url)`), build/ in the bundle;
// - browser source maps leave public/ (they would publish the client source) for
//   build/browser-sourcemaps/, and the browser files stop pointing at them.
// - a database with every migration applied and the shipped data loaded is made once,
//   build/initial.db; a server starting on a database file that does not exist yet begins
//   from a copy of it instead of migrating and importing (seconds) at every fresh start.
// The server's own map (build/index.js.map) stays beside it for readable stack traces,
// without the sources' text: Node needs only the mappings, and parses the map at start.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { build } from "esbuild";

const root = process.cwd();
const serverDir = path.join(root, "build");
const publicBuildDir = path.join(root, "public", "build");

async function compileWorker() {
  await build({
    entryPoints: [path.join(root, "app/resume/extract-worker.server.mjs")],
    outfile: path.join(serverDir, "extract-worker.server.mjs"),
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    sourcesContent: false,
    logLevel: "warning",
  });
}

/** Files and folders read at run time, by path in the sources and in build/. */
const RUNTIME_FILES = [
  ["app/auth/data/common-passwords.txt", "data/common-passwords.txt"],
  ["app/documents/fonts", "fonts"],
  ["app/market/content", "content"],
  ["app/interview/sandbox/host.server.mjs", "host.server.mjs"],
];

function copyRuntimeFiles() {
  for (const [from, to] of RUNTIME_FILES) {
    fs.rmSync(path.join(serverDir, to), { recursive: true, force: true });
    fs.cpSync(path.join(root, from), path.join(serverDir, to), { recursive: true });
  }
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

const SOURCE_MAP_COMMENT = /\n?\/[/*]# sourceMappingURL=\S+?\.map(?: \*\/)?\s*$/;

function moveBrowserSourceMaps(): number {
  if (!fs.existsSync(publicBuildDir)) return 0;
  const target = path.join(serverDir, "browser-sourcemaps");
  fs.rmSync(target, { recursive: true, force: true });
  let moved = 0;
  for (const file of [...filesUnder(publicBuildDir)]) {
    if (file.endsWith(".map")) {
      const dest = path.join(target, path.relative(publicBuildDir, file));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.renameSync(file, dest);
      moved += 1;
    } else if (/\.(js|css)$/.test(file)) {
      const text = fs.readFileSync(file, "utf8");
      if (SOURCE_MAP_COMMENT.test(text)) fs.writeFileSync(file, text.replace(SOURCE_MAP_COMMENT, "\n"));
    }
  }
  return moved;
}

function slimServerSourceMap() {
  const file = path.join(serverDir, "index.js.map");
  if (!fs.existsSync(file)) return;
  const map = JSON.parse(fs.readFileSync(file, "utf8")) as { sourcesContent?: unknown };
  delete map.sourcesContent;
  fs.writeFileSync(file, JSON.stringify(map));
}

function makeInitialDatabase() {
  const file = path.join(serverDir, "initial.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${file}` };
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { env, stdio: "pipe" });
  // Fold the write-ahead log into the file, so a plain copy of it is complete.
  const sqlite = new Database(file);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
}

await compileWorker();
makeInitialDatabase();
copyRuntimeFiles();
slimServerSourceMap();
const moved = moveBrowserSourceMaps();
console.log(
  `build finished: PDF worker compiled and runtime files copied into build/, initial database made, ` +
    `${moved} browser source map(s) moved out of public/`,
);
