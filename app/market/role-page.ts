// Everything one role's salary page shows, composed from the stored figures and our
// content. Pure.

import { createSourceRegistry, type SourceList, type SourceRegistry } from "./citations";
import { levelRows, type LevelRow } from "./comparison";
import {
  dataLimits,
  hasLevelFigures,
  pairLink,
  type DataLimit,
  type InterviewChoices,
  type PairLink,
} from "./comparison-page";
import type { DataLimits, RoleContentMap } from "./content";
import { formatCount, formatMoneyRounded } from "~/format";
import { LEVEL_LABELS } from "./format";
import { interviewCoverage, roleHandoffs, type RoleHandoffs } from "./handoffs";
import { TOP_METRO_CODES } from "./metros";
import type { ComparisonPair } from "./pairs";
import { ROLE_PROFILES, roleWithParents, type RoleSlug } from "./roles";
import { NATIONAL_AREA } from "./select";
import { roleSkills, type SkillView } from "./skills";
import { LEVELS, type MarketData, type PayFigureView } from "./types";

export interface FigureTable {
  columns: string[];
  rows: { key: string; cells: string[]; ref: number | null }[];
  /** Whose figures these are when they stand in for the role (its parent occupation). */
  standIn: string | null;
}

export interface RolePageView {
  role: RoleSlug;
  name: string;
  summary: string;
  levels: LevelRow[];
  metros: FigureTable;
  official: FigureTable;
  survey: FigureTable;
  surveyPercentiles: FigureTable;
  limits: DataLimit[];
  skills: SkillView[];
  handoffs: RoleHandoffs;
  interviewCoverage: string;
  comparisons: PairLink[];
  sources: SourceList;
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

function metroFloors(figures: readonly PayFigureView[], role: RoleSlug, sources: SourceRegistry): FigureTable {
  const newestYear = (fs: PayFigureView[]) => fs.reduce((max, f) => (f.asOf > max ? f.asOf : max), "");
  const { found, standIn } = forRoleOrParent(figures, role, (f) => f.basis === "wage_floor");
  const latest = newestYear(found);
  const rows = TOP_METRO_CODES.flatMap((code) => {
    const inMetro = found.filter((f) => f.areaCode === code && f.asOf === latest);
    if (inMetro.length === 0) return [];
    const byLevel = LEVELS.map((level) => inMetro.find((f) => f.level === level) ?? null);
    return [
      {
        key: code,
        cells: [inMetro[0].areaName, ...byLevel.map((f) => money(f?.p50 ?? null))],
        ref: sources.ref(inMetro[0]),
      },
    ];
  });
  return {
    columns: ["Metro", "Level I (early)", "Level II (mid)", "Level III (senior)", "Level IV (staff)"],
    rows,
    standIn,
  };
}

function officialHistory(figures: readonly PayFigureView[], role: RoleSlug, sources: SourceRegistry): FigureTable {
  const { found, standIn } = forRoleOrParent(
    figures,
    role,
    (f) => f.basis === "observed" && f.level === "all" && f.areaCode === NATIONAL_AREA.code,
  );
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
      ref: sources.ref(f),
    }));
  return { columns: ["Period", "10th", "25th", "Median", "75th", "90th", "Employment"], rows, standIn };
}

function surveyMedians(figures: readonly PayFigureView[], role: RoleSlug, sources: SourceRegistry): FigureTable {
  const rows = figures
    .filter((f) => f.roleSlug === role && f.basis === "survey_median")
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || a.occupationName.localeCompare(b.occupationName))
    .map((f) => ({
      key: `${f.sourceId}-${f.occupationCode}`,
      cells: [f.period, f.occupationName, money(f.p50), formatCount(f.sampleSize ?? 0)],
      ref: sources.ref(f),
    }));
  return { columns: ["Survey year", "Developer type", "Median", "Respondents"], rows, standIn: null };
}

function surveyPercentiles(figures: readonly PayFigureView[], role: RoleSlug, sources: SourceRegistry): FigureTable {
  const levelOrder = (f: PayFigureView) => LEVELS.indexOf(f.level as (typeof LEVELS)[number]);
  const rows = figures
    .filter((f) => f.roleSlug === role && f.basis === "observed" && f.level !== "all")
    .sort(
      (a, b) =>
        b.asOf.localeCompare(a.asOf) || a.sourceName.localeCompare(b.sourceName) || levelOrder(a) - levelOrder(b),
    )
    .map((f) => ({
      key: `${f.sourceId}-${f.sourceLevel}`,
      cells: [
        f.period,
        LEVEL_LABELS[f.level],
        money(f.p25),
        money(f.p50),
        money(f.p75),
        formatCount(f.sampleSize ?? 0),
      ],
      ref: sources.ref(f),
    }));
  return { columns: ["Year", "Level", "25th", "Median", "75th", "n"], rows, standIn: null };
}

export function rolePageView(
  data: MarketData,
  role: RoleSlug,
  content: { roles: RoleContentMap; dataLimits: DataLimits },
  context: { comparisons: ComparisonPair[]; interview: InterviewChoices },
): RolePageView {
  const sources = createSourceRegistry();
  const levels = levelRows(data, [role], sources);
  const official = officialHistory(data.figures, role, sources);
  const survey = surveyMedians(data.figures, role, sources);
  const limits = dataLimits(content.dataLimits, {
    sharedOfficial: null,
    levelFigures: hasLevelFigures(levels),
    surveyFigures: survey.rows.length > 0,
  });
  return {
    role,
    name: ROLE_PROFILES[role].name,
    summary: content.roles[role].summary,
    levels,
    surveyPercentiles: surveyPercentiles(data.figures, role, sources),
    survey,
    official,
    metros: metroFloors(data.figures, role, sources),
    limits,
    skills: roleSkills(content.roles[role].skills, data, sources),
    handoffs: roleHandoffs([role], context.interview)[0],
    interviewCoverage: interviewCoverage(),
    comparisons: context.comparisons.map(pairLink),
    sources: sources.list(),
  };
}
