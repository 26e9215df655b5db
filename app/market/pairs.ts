// Which role comparisons exist and where they live. The pairs are our editorial choice:
// the ones people weigh against each other, first role first.

import { inSentence } from "./format";
import { ROLE_PROFILES, type RoleSlug } from "./roles";
import type { PayFigureView } from "./types";

export interface ComparisonPair {
  slug: string;
  roles: [RoleSlug, RoleSlug];
}

const EDITORIAL_PAIRS: [RoleSlug, RoleSlug][] = [
  ["full-stack-engineer", "backend-engineer"],
  ["frontend-engineer", "backend-engineer"],
  ["full-stack-engineer", "frontend-engineer"],
  ["software-engineer", "full-stack-engineer"],
  ["backend-engineer", "sre-devops-engineer"],
  ["software-engineer", "sre-devops-engineer"],
  ["backend-engineer", "data-engineer"],
  ["data-engineer", "data-scientist"],
  ["ml-engineer", "data-scientist"],
  ["data-engineer", "ml-engineer"],
  ["software-engineer", "ml-engineer"],
  ["software-engineer", "engineering-manager"],
];

/** "full-stack-engineer" + "backend-engineer" → "full-stack-vs-backend-engineer": a shared
 *  last word is said once, as people search for it. */
export function pairSlug(first: RoleSlug, second: RoleSlug): string {
  const lastWord = (slug: string) => slug.slice(slug.lastIndexOf("-") + 1);
  const shared = lastWord(first) === lastWord(second) && first.includes("-");
  const firstPart = shared ? first.slice(0, first.lastIndexOf("-")) : first;
  return `${firstPart}-vs-${second}`;
}

export const COMPARISON_PAIRS: ComparisonPair[] = EDITORIAL_PAIRS.map(([a, b]) => ({
  slug: pairSlug(a, b),
  roles: [a, b],
}));

/** The pair at an address; `canonical` is false for the reversed order of a known pair. */
export function findComparison(slug: string): { pair: ComparisonPair; canonical: boolean } | null {
  for (const pair of COMPARISON_PAIRS) {
    if (pair.slug === slug) return { pair, canonical: true };
    if (pairSlug(pair.roles[1], pair.roles[0]) === slug) return { pair, canonical: false };
  }
  return null;
}

/** Pairs whose two roles both have figures, so every page has something to show. */
export function availablePairs(figures: readonly PayFigureView[]): ComparisonPair[] {
  const withData = new Set(figures.map((f) => f.roleSlug));
  return COMPARISON_PAIRS.filter((p) => p.roles.every((r) => withData.has(r)));
}

export function pairTitle(pair: ComparisonPair): string {
  const [a, b] = pair.roles.map((r) => ROLE_PROFILES[r].name);
  return `${a} vs ${inSentence(b)}`;
}

/** Other comparisons that share a role with this one. */
export function relatedPairs(pair: ComparisonPair, among: readonly ComparisonPair[]): ComparisonPair[] {
  return among.filter((p) => p.slug !== pair.slug && p.roles.some((r) => pair.roles.includes(r)));
}
