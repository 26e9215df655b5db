// Reads our editorial content (YAML in app/market/content/) once per process and checks it
// against the schemas in content.ts. A broken file is a bug in the project: it throws,
// naming the file and field, at the first page that needs it (and in the content test).

import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dataLimitsSchema, validateRoleContent, type DataLimits, type RoleContentMap } from "./content";

/** Beside this module: app/market/content/ from source, build/content/ in the server bundle
 *  (copied there by `npm run build`, app/server/finish-build.ts). */
export const CONTENT_DIR = fileURLToPath(new URL("./content/", import.meta.url));

export interface MarketContent {
  roles: RoleContentMap;
  dataLimits: DataLimits;
}

async function readYaml(file: string): Promise<unknown> {
  try {
    // Loaded with the first market page, not at start: the YAML parser is 70 modules.
    const { parse } = await import("yaml");
    return parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read content file ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

export async function readMarketContent(dir: string = CONTENT_DIR): Promise<MarketContent> {
  const roleFiles = (await fs.readdir(path.join(dir, "roles"))).filter((f) => f.endsWith(".yaml"));
  const raw: Record<string, unknown> = {};
  for (const file of roleFiles) raw[file.replace(/\.yaml$/, "")] = await readYaml(path.join(dir, "roles", file));
  const roles = validateRoleContent(raw);
  if (!roles.ok) throw new Error(`Role content in ${dir}/roles: ${roles.error}`);
  const limits = dataLimitsSchema.safeParse(await readYaml(path.join(dir, "data-limits.yaml")));
  if (!limits.success) {
    const issue = limits.error.issues[0];
    throw new Error(`Content file ${dir}/data-limits.yaml: ${issue.path.join(".")}: ${issue.message}`);
  }
  return { roles: roles.value, dataLimits: limits.data };
}

let loaded: Promise<MarketContent> | undefined;

/** The shipped content, read on first use and kept. */
export function marketContent(): Promise<MarketContent> {
  loaded ??= readMarketContent().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
