// Content as data (app/<domain>/content/, app/<domain>/data/): each file is checked against
// its zod schema where it is loaded, so a typo fails at start and in the tests, naming the
// file and the field, never mid-request. Pure: callers read or import the file.
import type { z } from "zod";

/** The file's data, as its schema shapes it; throws naming the file and each field at fault. */
export function parseContent<T extends z.ZodType>(schema: T, raw: unknown, file: string): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
  throw new Error(`Content file ${file} is malformed: ${issues.join("; ")}`);
}

/** The template with each {name} replaced; a placeholder without a value is a bug. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in a content template.`);
    return value;
  });
}

/** The names of a template's placeholders, for schemas that hold a template to its values. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
