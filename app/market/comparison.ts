// Pay of roles side by side, composed from the stored figures: salary by level with a
// verdict per level (verdict.ts), the developer survey's all-level medians across years,
// the official statistics, and a short answer on top. Pure: data in, plain serialisable
// views out, so every page is reproducible in a unit test.

import type { SourceRegistry } from "./citations";
import { atLevel, formatBound, LEVEL_LABELS, rolePlural, sampleLabel, shortSource } from "./format";
import { formatMoneyRounded } from "~/format";
import { roleWithParents, type RoleSlug } from "./roles";
import { NATIONAL_AREA, newestPerSeries, selectRange } from "./select";
import { LEVELS, type Level, type MarketData, type PayFigureView } from "./types";
import {
  compareSides,
  NEARLY_IDENTICAL_SHARE,
  type Side,
  type Verdict,
  type VerdictKind,
  type VerdictSide,
} from "./verdict";

/** A figure as a page shows it: the numbers, their size and source, and the citation. */
export interface ShownFigure {
  p25: number | null;
  p50: number;
  p75: number | null;
  /** "n = 76", "employment 1,654,440". */
  size: string;
  /** "ai-jobs.net 2024". */
  source: string;
  ref: number;
}

export interface LevelCell {
  role: RoleSlug;
  figure: ShownFigure | null;
  /** Whose figure stands in, in plain words ("software engineers' figure"); null when the
   *  figure is the role's own, or there is none. */
  standIn: string | null;
}

/** How a verdict reads at a glance: one role higher, no difference, or no comparison. */
export type Tone = "higher" | "even" | "none";

/** A verdict that names no higher role (equal medians, survey years that disagree) reads
 *  as even. */
export function toneOf(verdict: { kind: VerdictKind; higher: RoleSlug | null }): Tone {
  if (verdict.kind === "higher" || verdict.kind === "medians_only") return verdict.higher ? "higher" : "even";
  if (verdict.kind === "nearly_identical" || verdict.kind === "no_clear_difference") return "even";
  return "none";
}

export interface VerdictView {
  kind: VerdictKind;
  /** A few words for a badge: "Back-end engineers earn more", "No like-for-like data". */
  label: string;
  /** One plain sentence with the numbers behind the verdict. */
  sentence: string;
  /** The role with the higher median, when the verdict names one. */
  higher: RoleSlug | null;
  /** The gap between the two medians in cents, when the roles were compared. */
  gap: number | null;
  /** "n = 76 and 60": the sizes behind the two figures, higher role first, when compared. */
  sizes: string | null;
  /** Citations of the figures the sentence quotes. */
  refs: number[];
}

export interface LevelRow {
  level: Level;
  label: string;
  cells: LevelCell[];
  /** Set when every role shows the very same figure (a stand-in for at least one): it
   *  is shown once with this note, never as a comparison. */
  shared: { label: string; note: string } | null;
  /** Null on a one-role page. */
  verdict: VerdictView | null;
}

export interface SurveyYear {
  period: string;
  cells: { role: RoleSlug; devType: string | null; figure: ShownFigure | null }[];
}

export interface SurveyComparison {
  years: SurveyYear[];
  /** For the newest year with both roles; null on a one-role page. */
  verdict: VerdictView | null;
}

export interface OfficialFigures {
  /** One entry per distinct figure: a single entry when both roles share their parent
   *  occupation's figure. */
  figures: { roles: RoleSlug[]; occupation: string; figure: ShownFigure }[];
  shared: boolean;
  verdict: VerdictView | null;
}

export interface HeadlineLine {
  scope: "by_level" | "all_levels";
  tone: Tone;
  label: string;
  sentence: string;
  higher: RoleSlug | null;
  refs: number[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Same published figure, same id: a stand-in shared by both roles is recognised. */
function figureId(f: PayFigureView): string {
  return [f.sourceId, f.roleSlug, f.occupationCode, f.level, f.sourceLevel, f.areaCode, f.company].join("|");
}

function shown(figure: PayFigureView, sources: SourceRegistry): ShownFigure {
  return {
    p25: figure.p25,
    p50: figure.p50 ?? 0,
    p75: figure.p75,
    size: sampleLabel(figure),
    source: shortSource(figure),
    ref: sources.ref(figure),
  };
}

export function verdictSide(figure: PayFigureView | null, own: boolean, data: MarketData): VerdictSide {
  if (!figure) return { figure: null, own: false, sample: null };
  return {
    figure: {
      id: figureId(figure),
      sourceId: figure.sourceId,
      p50: figure.p50,
      sampleSize: figure.sampleSize ?? figure.employment,
    },
    own,
    sample: data.samples.get(figure) ?? null,
  };
}

// ---- Salary by level ------------------------------------------------------------------

/** The salary-survey figure shown for a role at a level: its own, else its parent
 *  role's at that level (a stand-in). All-level figures are not level figures, so they
 *  are shown in their own sections, never in a level's place. */
export function levelFigure(data: MarketData, role: RoleSlug, level: Level): PayFigureView | null {
  const primary = selectRange(data.figures, { role, level }).primary;
  return primary && primary.level === level && primary.basis === "observed" ? primary : null;
}

const usd = formatMoneyRounded;

/** The interval of median(second) − median(first), told from the side of `ahead`, so a
 *  higher role's gap reads as positive. */
function gapRange(v: { low: number; high: number }, ahead: Side): string {
  const [low, high] = ahead === 1 ? [v.low, v.high] : [-v.high, -v.low];
  return `${formatBound(low)} to ${formatBound(high)}`;
}

/** "n = 76 and 60", "employment 645,970 and 1,654,440", or both labels in full. */
export function bothSizes(a: PayFigureView, b: PayFigureView): string {
  const [la, lb] = [sampleLabel(a), sampleLabel(b)];
  const kind = /^(n = |employment )/.exec(la)?.[1];
  return kind && lb.startsWith(kind) ? `${la} and ${lb.slice(kind.length)}` : `${la} and ${lb}`;
}

/** The verdict in words, for two roles with `figures` (null when missing) at `where`. */
export function describeVerdict(
  verdict: Verdict,
  roles: [RoleSlug, RoleSlug],
  figures: [PayFigureView | null, PayFigureView | null],
  where: string,
  measure: "salary" | "total compensation",
): Omit<VerdictView, "refs"> {
  if (!("difference" in verdict))
    return { ...verdictWords(verdict, roles, figures, where, measure), gap: null, sizes: null };
  const [a, b] = figures as [PayFigureView, PayFigureView];
  const sizes = verdict.difference >= 0 ? bothSizes(b, a) : bothSizes(a, b);
  return { ...verdictWords(verdict, roles, figures, where, measure), gap: Math.abs(verdict.difference), sizes };
}

function verdictWords(
  verdict: Verdict,
  roles: [RoleSlug, RoleSlug],
  figures: [PayFigureView | null, PayFigureView | null],
  where: string,
  measure: "salary" | "total compensation",
): Omit<VerdictView, "refs" | "gap" | "sizes"> {
  const name = (side: Side) => rolePlural(roles[side]);
  const higher = (side: Side | null) => (side === null ? null : roles[side]);
  switch (verdict.kind) {
    case "missing": {
      const who = verdict.sides.length === 2 ? "either role" : name(verdict.sides[0]);
      return { kind: verdict.kind, label: "No figures", sentence: `No figures for ${who} ${where}.`, higher: null };
    }
    case "no_like_for_like": {
      const label = "No like-for-like data";
      if (verdict.reason === "different_sources") {
        const [a, b] = figures as [PayFigureView, PayFigureView];
        return {
          kind: verdict.kind,
          label,
          sentence: `The two figures ${where} come from different surveys or years (${shortSource(a)}; ${shortSource(b)}), so they are not compared.`,
          higher: null,
        };
      }
      const standIn = figures[verdict.standIns[0]]!;
      const standInName = rolePlural(standIn.roleSlug as RoleSlug);
      const sentence = verdict.shared
        ? verdict.standIns.length === 2
          ? `Neither role has its own figure ${where} (the survey has fewer than 30 salaries of each); the one figure shown is ${standInName}', for both.`
          : `${capitalise(name(verdict.standIns[0]))} have no figure of their own ${where}; the only figure is ${standInName}' own.`
        : `${capitalise(verdict.standIns.map(name).join(" and "))} have no figure of their own ${where}; ${standInName}' figure stands in, so the two are not compared.`;
      return { kind: verdict.kind, label, sentence, higher: null };
    }
    case "too_few":
      return {
        kind: verdict.kind,
        label: "Too few to compare",
        sentence: `Too few ${measure === "salary" ? "salaries" : "respondents"} ${where} to compare (n = ${verdict.sizes.join(" and ")}).`,
        higher: null,
      };
    case "higher": {
      const pair = figures as [PayFigureView, PayFigureView];
      const top = name(verdict.higher);
      const gap = usd(Math.abs(verdict.difference));
      return {
        kind: verdict.kind,
        label: `${capitalise(top)} earn more`,
        sentence: `${capitalise(top)}' median ${measure} is ${gap} higher ${where} (95% interval ${gapRange(verdict, verdict.higher)}; ${bothSizes(pair[verdict.higher], pair[1 - verdict.higher])}; ${shortSource(pair[0])}).`,
        higher: higher(verdict.higher),
      };
    }
    case "nearly_identical":
    case "no_clear_difference": {
      const pair = figures as [PayFigureView, PayFigureView];
      const ahead: Side = verdict.difference >= 0 ? 1 : 0;
      const gap = usd(Math.abs(verdict.difference));
      const range = `the 95% interval of the gap (${gapRange(verdict, ahead)}) includes zero`;
      const sizes = `${bothSizes(pair[ahead], pair[1 - ahead])}; ${shortSource(pair[0])}`;
      const sentence =
        verdict.kind === "nearly_identical"
          ? `The medians ${where} are ${gap} apart and ${range}, within ${NEARLY_IDENTICAL_SHARE * 100}% either way (${sizes}).`
          : `${capitalise(name(ahead))}' median ${measure} is ${gap} higher ${where}, but ${range}, so the data cannot say either earns more (${sizes}).`;
      return {
        kind: verdict.kind,
        label: verdict.kind === "nearly_identical" ? "Nearly identical" : "No clear difference",
        sentence,
        higher: null,
      };
    }
    case "medians_only": {
      const pair = figures as [PayFigureView, PayFigureView];
      if (verdict.higher === null) {
        return {
          kind: verdict.kind,
          label: "Same median",
          sentence: `Both medians ${where} are ${usd(pair[0].p50 ?? 0)} (${shortSource(pair[0])}).`,
          higher: null,
        };
      }
      const top = name(verdict.higher);
      return {
        kind: verdict.kind,
        label: `${capitalise(top)} higher`,
        sentence: `${capitalise(top)}' median ${measure} is ${usd(Math.abs(verdict.difference))} higher ${where} (${usd(pair[verdict.higher].p50 ?? 0)} against ${usd(pair[1 - verdict.higher].p50 ?? 0)}; ${bothSizes(pair[verdict.higher], pair[1 - verdict.higher])}; ${shortSource(pair[0])}). The source publishes no individual figures, so there is no interval.`,
        higher: higher(verdict.higher),
      };
    }
  }
}

/** Salary by level for one role (a salary page) or two (a comparison, with verdicts). */
export function levelRows(data: MarketData, roles: RoleSlug[], sources: SourceRegistry): LevelRow[] {
  return LEVELS.map((level) => {
    const picked = roles.map((role) => levelFigure(data, role, level));
    const own = picked.map((f, i) => f !== null && f.roleSlug === roles[i]);
    const same = roles.length > 1 && picked[0] !== null && picked.every((f) => f === picked[0]);
    const lacking = roles.filter((_, i) => !own[i]);
    const whose = same ? capitalise(rolePlural(picked[0]!.roleSlug as RoleSlug)) : "";
    const shared = !same
      ? null
      : {
          label: `${whose}' figure, for both roles`,
          note:
            lacking.length === roles.length
              ? `${whose}' figure, for both roles: neither has enough salaries of its own at this level.`
              : `${whose}' own figure; ${lacking.map(rolePlural).join(" and ")} have none of their own at this level.`,
        };
    const cells = roles.map((role, i): LevelCell => {
      const figure = picked[i];
      return {
        role,
        figure: figure ? shown(figure, sources) : null,
        standIn: figure && !own[i] ? `${rolePlural(figure.roleSlug as RoleSlug)}' figure` : null,
      };
    });
    let verdict: VerdictView | null = null;
    if (roles.length === 2) {
      const pair = roles as [RoleSlug, RoleSlug];
      const result = compareSides(verdictSide(picked[0], own[0], data), verdictSide(picked[1], own[1], data));
      const refs = [...new Set(cells.flatMap((c) => (c.figure ? [c.figure.ref] : [])))];
      verdict = { ...describeVerdict(result, pair, [picked[0], picked[1]], atLevel(level), "salary"), refs };
    }
    return { level, label: LEVEL_LABELS[level], cells, shared, verdict };
  });
}

// ---- Developer survey: all levels, total compensation ---------------------------------

/** The role's own developer-survey median in one survey (its largest developer type). */
function surveyFigure(figures: readonly PayFigureView[], role: RoleSlug, sourceId: string): PayFigureView | null {
  const candidates = figures.filter(
    (f) => f.basis === "survey_median" && f.roleSlug === role && f.sourceId === sourceId,
  );
  return candidates.sort((a, b) => (b.sampleSize ?? 0) - (a.sampleSize ?? 0))[0] ?? null;
}

/** Survey sources (one per year), newest first. */
function surveySources(figures: readonly PayFigureView[]): { sourceId: string; period: string }[] {
  const seen = new Map<string, { sourceId: string; period: string; asOf: string }>();
  for (const f of figures) {
    if (f.basis === "survey_median" && !seen.has(f.sourceId)) {
      seen.set(f.sourceId, { sourceId: f.sourceId, period: f.period, asOf: f.asOf });
    }
  }
  return [...seen.values()].sort((a, b) => b.asOf.localeCompare(a.asOf));
}

export function surveyComparison(data: MarketData, roles: RoleSlug[], sources: SourceRegistry): SurveyComparison {
  const years = surveySources(data.figures)
    .map(({ sourceId, period }) => ({
      period,
      picked: roles.map((role) => surveyFigure(data.figures, role, sourceId)),
    }))
    .filter((y) => y.picked.some((f) => f !== null));
  const view: SurveyYear[] = years.map(({ period, picked }) => ({
    period,
    cells: roles.map((role, i) => ({
      role,
      devType: picked[i]?.occupationName ?? null,
      figure: picked[i] ? shown(picked[i]!, sources) : null,
    })),
  }));
  if (roles.length !== 2) return { years: view, verdict: null };

  const pair = roles as [RoleSlug, RoleSlug];
  const both = years.filter((y) => y.picked.every((f) => f !== null));
  if (both.length === 0) {
    const missing: Side[] = ([0, 1] as const).filter((i) => !years.some((y) => y.picked[i] !== null));
    const verdict: Verdict =
      missing.length > 0 ? { kind: "missing", sides: missing } : { kind: "missing", sides: [0, 1] };
    const described = describeVerdict(verdict, pair, [null, null], "in the developer survey", "total compensation");
    return { years: view, verdict: { ...described, refs: [] } };
  }
  const newest = both[0];
  const [a, b] = newest.picked as [PayFigureView, PayFigureView];
  const result = compareSides(verdictSide(a, true, data), verdictSide(b, true, data));
  const described = {
    ...describeVerdict(result, pair, [a, b], "across all levels", "total compensation"),
    refs: [sources.ref(a)],
  };
  if (result.kind === "medians_only" && result.higher !== null && both.length > 1) {
    const agreeing = both.filter(({ picked }) => {
      const gap = (picked[1]!.p50 ?? 0) - (picked[0]!.p50 ?? 0);
      return Math.sign(gap) === Math.sign(result.difference);
    }).length;
    const years = `${both.length} survey years (${[...both]
      .reverse()
      .map((y) => y.period)
      .join(", ")})`;
    described.sentence += ` ${capitalise(rolePlural(pair[result.higher]))} were higher in ${agreeing === both.length ? "each" : `${agreeing}`} of the ${years}.`;
    // A gap that the other years do not repeat names no role.
    if (agreeing < both.length) Object.assign(described, { label: "Mixed across survey years", higher: null });
  }
  return { years: view, verdict: described };
}

// ---- Official statistics ----------------------------------------------------------------

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

export function officialFigures(data: MarketData, roles: RoleSlug[], sources: SourceRegistry): OfficialFigures {
  const picked = roles.map((role) => officialFigureFor(data.figures, role));
  const figures: OfficialFigures["figures"] = [];
  const entryOf = new Map<PayFigureView, OfficialFigures["figures"][number]>();
  picked.forEach((figure, i) => {
    if (!figure) return;
    const existing = entryOf.get(figure);
    if (existing) {
      existing.roles.push(roles[i]);
      return;
    }
    const entry = { roles: [roles[i]], occupation: figure.occupationName, figure: shown(figure, sources) };
    entryOf.set(figure, entry);
    figures.push(entry);
  });
  const shared = roles.length === 2 && picked[0] !== null && picked[0] === picked[1];
  let verdict: VerdictView | null = null;
  if (roles.length === 2 && !shared) {
    const pair = roles as [RoleSlug, RoleSlug];
    const own = picked.map((f, i) => f?.roleSlug === roles[i]);
    const result = compareSides(verdictSide(picked[0], own[0], data), verdictSide(picked[1], own[1], data));
    const refs = [...new Set(figures.map((entry) => entry.figure.ref))];
    verdict = {
      ...describeVerdict(result, pair, [picked[0], picked[1]], "in the official statistics", "salary"),
      refs,
    };
  }
  return { figures, shared, verdict };
}

// ---- The short answer -----------------------------------------------------------------

const INTERVAL_KINDS: VerdictKind[] = ["higher", "nearly_identical", "no_clear_difference"];

/** "at mid-level and at senior level". */
function atLevels(rows: LevelRow[]): string {
  const names = rows.map((r) => atLevel(r.level));
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** One line on salary by level, from the verdicts of the levels compared like for like. */
export function levelHeadline(rows: LevelRow[], roles: [RoleSlug, RoleSlug]): HeadlineLine {
  const compared = rows.filter((r) => r.verdict && INTERVAL_KINDS.includes(r.verdict.kind));
  const scope = "by_level" as const;
  if (compared.length === 0) {
    return {
      scope,
      tone: "none",
      label: "No like-for-like data by level",
      sentence: `The salary survey has no level with enough salaries of both ${rolePlural(roles[0])} and ${rolePlural(roles[1])} to compare them.`,
      higher: null,
      refs: [],
    };
  }
  const refs = [...new Set(compared.flatMap((r) => r.verdict!.refs))];
  const context =
    compared.length === 1
      ? `${LEVEL_LABELS[compared[0].level]} is the only level with like-for-like salary data`
      : `${capitalise(atLevels(compared))}, the levels with like-for-like salary data`;
  if (compared.length === 1) {
    const [only] = compared;
    return {
      scope,
      tone: toneOf(only.verdict!),
      label:
        only.verdict!.kind === "higher"
          ? only.verdict!.label
          : only.verdict!.kind === "nearly_identical"
            ? "Nearly identical salaries"
            : "No clear difference in salary",
      sentence: `${context}. ${only.verdict!.sentence}`,
      higher: only.verdict!.higher,
      refs: only.verdict!.refs,
    };
  }
  const winners = new Set(compared.map((r) => r.verdict!.higher).filter((h) => h !== null));
  const unclear = compared.filter((r) => r.verdict!.kind !== "higher");
  if (winners.size === 0) {
    const allClose = unclear.every((r) => r.verdict!.kind === "nearly_identical");
    return {
      scope,
      tone: "even",
      label: allClose ? "Nearly identical salaries" : "No clear difference in salary",
      sentence: allClose
        ? `${context}, the two medians are within ${NEARLY_IDENTICAL_SHARE * 100}% of each other.`
        : `${context}, the 95% interval of the gap includes zero: the data cannot say either earns more.`,
      higher: null,
      refs,
    };
  }
  if (winners.size === 2) {
    return {
      scope,
      tone: "even",
      label: "Depends on the level",
      sentence: `${context}, each role has the higher median at some level; see the levels below.`,
      higher: null,
      refs,
    };
  }
  const [winner] = [...winners] as RoleSlug[];
  const ahead = compared.filter((r) => r.verdict!.kind === "higher");
  const top = capitalise(rolePlural(winner));
  return {
    scope,
    tone: "higher",
    label: unclear.length === 0 ? `${top} earn more` : `${top} earn more at some levels`,
    sentence:
      unclear.length === 0
        ? `${context}, ${rolePlural(winner)} have the higher median salary: ${ahead
            .map((r) => `${usd(r.verdict!.gap ?? 0)} higher ${atLevel(r.level)} (${r.verdict!.sizes})`)
            .join(", and ")}, with a 95% interval that excludes zero each time.`
        : `${top} have the higher median salary ${ahead
            .map((r) => `${atLevel(r.level)} (${usd(r.verdict!.gap ?? 0)} higher; ${r.verdict!.sizes})`)
            .join(" and ")}; ${atLevels(unclear)} the data shows no clear difference.`,
    higher: winner,
    refs,
  };
}

/** The developer survey's line, when it compares the two roles. */
export function surveyHeadline(survey: SurveyComparison): HeadlineLine | null {
  const verdict = survey.verdict;
  if (!verdict || verdict.kind !== "medians_only") return null;
  const { label, sentence, higher, refs } = verdict;
  return { scope: "all_levels", tone: toneOf(verdict), label, sentence, higher, refs };
}
