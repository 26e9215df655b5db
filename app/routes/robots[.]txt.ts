import { config } from "~/config.server";
import { PUBLIC_CACHE_CONTROL } from "~/market/pages.server";

/** Crawl everything public; keep crawlers out of account, toolkit and development pages. */
export function loader() {
  const body = [
    "User-agent: *",
    "Disallow: /account",
    "Disallow: /documents",
    "Disallow: /toolkit/",
    "Disallow: /dev/",
    "Allow: /",
    "",
    `Sitemap: ${config().origin}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
