import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireAccess } from "~/billing/access.server";
import { FormMessage, PageHeading } from "~/ui/forms";
import { listRecentDocuments } from "~/documents/store.server";
import { formatDate } from "~/format";
import { documentLabel, TOOLS } from "~/tool-registry";

export const meta: MetaFunction = () => [{ title: "Your toolkit · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  return { recent: await listRecentDocuments(user.id) };
}

export default function ToolkitHome() {
  const { recent } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="space-y-10">
      <PageHeading title="Your Career Recovery Toolkit" />
      {params.get("welcome") ? (
        <FormMessage kind="success">
          Payment received. The toolkit is yours for life. We emailed you a receipt.
        </FormMessage>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {TOOLS.map((tool) => (
          <li key={tool.kind} className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link to={tool.route}>{tool.name}</Link>
            </h2>
            <p className="mt-2 text-stone-700">{tool.summary}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="text-xl font-semibold">
          Recent documents
        </h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-stone-700">Nothing yet. Everything you create is saved here.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {recent.map((doc) => (
              <li key={doc.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link to={`/documents/${doc.id}`}>{doc.title}</Link>
                <span className="text-sm text-stone-600">
                  {documentLabel(doc.kind)} · {formatDate(doc.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link to="/documents">All documents</Link>
        </p>
      </section>
    </div>
  );
}
