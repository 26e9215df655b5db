import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { FormMessage, PageHeading } from "~/ui/forms";
import { SEARCH_MAX, TRASH_DAYS } from "~/documents/limits";
import { listDocuments } from "~/documents/store.server";
import { formatDate, formatDateTime } from "~/format";
import { documentLabel, isDocumentKind, TOOLS } from "~/tool-registry";

export const meta: MetaFunction = () => [{ title: "Your documents · Career Recovery Toolkit" }];

const query = z.object({
  kind: z.string().max(40).optional().catch(undefined),
  q: z.string().optional().catch(undefined),
  view: z.enum(["trash"]).optional().catch(undefined),
  after: z.string().max(64).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const params = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const kind = params.kind && isDocumentKind(params.kind) ? params.kind : undefined;
  const page = await listDocuments({
    userId: user.id,
    kind,
    search: params.q,
    trash: params.view === "trash",
    after: params.after,
  });
  return { ...page, trash: params.view === "trash" };
}

function pageLink(page: { kind: string | null; search: string; trash: boolean }, after: string) {
  const params = new URLSearchParams();
  if (page.kind) params.set("kind", page.kind);
  if (page.search) params.set("q", page.search);
  if (page.trash) params.set("view", "trash");
  params.set("after", after);
  return `/documents?${params}`;
}

/** Titles shown more than once on this page: those rows get the time as well, so they can be told apart. */
function repeatedTitles(items: readonly { title: string }[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { title } of items) (seen.has(title) ? repeated : seen).add(title);
  return repeated;
}

export default function Documents() {
  const page = useLoaderData<typeof loader>();
  const repeated = repeatedTitles(page.items);
  return (
    <div className="space-y-6">
      <PageHeading title={page.trash ? "Trash" : "Your documents"}>
        {page.trash
          ? `Deleted documents stay here for ${TRASH_DAYS} days, then they are gone for good.`
          : "Everything you created with the toolkit, newest first."}
      </PageHeading>
      <Form method="get" className="flex flex-wrap items-end gap-3" role="search">
        {page.trash ? <input type="hidden" name="view" value="trash" /> : null}
        <div>
          <label htmlFor="doc-search" className="block text-sm font-medium">
            Search titles and text
          </label>
          <input
            id="doc-search"
            type="search"
            name="q"
            defaultValue={page.search}
            maxLength={SEARCH_MAX}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="doc-kind" className="block text-sm font-medium">
            Tool
          </label>
          <select
            id="doc-kind"
            name="kind"
            defaultValue={page.kind ?? ""}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2"
          >
            <option value="">All tools</option>
            {TOOLS.map((tool) => (
              <option key={tool.kind} value={tool.kind}>
                {tool.documentLabel}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Show
        </button>
        <Link to={page.trash ? "/documents" : "/documents?view=trash"} className="py-2">
          {page.trash ? "Back to documents" : "Trash"}
        </Link>
      </Form>
      {page.searchTrimmed ? (
        <FormMessage kind="info">
          Your search was long, so only its first {SEARCH_MAX} characters were used.
        </FormMessage>
      ) : null}
      {page.items.length === 0 ? (
        <p className="text-stone-700">
          {page.search || page.kind ? (
            "No documents match."
          ) : page.trash ? (
            "The trash is empty."
          ) : (
            <>
              No documents yet. Open the <Link to="/toolkit">toolkit</Link> to make your first one.
            </>
          )}
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {page.items.map((doc) => (
            <li key={doc.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <Link to={`/documents/${doc.id}`} className="font-medium">
                {doc.title}
              </Link>
              <span className="text-sm text-stone-600">
                {documentLabel(doc.kind)} ·{" "}
                {repeated.has(doc.title) ? formatDateTime(doc.createdAt) : formatDate(doc.createdAt)}
                {doc.deletedAt ? ` · deleted ${formatDate(doc.deletedAt)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <nav aria-label="Pages">
          <Link to={pageLink(page, page.nextCursor)} rel="next">
            Older documents
          </Link>
        </nav>
      ) : null}
      <p className="text-sm text-stone-600">
        <Link to="/account/export" reloadDocument>
          Download everything
        </Link>{" "}
        as one JSON file.
      </p>
    </div>
  );
}
