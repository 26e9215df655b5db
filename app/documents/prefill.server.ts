import { findOwnDocumentOfKind, type OwnDocument } from "~/documents/store.server";

// `?from=<documentId>` on a tool's page: the form starts from one of the user's own
// documents of that tool ("Duplicate into the tool", "Scan a new version"). Any other id
// (someone else's, another tool's, malformed) gives no values, never its content, and the
// page says the form starts empty.

export type Prefill<Values> = { requested: false; values: null } | { requested: true; values: Values | null };

/** Reads `?from=` and turns the document into form values with `read` (null when the
 *  saved input no longer reads as this tool's form). */
export async function prefillFromDocument<Values>(
  request: Request,
  userId: string,
  kind: string,
  read: (document: OwnDocument) => Values | null,
): Promise<Prefill<Values>> {
  const from = new URL(request.url).searchParams.get("from");
  if (from === null) return { requested: false, values: null };
  const document = from ? await findOwnDocumentOfKind(userId, from, kind) : null;
  return { requested: true, values: document ? read(document) : null };
}
