// The tables of a role's salary page, composed from the stored figures. Pure.

import { createCitations, type Citation } from "./citations";
import { payTable, type PayTable } from "./comparison";
import { formatCount, formatMoneyRounded } from "~/format";
import { LEVEL_LABELS } from "./format";
import { TOP_METRO_CODES } from "./metros";
import { ROLE_PROFILES, roleWithParents, type RoleSlug } from "./roles";
import { NATIONAL_AREA } from "./select";
import { LEVELS, type PayFigureView } from "./types";

export interface FigureTable {
  columns: string[];
  rows: { key: string; cells: string[]; ref: number | null }[];
  citations: Citation[];
  /** Whose figures these are when they stand in for the role (its parent occupation). */
  standIn: string | null;
}

export interface RolePageTables {
  levels: PayTable;
  metros: FigureTable;
  official: FigureTable;
  survey: FigureTable;
  surveyPercentiles: FigureTable;
}

const money = (cents: number | null) => (cents === null ? "—" : formatMoneyRounded(cents));

/** The first role in the chain (the role, then its parents) that has matching figures. */
function forRoleOrParent(figures: readonly PayFigureView[], role: RoleSlug, match: (f: PayFigureView) => boolean) {
  for (const slug of roleWithParents(role)) {
    const found = figures.filter((f) => f.roleSlug === slug && match(f));
    if (found.length > 0) return { found, standIn: slug === role ? null : ROLE_PROFILES[slug].name };
  }
  return { found: [] as PayFigureView[], standIn: null };
}

function metroFloors(figures: readonly PayFigureView[], role: RoleSlug): FigureTable {
  const newestYear = (fs: PayFigureView[]) => fs.reduce((max, f) => (f.asOf > max ? f.asOf : max), "");
  const { found, standIn } = forRoleOrParent(figures, role, (f) => f.basis === "wage_floor");
  const latest = newestYear(found);
  const citations = createCitations("source");
  const rows = TOP_METRO_CODES.flatMap((code) => {
    const inMetro = found.filter((f) => f.areaCode === code && f.asOf === latest);
    if (inMetro.length === 0) return [];
    const byLevel = LEVELS.map((level) => inMetro.find((f) => f.level === level) ?? null);
    return [
      {
        key: code,
        cells: [inMetro[0].areaName, ...byLevel.map((f) => money(f?.p50 ?? null))],
        ref: citations.ref(inMetro[0]),
      },
    ];
  });
  return {
    columns: ["Metro", "Level I (early)", "Level II (mid)", "Level III (senior)", "Level IV (staff)"],
    rows,
    citations: citations.list(),
    standIn,
  };
}

function officialHistory(figures: readonly PayFigureView[], role: RoleSlug): FigureTable {
  const { found, standIn } = forRoleOrParent(
    figures,
    role,
    (f) => f.basis === "observed" && f.level === "all" && f.areaCode === NATIONAL_AREA.code,
  );
  const citations = createCitations();
  const rows = [...found]
    .sort((a, b) => b.asOf.localeCompare(a.asOf))
    .map((f) => ({
      key: f.sourceId,
      cells: [
        f.period,
        money(f.p10),
        money(f.p25),
        money(f.p50),
        money(f.p75),
        money(f.p90),
        f.employment === null ? "—" : formatCount(f.employment),
      ],
      ref: citations.ref(f),
    }));
  return {
    columns: ["Period", "10th", "25th", "Median", "75th", "90th", "Employment"],
    rows,
    citations: citations.list(),
    standIn,
  };
}

function surveyMedians(figures: readonly PayFigureView[], role: RoleSlug): FigureTable {
  const citations = createCitations();
  const rows = figures
    .filter((f) => f.roleSlug === role && f.basis === "survey_median")
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || a.occupationName.localeCompare(b.occupationName))
    .map((f) => ({
      key: `${f.sourceId}-${f.occupationCode}`,
      cells: [f.period, f.occupationName, money(f.p50), formatCount(f.sampleSize ?? 0)],
      ref: citations.ref(f),
    }));
  return {
    columns: ["Survey year", "Developer type", "Median", "Respondents"],
    rows,
    citations: citations.list(),
    standIn: null,
  };
}

function surveyPercentiles(figures: readonly PayFigureView[], role: RoleSlug): FigureTable {
  const citations = createCitations();
  const rows = figures
    .filter((f) => f.roleSlug === role && f.basis === "observed" && f.level !== "all")
    .sort(
      (a, b) =>
        b.asOf.localeCompare(a.asOf) ||
        a.sourceName.localeCompare(b.sourceName) ||
        LEVELS.indexOf(a.level as (typeof LEVELS)[number]) - LEVELS.indexOf(b.level as (typeof LEVELS)[number]),
    )
    .map((f) => ({
      key: `${f.sourceId}-${f.sourceLevel}`,
      cells: [
        f.period,
        `${LEVEL_LABELS[f.level]} · ${f.sourceLevel}`,
        money(f.p25),
        money(f.p50),
        money(f.p75),
        formatCount(f.sampleSize ?? 0),
      ],
      ref: citations.ref(f),
    }));
  return {
    columns: ["Year", "Level", "25th", "Median", "75th", "n"],
    rows,
    citations: citations.list(),
    standIn: null,
  };
}

export function rolePageTables(figures: readonly PayFigureView[], role: RoleSlug): RolePageTables {
  return {
    levels: payTable(figures, [role]),
    metros: metroFloors(figures, role),
    official: officialHistory(figures, role),
    survey: surveyMedians(figures, role),
    surveyPercentiles: surveyPercentiles(figures, role),
  };
}
