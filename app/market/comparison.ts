// The role comparisons: which pairs exist, their addresses, and the pay tables,
// statements and FAQ composed from the stored figures and our role profiles. Pure: the
// figures come in as data, so every page is reproducible in a unit test.

import { createCitations, type Citation, type CitationList } from "./citations";
import { formatCount, formatMoneyRounded } from "~/format";
import { inSentence, LEVEL_LABELS } from "./format";
import { ROLE_PROFILES, roleWithParents, type RoleSlug } from "./roles";
import { NATIONAL_AREA, newestPerSeries, selectRange } from "./select";
import { LEVELS, type Level, type PayFigureView } from "./types";

export interface ComparisonPair {
  slug: string;
  roles: [RoleSlug, RoleSlug];
}

/** Pairs people actually weigh against each other (our editorial choice), first role first. */
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

// ---- Pay tables ----------------------------------------------------------------------

export interface PayCell {
  p25: number | null;
  p50: number | null;
  p75: number | null;
  /** Citation number in the table's source line; null when there is no figure. */
  ref: number | null;
  /** What the figure stands in for, when it is not exactly the role and level asked for. */
  approximation: string | null;
}

export interface PayRow {
  key: string;
  label: string;
  /** For the chart's narrow label column. */
  shortLabel: string;
  /** One cell per role, in the order of the table's roles. */
  cells: PayCell[];
}

export interface PayTable {
  roles: { slug: RoleSlug; name: string }[];
  rows: PayRow[];
  /** Plain sentences comparing the roles where the data allows it like for like. */
  statements: string[];
  citations: Citation[];
}

const EMPTY_CELL: PayCell = { p25: null, p50: null, p75: null, ref: null, approximation: "no figures" };

function cellFor(role: RoleSlug, figure: PayFigureView | null, citations: CitationList, level: Level | "all"): PayCell {
  if (!figure) return EMPTY_CELL;
  const approximations: string[] = [];
  if (figure.roleSlug !== role) approximations.push(`${plural(figure.roleSlug as RoleSlug)}' figure`);
  if (level !== "all" && figure.level === "all") approximations.push("all levels");
  if (figure.basis === "survey_median") approximations.push("median only");
  return {
    p25: figure.p25,
    p50: figure.p50,
    p75: figure.p75,
    ref: citations.ref(figure),
    approximation: approximations.length > 0 ? approximations.join("; ") : null,
  };
}

/** The newest Stack Overflow median for the role itself, from its largest developer type. */
export function surveyMedianFor(figures: readonly PayFigureView[], role: RoleSlug): PayFigureView | null {
  const candidates = figures.filter((f) => f.basis === "survey_median" && f.roleSlug === role);
  return (
    candidates.sort((a, b) => b.asOf.localeCompare(a.asOf) || (b.sampleSize ?? 0) - (a.sampleSize ?? 0))[0] ?? null
  );
}

/** The newest national all-levels observed figure (BLS) for the role or its parent occupation. */
export function officialFigureFor(figures: readonly PayFigureView[], role: RoleSlug): PayFigureView | null {
  for (const slug of roleWithParents(role)) {
    const found = newestPerSeries(
      figures.filter(
        (f) => f.basis === "observed" && f.level === "all" && f.areaCode === NATIONAL_AREA.code && f.roleSlug === slug,
      ),
    ).sort((a, b) => b.asOf.localeCompare(a.asOf));
    if (found[0]) return found[0];
  }
  return null;
}

/** Typical pay by level for one or more roles, with all-levels rows from the survey and
 *  official statistics, and like-for-like statements when there are two roles. */
export function payTable(figures: readonly PayFigureView[], roles: RoleSlug[]): PayTable {
  const citations = createCitations();
  const rows: PayRow[] = [];
  const primaries: Record<string, (PayFigureView | null)[]> = {};

  for (const level of LEVELS) {
    const picked = roles.map((role) => selectRange(figures, { role, level }).primary);
    primaries[level] = picked;
    rows.push({
      key: level,
      label: LEVEL_LABELS[level],
      shortLabel: LEVEL_LABELS[level],
      cells: roles.map((role, i) => cellFor(role, picked[i], citations, level)),
    });
  }
  const survey = roles.map((role) => surveyMedianFor(figures, role));
  rows.push({
    key: "survey",
    label: "All levels: developer survey median",
    shortLabel: "Survey, all levels",
    cells: roles.map((role, i) => cellFor(role, survey[i], citations, "all")),
  });
  const official = roles.map((role) => officialFigureFor(figures, role));
  rows.push({
    key: "official",
    label: "All levels: official statistics",
    shortLabel: "Official, all levels",
    cells: roles.map((role, i) => cellFor(role, official[i], citations, "all")),
  });

  const statements =
    roles.length === 2
      ? [
          ...LEVELS.map((level) => levelStatement(level, roles as [RoleSlug, RoleSlug], primaries[level], citations)),
          surveyStatement(roles as [RoleSlug, RoleSlug], survey, citations),
        ].filter((s): s is string => s !== null)
      : [];

  return {
    roles: roles.map((slug) => ({ slug, name: ROLE_PROFILES[slug].name })),
    rows,
    statements,
    citations: citations.list(),
  };
}

function plural(role: RoleSlug): string {
  return `${inSentence(ROLE_PROFILES[role].name)}s`;
}

/** "X earn more at the median: $a vs $b [1][2]", or why the data cannot say. */
function compareMedians(
  roles: [RoleSlug, RoleSlug],
  figures: [PayFigureView, PayFigureView],
  citations: CitationList,
): string {
  const [a, b] = figures;
  const refs = `[${citations.ref(a)}][${citations.ref(b)}]`;
  const amounts = `${formatMoneyRounded(a.p50 ?? 0)} for ${plural(roles[0])} and ${formatMoneyRounded(b.p50 ?? 0)} for ${plural(roles[1])}`;
  if (a.p50 === b.p50) return `the same median, ${amounts} ${refs}`;
  const higher = (a.p50 ?? 0) > (b.p50 ?? 0) ? roles[0] : roles[1];
  return `${plural(higher)} earn more at the median: ${amounts} (${a.sourceName}; n = ${formatCount(a.sampleSize ?? 0)} and ${formatCount(b.sampleSize ?? 0)}) ${refs}`;
}

function levelStatement(
  level: Level,
  roles: [RoleSlug, RoleSlug],
  picked: (PayFigureView | null)[],
  citations: CitationList,
): string | null {
  const [a, b] = picked;
  const label = LEVEL_LABELS[level];
  if (!a || !b || a.p50 === null || b.p50 === null) return `${label}: no figures for both roles.`;
  const ownFigures = roles.filter((role, i) => picked[i]?.roleSlug === role && picked[i]?.level === level);
  if (ownFigures.length < 2) {
    const missing = roles
      .filter((r) => !ownFigures.includes(r))
      .map(plural)
      .join(" or ");
    return `${label}: no like-for-like comparison, because the data has no ${label.toLowerCase()} figures of ${missing} themselves.`;
  }
  if (a.sourceId !== b.sourceId) {
    return `${label}: the two figures come from different sources (${a.sourceName}; ${b.sourceName}), so they are shown but not compared.`;
  }
  return `${label}: ${compareMedians(roles, [a, b], citations)}.`;
}

function surveyStatement(
  roles: [RoleSlug, RoleSlug],
  survey: (PayFigureView | null)[],
  citations: CitationList,
): string | null {
  const [a, b] = survey;
  if (!a || !b || a.sourceId !== b.sourceId) return null;
  return `All levels: ${compareMedians(roles, [a, b], citations)}.`;
}

// ---- FAQ ---------------------------------------------------------------------------

export interface FaqItem {
  question: string;
  answer: string;
}

export interface Faq {
  items: FaqItem[];
  /** Sources of any figures quoted in the answers. */
  citations: Citation[];
}

export function comparisonFaq(figures: readonly PayFigureView[], pair: ComparisonPair): Faq {
  const [first, second] = pair.roles;
  const [a, b] = pair.roles.map((r) => ROLE_PROFILES[r]);
  const citations = createCitations();
  const survey = pair.roles.map((role) => surveyMedianFor(figures, role));
  const sameSurvey =
    survey[0] && survey[1] && survey[0].sourceId === survey[1].sourceId
      ? ([survey[0], survey[1]] as [PayFigureView, PayFigureView])
      : null;
  const senior = pair.roles.map((role) => selectRange(figures, { role, level: "senior" }).primary);
  const seniorLikeForLike =
    senior[0] &&
    senior[1] &&
    senior[0].sourceId === senior[1].sourceId &&
    senior.every((f, i) => f?.roleSlug === pair.roles[i] && f?.level === "senior")
      ? ([senior[0], senior[1]] as [PayFigureView, PayFigureView])
      : null;

  const whoEarnsMore = [
    sameSurvey ? `Across all levels, ${compareMedians([first, second], sameSurvey, citations)}.` : null,
    seniorLikeForLike ? `At senior level, ${compareMedians([first, second], seniorLikeForLike, citations)}.` : null,
  ].filter((s): s is string => s !== null);

  const items: FaqItem[] = [
    {
      question: `Who earns more, ${article(inSentence(a.name))} or ${article(inSentence(b.name))}?`,
      answer:
        whoEarnsMore.length > 0
          ? `${whoEarnsMore.join(" ")} Pay depends more on level, company and location than on the title; see the table by seniority above.`
          : `The public data has no like-for-like figures for both roles, so it cannot say; the table above shows the closest figures with their sources.`,
    },
    {
      question: `What is the difference between ${article(inSentence(a.name))} and ${article(inSentence(b.name))}?`,
      answer: `${a.name}: ${inSentence(a.summary)} ${b.name}: ${inSentence(b.summary)}`,
    },
    {
      question: `Which role is broader, and which goes deeper?`,
      answer: `${a.name}: ${inSentence(a.breadthVsDepth)} ${b.name}: ${inSentence(b.breadthVsDepth)}`,
    },
    {
      question: `Where do the two careers plateau, and where do people move next?`,
      answer: `${a.name}: ${inSentence(a.plateau)} Next moves: ${a.nextMoves.join("; ")}. ${b.name}: ${inSentence(b.plateau)} Next moves: ${b.nextMoves.join("; ")}.`,
    },
    {
      question: "Where do these pay figures come from?",
      answer:
        "From public data sets, each cited under the table that uses it: U.S. Bureau of Labor Statistics occupational wage statistics, U.S. Department of Labor prevailing wage levels (legal minimums, not observed pay), the ai-jobs.net and devops-jobs.net salary surveys (CC0), and the Stack Overflow Developer Survey (ODbL). We never show a figure without its source, sample size and date.",
    },
  ];
  return { items, citations: citations.list() };
}

function article(noun: string): string {
  // "an SRE": the acronym is read letter by letter.
  return /^(sre\b|[aeiou])/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
