import { config } from "~/config.server";
import { marketPagePaths, PUBLIC_CACHE_CONTROL } from "~/market/pages.server";

/** The public pages search engines should find: the home page, pricing, samples, contact, the policies and every market page. */
export async function loader() {
  const origin = config().origin;
  const paths = ["/", "/pricing", "/samples", "/contact", "/terms", "/privacy", ...(await marketPagePaths())];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(origin + p)}</loc></url>`).join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
