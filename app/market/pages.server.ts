// What the public market pages need, in one call each, so the route modules stay thin.

import { readSessionToken } from "~/auth/session.server";
import { config } from "~/config.server";
import {
  availablePairs,
  comparisonFaq,
  findComparison,
  pairTitle,
  payTable,
  relatedPairs,
  type ComparisonPair,
  type Faq,
  type PayTable,
} from "./comparison";
import { fromMarketFigures } from "./query.server";
import { rolePageTables, type RolePageTables } from "./role-page";
import { isRoleSlug, ROLE_SLUGS, type RoleSlug } from "./roles";

/** CDN-cacheable for visitors without a session; see publicPageHeaders. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

/** Cache headers for a public page. A signed-in visitor's page shows their account in the
 *  site header, so it must not be stored by a shared cache. */
export function publicPageHeaders(request: Request): Record<string, string> {
  if (readSessionToken(request)) return { "Cache-Control": "private, no-cache" };
  return { "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Cookie" };
}

export function canonicalUrl(pathname: string): string {
  return `${config().origin}${pathname}`;
}

export interface PairLink {
  slug: string;
  title: string;
  roles: [RoleSlug, RoleSlug];
}

function pairLink(pair: ComparisonPair): PairLink {
  return { slug: pair.slug, title: pairTitle(pair), roles: pair.roles };
}

export function loadCompareIndex(): Promise<{ pairs: PairLink[]; roles: RoleSlug[] }> {
  return fromMarketFigures("compare-index", (figures) => {
    const withData = new Set(figures.map((f) => f.roleSlug));
    return { pairs: availablePairs(figures).map(pairLink), roles: ROLE_SLUGS.filter((r) => withData.has(r)) };
  });
}

export type ComparisonPageResult =
  | { kind: "not_found" }
  | { kind: "moved"; slug: string }
  | { kind: "page"; pair: PairLink; pay: PayTable; faq: Faq; related: PairLink[] };

export async function loadComparisonPage(slug: string): Promise<ComparisonPageResult> {
  const found = findComparison(slug);
  if (!found) return { kind: "not_found" };
  if (!found.canonical) return { kind: "moved", slug: found.pair.slug };
  const { pair } = found;
  return fromMarketFigures(`compare:${pair.slug}`, (figures): ComparisonPageResult => {
    const available = availablePairs(figures);
    if (!available.some((p) => p.slug === pair.slug)) return { kind: "not_found" };
    return {
      kind: "page",
      pair: pairLink(pair),
      pay: payTable(figures, pair.roles),
      faq: comparisonFaq(figures, pair),
      related: relatedPairs(pair, available).map(pairLink),
    };
  });
}

export type RolePageResult =
  { kind: "not_found" } | { kind: "page"; role: RoleSlug; tables: RolePageTables; comparisons: PairLink[] };

export async function loadRolePage(role: string): Promise<RolePageResult> {
  if (!isRoleSlug(role)) return { kind: "not_found" };
  return fromMarketFigures(`salaries:${role}`, (figures): RolePageResult => {
    if (!figures.some((f) => f.roleSlug === role)) return { kind: "not_found" };
    return {
      kind: "page",
      role,
      tables: rolePageTables(figures, role),
      comparisons: availablePairs(figures)
        .filter((p) => p.roles.includes(role))
        .map(pairLink),
    };
  });
}

/** Every public market page's path, for the sitemap. */
export async function marketPagePaths(): Promise<string[]> {
  const { pairs, roles } = await loadCompareIndex();
  return ["/compare", ...pairs.map((p) => `/compare/${p.slug}`), "/salaries", ...roles.map((r) => `/salaries/${r}`)];
}
