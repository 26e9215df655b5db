// What the public market pages need, in one call each, so the route modules stay thin.

import { readSessionToken } from "~/auth/session.server";
import { config } from "~/config.server";
import { listCompanies, listRoles as listInterviewRoles } from "~/interview";
import type { HeadlineLine } from "./comparison";
import {
  comparisonPageView,
  pairLink,
  type ComparisonPageView,
  type InterviewChoices,
  type PairLink,
} from "./comparison-page";
import { marketContent } from "./content.server";
import { availablePairs, findComparison, relatedPairs } from "./pairs";
import { fromMarketData } from "./query.server";
import { rolePageView, type RolePageView } from "./role-page";
import { isRoleSlug, ROLE_PROFILES, ROLE_SLUGS, type RoleSlug } from "./roles";

/** CDN-cacheable for visitors without a session; see publicPageHeaders. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

/** Cache headers for a public page. A signed-in visitor's page shows their account in the
 *  site header, so it must not be stored by a shared cache. */
export function publicPageHeaders(request: Request): Record<string, string> {
  if (readSessionToken(request)) return { "Cache-Control": "private, no-store" };
  return { "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Cookie" };
}

export function canonicalUrl(pathname: string): string {
  return `${config().origin}${pathname}`;
}

function interviewChoices(): InterviewChoices {
  return { roles: listInterviewRoles().map((r) => r.id), companies: listCompanies() };
}

export interface RoleLink {
  role: RoleSlug;
  name: string;
  summary: string;
}

/** A comparison as the index lists it: its address and the labels of its short answer. */
export type PairSummary = PairLink & { answer: Pick<HeadlineLine, "scope" | "tone" | "label" | "higher">[] };

export async function loadCompareIndex(): Promise<{ pairs: PairSummary[]; roles: RoleLink[] }> {
  const content = await marketContent();
  const { pairs, roles } = await fromMarketData("compare-index", ({ figures }) => {
    const withData = new Set(figures.map((f) => f.roleSlug));
    return {
      pairs: availablePairs(figures),
      roles: ROLE_SLUGS.filter((r) => withData.has(r)).map((role) => ({
        role,
        name: ROLE_PROFILES[role].name,
        summary: content.roles[role].summary,
      })),
    };
  });
  const summaries = await Promise.all(
    pairs.map(async (pair): Promise<PairSummary> => {
      const page = await loadComparisonPage(pair.slug);
      const answer = page.kind === "page" ? page.view.headline : [];
      return {
        ...pairLink(pair),
        answer: answer.map(({ scope, tone, label, higher }) => ({ scope, tone, label, higher })),
      };
    }),
  );
  return { pairs: summaries, roles };
}

export type ComparisonPageResult =
  { kind: "not_found" } | { kind: "moved"; slug: string } | { kind: "page"; view: ComparisonPageView };

export async function loadComparisonPage(slug: string): Promise<ComparisonPageResult> {
  const found = findComparison(slug);
  if (!found) return { kind: "not_found" };
  if (!found.canonical) return { kind: "moved", slug: found.pair.slug };
  const { pair } = found;
  const content = await marketContent();
  return fromMarketData(`compare:${pair.slug}`, (data): ComparisonPageResult => {
    const available = availablePairs(data.figures);
    if (!available.some((p) => p.slug === pair.slug)) return { kind: "not_found" };
    const context = { related: relatedPairs(pair, available), interview: interviewChoices() };
    return { kind: "page", view: comparisonPageView(data, pair, content, context) };
  });
}

export type RolePageResult = { kind: "not_found" } | { kind: "page"; view: RolePageView };

export async function loadRolePage(role: string): Promise<RolePageResult> {
  if (!isRoleSlug(role)) return { kind: "not_found" };
  const content = await marketContent();
  return fromMarketData(`salaries:${role}`, (data): RolePageResult => {
    if (!data.figures.some((f) => f.roleSlug === role)) return { kind: "not_found" };
    const comparisons = availablePairs(data.figures).filter((p) => p.roles.includes(role));
    return { kind: "page", view: rolePageView(data, role, content, { comparisons, interview: interviewChoices() }) };
  });
}

/** Every public market page's path, for the sitemap. */
export async function marketPagePaths(): Promise<string[]> {
  const { pairs, roles } = await loadCompareIndex();
  return [
    "/compare",
    ...pairs.map((p) => `/compare/${p.slug}`),
    "/salaries",
    ...roles.map((r) => `/salaries/${r.role}`),
  ];
}
