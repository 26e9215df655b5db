import { data, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadComparisonPage, publicPageHeaders } from "~/market/pages.server";
import { ComparisonPage } from "~/market/ui/ComparisonPage";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const page = await loadComparisonPage(params.pair ?? "");
  if (page.kind === "not_found") throw data("Not found", { status: 404 });
  if (page.kind === "moved") throw redirect(`/compare/${page.slug}`, 301);
  return data(
    { view: page.view, canonical: canonicalUrl(`/compare/${page.view.pair.slug}`) },
    { headers: publicPageHeaders(request) },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => {
  if (!page) return [{ title: "Page not found · Career Recovery Toolkit" }];
  const { title } = page.view.pair;
  return [
    { title: `${title}: pay by level, skills and career paths · Career Recovery Toolkit` },
    {
      name: "description",
      content: `${title}: who earns more at each level, with the uncertainty, from public salary data with every source; skills that command premiums, career ladder and how to negotiate.`,
    },
    { tagName: "link", rel: "canonical", href: page.canonical },
  ];
};

export default function ComparisonRoute() {
  const { view } = useLoaderData<typeof loader>();
  return <ComparisonPage view={view} />;
}
