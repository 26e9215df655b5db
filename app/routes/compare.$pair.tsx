import { data, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { canonicalUrl, loadComparisonPage, publicPageHeaders } from "~/market/pages.server";
import { ComparisonPage } from "~/market/ui/ComparisonPage";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const page = await loadComparisonPage(params.pair ?? "");
  if (page.kind === "not_found") throw data("Not found", { status: 404 });
  if (page.kind === "moved") throw redirect(`/compare/${page.slug}`, 301);
  const { pair, pay, faq, related } = page;
  return data(
    { title: pair.title, roles: pair.roles, pay, faq, related, canonical: canonicalUrl(`/compare/${pair.slug}`) },
    { headers: publicPageHeaders(request) },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => {
  if (!page) return [{ title: "Page not found · Career Recovery Toolkit" }];
  return [
    { title: `${page.title}: pay by level, skills and career paths · Career Recovery Toolkit` },
    {
      name: "description",
      content: `${page.title} compared: typical pay by seniority from public data with sources, where each earns more and why, skills, career ladder, and how to negotiate.`,
    },
    { tagName: "link", rel: "canonical", href: page.canonical },
  ];
};

export default function ComparisonRoute() {
  const { title, roles, pay, faq, related } = useLoaderData<typeof loader>();
  return <ComparisonPage title={title} roles={roles} pay={pay} faq={faq} related={related} />;
}
