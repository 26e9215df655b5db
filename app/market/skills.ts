// Skills that command premiums, each with what supports it: a figure from our sources
// where one exists (resolved here from the evidence named in the role's content file),
// otherwise our judgement, labelled as such. Never a figure that is not in the data. Pure.

import type { SourceRegistry } from "./citations";
import { bothSizes, levelFigure, verdictSide } from "./comparison";
import type { RoleSkill, SkillEvidenceSpec } from "./content";
import { atLevel, devTypePlural, formatBound, LEVEL_LABELS, rolePlural, shortSource } from "./format";
import { formatMoneyRounded } from "~/format";
import type { RoleSlug } from "./roles";
import type { Level, MarketData, PayFigureView } from "./types";
import { compareSides, isComparison, type Verdict } from "./verdict";

export interface SkillEvidence {
  /** salary: job-board salaries with an interval; survey: developer-survey medians;
   *  none: no figure in our sources, so the skill rests on our judgement alone. */
  kind: "salary" | "survey" | "none";
  sentence: string;
  /** Citations of the figures in the sentence. */
  refs: number[];
}

export interface SkillView {
  name: string;
  /** Our judgement of why the skill is paid for. */
  why: string;
  evidence: SkillEvidence;
}

const NO_FIGURE =
  "No figure in our sources ties pay to this skill (the surveys record job titles and levels, not skills), so this is our judgement.";
const NOT_IN_DATA = "Our sources have no like-for-like figures for this comparison, so this is our judgement.";

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "is $14,950 higher … (95% interval …)" for a salary verdict of `to` against `from`. */
function salarySentence(
  subject: string,
  comparison: string,
  verdict: Verdict,
  from: PayFigureView,
  to: PayFigureView,
): string {
  if (verdict.kind !== "higher" && verdict.kind !== "nearly_identical" && verdict.kind !== "no_clear_difference") {
    return NOT_IN_DATA;
  }
  const gap = formatMoneyRounded(Math.abs(verdict.difference));
  const direction = verdict.difference >= 0 ? "higher" : "lower";
  const range = `95% interval of the difference ${formatBound(verdict.low)} to ${formatBound(verdict.high)}`;
  const sizes = `${bothSizes(to, from)}; ${shortSource(to)}`;
  const reading = verdict.kind === "higher" ? "" : " The interval includes zero, so this data shows no clear premium.";
  return `${capitalise(subject)}' median salary is ${gap} ${direction} ${comparison} (${range}; ${sizes}).${reading}`;
}

/** Salary evidence of `to` against `from`, two salary-survey cells that must be the named
 *  roles' own; anything else is not in the data. */
function salaryEvidence(
  cells: { to: { role: RoleSlug; level: Level }; from: { role: RoleSlug; level: Level } },
  comparison: string,
  data: MarketData,
  sources: SourceRegistry,
): SkillEvidence {
  const to = levelFigure(data, cells.to.role, cells.to.level);
  const from = levelFigure(data, cells.from.role, cells.from.level);
  if (!to || !from || to.roleSlug !== cells.to.role || from.roleSlug !== cells.from.role) {
    return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  }
  const verdict = compareSides(verdictSide(from, true, data), verdictSide(to, true, data));
  if (!isComparison(verdict)) return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  return {
    kind: "salary",
    sentence: salarySentence(rolePlural(cells.to.role), comparison, verdict, from, to),
    refs: [sources.ref(to)],
  };
}

function surveyGap(
  spec: Extract<SkillEvidenceSpec, { kind: "survey_gap" }>,
  data: MarketData,
  sources: SourceRegistry,
): SkillEvidence {
  const inSurvey = (names: string[], sourceId: string) =>
    data.figures.find(
      (f) => f.basis === "survey_median" && f.sourceId === sourceId && names.includes(f.occupationCode),
    ) ?? null;
  const years = [...new Set(data.figures.filter((f) => f.basis === "survey_median").map((f) => f.sourceId))]
    .map((sourceId) => ({ skill: inSurvey(spec.devTypes, sourceId), base: inSurvey(spec.versus, sourceId) }))
    .filter((y): y is { skill: PayFigureView; base: PayFigureView } => y.skill !== null && y.base !== null)
    .sort((a, b) => b.skill.asOf.localeCompare(a.skill.asOf));
  if (years.length === 0) return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  const { skill, base } = years[0];
  const gap = (skill.p50 ?? 0) - (base.p50 ?? 0);
  const direction = gap >= 0 ? "above" : "below";
  const agreeing = years.filter((y) => Math.sign((y.skill.p50 ?? 0) - (y.base.p50 ?? 0)) === Math.sign(gap)).length;
  const consistency =
    years.length > 1
      ? ` ${capitalise(direction)} in ${agreeing === years.length ? "each" : agreeing} of ${years.length} survey years.`
      : "";
  return {
    kind: "survey",
    sentence:
      `In the Stack Overflow survey, ${devTypePlural(skill.occupationCode)} report a median total compensation ` +
      `${formatMoneyRounded(Math.abs(gap))} ${direction} ${devTypePlural(base.occupationCode)}' ` +
      `(${formatMoneyRounded(skill.p50 ?? 0)} and ${formatMoneyRounded(base.p50 ?? 0)}; ${bothSizes(skill, base)}; ` +
      `${skill.period}).${consistency}`,
    refs: [...new Set(years.map((y) => sources.ref(y.skill)))],
  };
}

export function skillEvidence(
  spec: SkillEvidenceSpec | undefined,
  data: MarketData,
  sources: SourceRegistry,
): SkillEvidence {
  if (!spec) return { kind: "none", sentence: NO_FIGURE, refs: [] };
  switch (spec.kind) {
    case "salary_gap":
      return salaryEvidence(
        { to: { role: spec.role, level: spec.level }, from: { role: spec.versus, level: spec.level } },
        `than ${rolePlural(spec.versus)}' ${atLevel(spec.level)}`,
        data,
        sources,
      );
    case "level_step":
      return salaryEvidence(
        { to: { role: spec.role, level: spec.to }, from: { role: spec.role, level: spec.from } },
        `${atLevel(spec.to)} than ${LEVEL_LABELS[spec.from].toLowerCase()}`,
        data,
        sources,
      );
    case "survey_gap":
      return surveyGap(spec, data, sources);
  }
}

export function roleSkills(skills: readonly RoleSkill[], data: MarketData, sources: SourceRegistry): SkillView[] {
  return skills.map((skill) => ({
    name: skill.name,
    why: skill.why,
    evidence: skillEvidence(skill.evidence, data, sources),
  }));
}
