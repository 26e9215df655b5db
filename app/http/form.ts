// HTML forms as the routes read them, and the one shape their problems come back in:
// `fieldErrors` (the first message for each field, shown beside it) and `formError` (one
// message for the whole form, shown above it).

/** The first message for each field that has one. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, string>>;

/** What a refused post answers with, beside the values it puts back in the fields. */
export interface FormProblems<Field extends string = string> {
  fieldErrors: FieldErrors<Field>;
  formError: string | null;
}

/** zod's issues as field errors: the first issue for each top-level field. Issues without a
 *  path (about the whole form) are left to the caller. */
export function fieldErrorsOf<Field extends string>(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === "string") errors[field as Field] ??= issue.message;
  }
  return errors;
}

/** Reads a urlencoded or multipart form into a plain object of its first values. */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const form = await request.formData();
  const out: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === "string" && !(key in out)) out[key] = value;
  }
  return out;
}
