import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadRolePage, publicPageHeaders } from "~/market/pages.server";
import { RolePage } from "~/market/ui/RolePage";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const page = await loadRolePage(params.role ?? "");
  if (page.kind === "not_found") throw data("Not found", { status: 404 });
  return data(
    { view: page.view, canonical: canonicalUrl(`/salaries/${page.view.role}`) },
    { headers: publicPageHeaders(request) },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => {
  if (!page) return [{ title: "Page not found · Career Recovery Toolkit" }];
  const { name } = page.view;
  return [
    { title: `${name} salaries by level and metro · Career Recovery Toolkit` },
    {
      name: "description",
      content: `${name} pay in the US by seniority and in the top metros, from public data (salary surveys, Stack Overflow, BLS, U.S. Department of Labor wage levels) with the source, sample size and date of every figure.`,
    },
    { tagName: "link", rel: "canonical", href: page.canonical },
  ];
};

export default function RoleSalariesRoute() {
  const { view } = useLoaderData<typeof loader>();
  return <RolePage view={view} />;
}
