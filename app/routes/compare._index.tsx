import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadCompareIndex, publicPageHeaders } from "~/market/pages.server";
import { VerdictBadge } from "~/market/ui/VerdictBadge";

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
      "Side-by-side comparisons of software engineering roles: who earns more at each level, with how sure the data is, from public data with sources; skills, career ladders and where each path leads.",
  },
  ...(page ? [{ tagName: "link", rel: "canonical", href: page.canonical }] : []),
];

const SCOPE_LABELS = { by_level: "By level", all_levels: "Developer survey" } as const;

export default function CompareIndex() {
  const { pairs, roles } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Compare software roles</h1>
        <p className="max-w-3xl text-lg text-stone-700">
          Who earns more at each level, and how sure the public data is; the skills each role rewards, its career ladder
          and where people move next. Every figure with its source, sample size and date.
        </p>
      </header>
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title" className="text-2xl font-semibold tracking-tight">
          Comparisons
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {pairs.map((p) => (
            <li key={p.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link to={`/compare/${p.slug}`} className="font-medium">
                {p.title}
              </Link>
              <dl className="mt-2 space-y-1 text-xs text-stone-600">
                {p.answer.map((line) => (
                  <div key={line.scope} className="flex flex-wrap items-center gap-2">
                    <dt className="w-28 shrink-0">{SCOPE_LABELS[line.scope]}</dt>
                    <dd>
                      <VerdictBadge
                        tone={line.tone}
                        label={line.label}
                        higherIndex={line.higher ? p.roles.indexOf(line.higher) : null}
                      />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-2xl font-semibold tracking-tight">
          Salaries by role
        </h2>
        <ul className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
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
