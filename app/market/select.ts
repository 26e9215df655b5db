// Choosing the best available range for role × level × area from all stored figures.
// Pure: the figures come in, a MarketRange goes out, so every rule is unit-testable.
//
// Order of preference for the range itself (the "primary" figure):
//   1. basis: observed pay, then a survey median; wage floors are never a range;
//   2. role: the role itself, then its parent occupation (roles.ts);
//   3. level: the level asked for, then a figure covering all levels;
//   4. area: the area asked for, then the national figure;
//   5. newest, then the largest sample or employment.
// Every step away from the request adds a note, so the reader knows what the range is.

import { formatMoneyRounded } from "~/format";
import { inSentence, LEVEL_LABELS } from "./format";
import { ROLE_PROFILES, roleWithParents, type RoleSlug } from "./roles";
import type { Level, MarketRange, PayBasis, PayFigureView } from "./types";

export const NATIONAL_AREA = { code: "US", name: "United States" } as const;

export interface RangeRequest {
  role: RoleSlug;
  level: Level;
  /** A metro code as the sources use it (CBSA code); national when absent. */
  areaCode?: string;
  company?: string;
}

const BASIS_RANK: Record<PayBasis, number> = { observed: 0, survey_median: 1, wage_floor: Number.POSITIVE_INFINITY };

export function selectRange(all: readonly PayFigureView[], request: RangeRequest): MarketRange {
  const chain = roleWithParents(request.role);
  const areaCode = request.areaCode ?? NATIONAL_AREA.code;
  const areaName =
    areaCode === NATIONAL_AREA.code ? NATIONAL_AREA.name : (all.find((f) => f.areaCode === areaCode)?.areaName ?? "");

  const inScope = all.filter(
    (f) =>
      chain.includes(f.roleSlug as RoleSlug) &&
      (f.level === request.level || f.level === "all") &&
      (f.areaCode === areaCode || f.areaCode === NATIONAL_AREA.code),
  );
  const rank = (f: PayFigureView) => [
    BASIS_RANK[f.basis],
    chain.indexOf(f.roleSlug as RoleSlug),
    f.level === request.level ? 0 : 1,
    f.areaCode === areaCode ? 0 : 1,
  ];
  const ranked = newestPerSeries(inScope.filter((f) => f.basis !== "wage_floor")).sort(
    (a, b) => compareTuples(rank(a), rank(b)) || b.asOf.localeCompare(a.asOf) || size(b) - size(a),
  );
  const primary = ranked[0] ?? null;

  // Wage floors are shown only for a metro asked for, at the level asked for.
  const floors = newestPerSeries(
    inScope.filter(
      (f) =>
        f.basis === "wage_floor" &&
        f.areaCode === areaCode &&
        areaCode !== NATIONAL_AREA.code &&
        f.level === request.level,
    ),
  ).sort((a, b) => chain.indexOf(a.roleSlug as RoleSlug) - chain.indexOf(b.roleSlug as RoleSlug));

  return {
    roleSlug: request.role,
    level: request.level,
    areaCode,
    areaName,
    primary,
    p25: primary?.p25 ?? null,
    p50: primary?.p50 ?? null,
    p75: primary?.p75 ?? null,
    p90: primary?.p90 ?? null,
    figures: [...ranked, ...floors.slice(0, 1)],
    notes: rangeNotes(request, areaCode, areaName, primary, floors[0] ?? null),
  };
}

function rangeNotes(
  request: RangeRequest,
  areaCode: string,
  areaName: string,
  primary: PayFigureView | null,
  floor: PayFigureView | null,
): string[] {
  const role = ROLE_PROFILES[request.role];
  const levelName = LEVEL_LABELS[request.level].toLowerCase();
  const notes: string[] = [];
  if (request.company?.trim()) {
    notes.push(
      `No public company-specific figures for ${request.company.trim()}: the range is for the whole market, not that employer.`,
    );
  }
  if (areaCode !== NATIONAL_AREA.code && areaName === "") {
    notes.push(`No figures at all for area ${areaCode}.`);
  }
  if (!primary) {
    notes.push(`No pay figures for ${inSentence(role.name)}s at the ${levelName} level or for all levels.`);
    return notes;
  }
  if (primary.roleSlug !== request.role) {
    const parent = ROLE_PROFILES[primary.roleSlug as RoleSlug];
    notes.push(
      `No figures specific to ${inSentence(role.name)}s; the range is for ${inSentence(parent.name)}s. ${role.parentNote}`,
    );
  }
  if (primary.level === "all") {
    notes.push(`No ${levelName} figures; the range covers all levels.`);
  }
  if (primary.basis === "survey_median") {
    notes.push(`Only a survey median is available (${primary.sourceName}); there is no observed spread of pay.`);
  }
  if (areaCode !== NATIONAL_AREA.code && areaName !== "" && primary.areaCode !== areaCode) {
    notes.push(`No observed pay for ${areaName}; the range is national.`);
    if (floor?.p50 != null) {
      notes.push(
        `For ${areaName}, the OFLC ${floor.sourceLevel} prevailing wage is ${formatMoneyRounded(floor.p50)} a year (${floor.period}): a legal minimum for visa filings, not observed pay.`,
      );
    }
  }
  const missing = (["p25", "p50", "p75", "p90"] as const).filter((p) => primary[p] === null);
  if (missing.length > 0) {
    notes.push(
      `${primary.sourceName} publishes no ${missing.join(", ")} for this figure${primary.publisher.includes("Bureau of Labor Statistics") ? " (BLS leaves out estimates at or above its top code and those it cannot make)" : ""}.`,
    );
  }
  return notes;
}

/** Keeps only the newest period of each series (same publisher, occupation, level, area),
 *  so a range cites BLS May 2024 rather than May 2024 and every year before it. */
export function newestPerSeries(figures: readonly PayFigureView[]): PayFigureView[] {
  const newest = new Map<string, PayFigureView>();
  for (const f of figures) {
    const key = [
      f.publisher,
      f.basis,
      f.roleSlug,
      f.occupationCode,
      f.level,
      f.sourceLevel,
      f.areaCode,
      f.company,
    ].join("|");
    const current = newest.get(key);
    if (!current || f.asOf > current.asOf) newest.set(key, f);
  }
  return [...newest.values()];
}

function size(f: PayFigureView): number {
  return f.sampleSize ?? f.employment ?? 0;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}
