// Reads one of the interview's content files (app/interview/content/*.json: questions,
// loops, coding problems, word lists) through its zod schema. The files are imported
// statically, so they load the same way on the server, in the browser bundle (loops and
// competencies feed the choice fields) and in tests, without a file read or a build step.
// A file may name values once under "shared" and use them as "@name" anywhere below.
// A malformed file throws at load, naming the file, the field and what is wrong, so a
// broken edit fails the first test or the server's start, never a request.
import type { z } from "zod";

export class ContentError extends Error {
  constructor(file: string, detail: string) {
    super(`Content file app/interview/content/${file}: ${detail}`);
    this.name = "ContentError";
  }
}

type Json = unknown;

function resolveShared(value: Json, shared: Record<string, Json>, file: string, path: string): Json {
  if (typeof value === "string" && value.startsWith("@")) {
    const name = value.slice(1);
    if (!Object.hasOwn(shared, name)) throw new ContentError(file, `${path}: unknown shared value "${value}"`);
    return shared[name];
  }
  if (Array.isArray(value)) return value.map((item, i) => resolveShared(item, shared, file, `${path}.${i}`));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        resolveShared(item, shared, file, path ? `${path}.${key}` : key),
      ]),
    );
  }
  return value;
}

/** The file's content, its "@name" references resolved, checked against `schema`. */
export function readContent<Schema extends z.ZodType>(file: string, raw: Json, schema: Schema): z.output<Schema> {
  const { shared = {}, ...rest } = (raw ?? {}) as { shared?: Record<string, Json> };
  const resolved = resolveShared(rest, shared, file, "");
  const parsed = schema.safeParse(resolved);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join(".") : "(the whole file)";
  throw new ContentError(file, `${where}: ${issue.message}`);
}
