// A throwaway PostgreSQL cluster on a loopback port, for the tests' PostgreSQL pass, the
// bench and `npm run db:new-migration` (Prisma needs a PostgreSQL server to write
// PostgreSQL SQL). Data lives in a temporary folder and is deleted on stop; fsync is off,
// since nothing in it must survive a crash. As root it runs as the `postgres` user
// (PostgreSQL refuses to run as root), which Debian's postgresql package creates.
//
// CLI (used by .ci/run): `tsx prisma/postgres/cluster.ts start <dir>` prints the URL;
// `tsx prisma/postgres/cluster.ts stop <dir>` stops it and deletes <dir>.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface PostgresCluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  dir: string;
  stop: () => void;
}

/** The folder with initdb and pg_ctl: $PG_BIN, the newest /usr/lib/postgresql/<n>/bin (Debian), or $PATH. */
export function findPostgresBinaries(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, "bin")));
  }
  candidates.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  return (
    candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) ?? null
  );
}

export const NO_POSTGRES_MESSAGE =
  "PostgreSQL was asked for but no PostgreSQL binaries (initdb, pg_ctl) were found. Install them " +
  "(Debian: apt-get install postgresql), point PG_BIN at their folder, or set TEST_POSTGRES_URL " +
  "to a server the tests may create databases on.";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function runAsOwner(bin: string, args: string[]): void {
  const [command, fullArgs] = isRoot() ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  execFileSync(command, fullArgs, { stdio: "pipe" });
}

const CLUSTER_INFO = "cluster.json";

/** Starts a cluster in `dir` (made if missing; a fresh temporary folder by default). */
export async function startPostgresCluster(dir?: string): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error(NO_POSTGRES_MESSAGE);
  const root = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "crt-pg-"));
  fs.mkdirSync(root, { recursive: true });
  const data = path.join(root, "data");
  if (isRoot()) execFileSync("chown", ["postgres", root]);
  const port = await freePort();
  try {
    runAsOwner(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
    const options = [
      `-p ${port}`,
      `-k ${root}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=300",
    ].join(" ");
    runAsOwner(path.join(bin, "pg_ctl"), [
      "-D",
      data,
      "-o",
      options,
      "-l",
      path.join(root, "server.log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    const log = fs.existsSync(path.join(root, "server.log"))
      ? fs.readFileSync(path.join(root, "server.log"), "utf8")
      : "";
    fs.rmSync(root, { recursive: true, force: true });
    throw new Error(
      `Could not start a throwaway PostgreSQL cluster with ${bin}: ${(error as Error).message}\n${stderr}\n${log}`,
      { cause: error },
    );
  }
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  fs.writeFileSync(path.join(root, CLUSTER_INFO), JSON.stringify({ bin, url }));
  return { url, dir: root, stop: () => stopPostgresCluster(root) };
}

/** Stops the cluster started in `dir` (immediately: its data is thrown away) and deletes `dir`. */
export function stopPostgresCluster(dir: string): void {
  const info = path.join(dir, CLUSTER_INFO);
  if (fs.existsSync(info)) {
    const { bin } = JSON.parse(fs.readFileSync(info, "utf8")) as { bin: string };
    try {
      runAsOwner(path.join(bin, "pg_ctl"), ["-D", path.join(dir, "data"), "-m", "immediate", "-w", "stop"]);
    } catch (error) {
      console.error(`stopping PostgreSQL in ${dir}: ${(error as Error).message}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, dir] = process.argv.slice(2);
  if (command === "start" && dir) {
    console.log((await startPostgresCluster(path.resolve(dir))).url);
  } else if (command === "stop" && dir) {
    stopPostgresCluster(path.resolve(dir));
  } else {
    console.error("Usage: tsx prisma/postgres/cluster.ts start|stop <dir>");
    process.exit(2);
  }
}
