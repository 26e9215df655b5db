import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadRolePage, publicPageHeaders } from "~/market/pages.server";
import { ROLE_PROFILES } from "~/market/roles";
import { RolePage } from "~/market/ui/RolePage";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const page = await loadRolePage(params.role ?? "");
  if (page.kind === "not_found") throw data("Not found", { status: 404 });
  const { role, tables, comparisons } = page;
  return data(
    { role, tables, comparisons, canonical: canonicalUrl(`/salaries/${role}`) },
    { headers: publicPageHeaders(request) },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => {
  if (!page) return [{ title: "Page not found · Career Recovery Toolkit" }];
  const name = ROLE_PROFILES[page.role].name;
  return [
    { title: `${name} salaries by level and metro · Career Recovery Toolkit` },
    {
      name: "description",
      content: `${name} pay in the US by seniority and in the top metros, from public data (BLS, U.S. Department of Labor wage levels, salary surveys, Stack Overflow) with the source, sample size and date of every figure.`,
    },
    { tagName: "link", rel: "canonical", href: page.canonical },
  ];
};

export default function RoleSalariesRoute() {
  const { role, tables, comparisons } = useLoaderData<typeof loader>();
  return <RolePage role={role} tables={tables} comparisons={comparisons} />;
}
