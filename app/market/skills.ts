// Skills that command premiums, each with what supports it: a figure from our sources
// where one exists (resolved here from the evidence named in the role's content file),
// otherwise our judgement, labelled as such. Never a figure that is not in the data. Pure.

import type { SourceRegistry } from "./citations";
import { bothSizes, levelFigure, verdictSide } from "./comparison";
import type { RoleSkill, SkillEvidenceSpec } from "./content";
import { atLevel, devTypePlural, formatBound, LEVEL_LABELS, rolePlural, sampleLabel, shortSource } from "./format";
import { formatMoneyRounded } from "~/format";
import type { MarketData, PayFigureView } from "./types";
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
function salarySentence(subject: string, comparison: string, verdict: Verdict, from: PayFigureView, to: PayFigureView): string {
  if (verdict.kind !== "higher" && verdict.kind !== "nearly_identical" && verdict.kind !== "no_clear_difference") {
    return NOT_IN_DATA;
  }
  const gap = formatMoneyRounded(Math.abs(verdict.difference));
  const direction = verdict.difference >= 0 ? "higher" : "lower";
  const range = `95% interval of the difference ${formatBound(verdict.low)} to ${formatBound(verdict.high)}`;
  const sizes = `${bothSizes(to, from)}; ${shortSource(to)}`;
  const reading =
    verdict.kind === "higher"
      ? ""
      : " The interval includes zero, so this data shows no clear premium.";
  return `${capitalise(subject)}' median salary is ${gap} ${direction} ${comparison} (${range}; ${sizes}).${reading}`;
}

function salaryGap(spec: Extract<SkillEvidenceSpec, { kind: "salary_gap" }>, data: MarketData, sources: SourceRegistry): SkillEvidence {
  const to = levelFigure(data, spec.role, spec.level);
  const from = levelFigure(data, spec.versus, spec.level);
  if (!to || !from || to.roleSlug !== spec.role || from.roleSlug !== spec.versus) {
    return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  }
  const verdict = compareSides(verdictSide(from, true, data), verdictSide(to, true, data));
  if (!isComparison(verdict)) return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  const comparison = `than ${rolePlural(spec.versus)}' ${atLevel(spec.level)}`;
  return {
    kind: "salary",
    sentence: salarySentence(rolePlural(spec.role), comparison, verdict, from, to),
    refs: [sources.ref(to)],
  };
}

function levelStep(spec: Extract<SkillEvidenceSpec, { kind: "level_step" }>, data: MarketData, sources: SourceRegistry): SkillEvidence {
  const to = levelFigure(data, spec.role, spec.to);
  const from = levelFigure(data, spec.role, spec.from);
  if (!to || !from || to.roleSlug !== spec.role || from.roleSlug !== spec.role) {
    return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  }
  const verdict = compareSides(verdictSide(from, true, data), verdictSide(to, true, data));
  if (!isComparison(verdict)) return { kind: "none", sentence: NOT_IN_DATA, refs: [] };
  const comparison = `${atLevel(spec.to)} than ${LEVEL_LABELS[spec.from].toLowerCase()}`;
  return {
    kind: "salary",
    sentence: salarySentence(rolePlural(spec.role), comparison, verdict, from, to),
    refs: [sources.ref(to)],
  };
}

function surveyGap(spec: Extract<SkillEvidenceSpec, { kind: "survey_gap" }>, data: MarketData, sources: SourceRegistry): SkillEvidence {
  const inSurvey = (names: string[], sourceId: string) =>
    data.figures.find((f) => f.basis === "survey_median" && f.sourceId === sourceId && names.includes(f.occupationCode)) ??
    null;
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
    years.length > 1 ? ` ${capitalise(direction)} in ${agreeing === years.length ? "each" : agreeing} of ${years.length} survey years.` : "";
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

export function skillEvidence(spec: SkillEvidenceSpec | undefined, data: MarketData, sources: SourceRegistry): SkillEvidence {
  if (!spec) return { kind: "none", sentence: NO_FIGURE, refs: [] };
  switch (spec.kind) {
    case "salary_gap":
      return salaryGap(spec, data, sources);
    case "level_step":
      return levelStep(spec, data, sources);
    case "survey_gap":
      return surveyGap(spec, data, sources);
  }
}

export function roleSkills(skills: readonly RoleSkill[], data: MarketData, sources: SourceRegistry): SkillView[] {
  return skills.map((skill) => ({ name: skill.name, why: skill.why, evidence: skillEvidence(skill.evidence, data, sources) }));
}
