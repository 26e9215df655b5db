import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadCompareIndex, publicPageHeaders } from "~/market/pages.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { roles } = await loadCompareIndex();
  return data({ roles, canonical: canonicalUrl("/salaries") }, { headers: publicPageHeaders(request) });
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: "Software engineering salaries by role, level and metro · Career Recovery Toolkit" },
  {
    name: "description",
    content:
      "Pay ranges for software roles by seniority and metro from public data: BLS, U.S. Department of Labor wage levels, salary surveys and the Stack Overflow Developer Survey.",
  },
  ...(page ? [{ tagName: "link", rel: "canonical", href: page.canonical }] : []),
];

export default function SalariesIndex() {
  const { roles } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-semibold tracking-tight">Salaries by role</h1>
      <p className="max-w-3xl text-lg text-stone-700">
        Ranges by seniority and metro, each figure with its source, sample size and date. To weigh two roles against
        each other, see the <Link to="/compare">role comparisons</Link>.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {roles.map((r) => (
          <li key={r.role} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link to={`/salaries/${r.role}`} className="font-medium">
              {r.name}
            </Link>
            <p className="mt-1 text-sm text-stone-700">{r.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
