import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadCompareIndex, publicPageHeaders } from "~/market/pages.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { pairs, roles } = await loadCompareIndex();
  return data({ pairs, roles, canonical: canonicalUrl("/compare") }, { headers: publicPageHeaders(request) });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: "Compare software roles: pay, skills and career paths · Career Recovery Toolkit" },
  {
    name: "description",
    content:
      "Side-by-side comparisons of software engineering roles: typical pay by seniority from public data with sources, skills, career ladders and where each path leads.",
  },
  ...(page ? [{ tagName: "link", rel: "canonical", href: page.canonical }] : []),
];

export default function CompareIndex() {
  const { pairs, roles } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-4xl font-semibold tracking-tight">Compare software roles</h1>
        <p className="max-w-3xl text-lg text-stone-700">
          Pay by seniority from public data (every figure with its source, sample size and date), the skills each role
          rewards, its career ladder and where people move next.
        </p>
      </header>
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title" className="text-2xl font-semibold">
          Comparisons
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {pairs.map((p) => (
            <li key={p.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link to={`/compare/${p.slug}`} className="font-medium">
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-2xl font-semibold">
          Salaries by role
        </h2>
        <ul className="mt-4 list-disc pl-6">
          {roles.map((r) => (
            <li key={r.role}>
              <Link to={`/salaries/${r.role}`}>{r.name} salaries</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
