// Everything one comparison page shows, composed from the stored figures and our content.
// Pure: the route's loader gets this view and the UI only renders it.

import { createSourceRegistry, type SourceList } from "./citations";
import {
  levelHeadline,
  levelRows,
  officialFigures,
  surveyComparison,
  surveyHeadline,
  type HeadlineLine,
  type LevelRow,
  type OfficialFigures,
  type SurveyComparison,
} from "./comparison";
import { fillTemplate } from "~/content";
import type { DataLimits, RoleContent, RoleContentMap } from "./content";
import { inSentence, rolePlural } from "./format";
import { interviewCoverage, roleHandoffs, type RoleHandoffs } from "./handoffs";
import { pairTitle, type ComparisonPair } from "./pairs";
import { ROLE_PROFILES, type RoleSlug } from "./roles";
import { roleSkills, type SkillView } from "./skills";
import type { MarketData } from "./types";
import { withArticle } from "~/writer/articles";

export interface PairLink {
  slug: string;
  title: string;
  roles: [RoleSlug, RoleSlug];
}

export function pairLink(pair: ComparisonPair): PairLink {
  return { slug: pair.slug, title: pairTitle(pair), roles: pair.roles };
}

/** A role's editorial profile with its name, as the page shows it. */
export type RoleProfileView = RoleContent & { role: RoleSlug; name: string };

export interface DataLimit {
  id: keyof DataLimits;
  text: string;
}

export interface FaqItem {
  question: string;
  answer: string;
  /** Citations of the figures quoted in the answer. */
  refs: number[];
}

export interface InterviewChoices {
  roles: readonly string[];
  companies: readonly { id: string; name: string }[];
}

export interface ComparisonPageView {
  pair: PairLink;
  profiles: [RoleProfileView, RoleProfileView];
  headline: HeadlineLine[];
  levels: LevelRow[];
  survey: SurveyComparison;
  official: OfficialFigures;
  limits: DataLimit[];
  skills: { role: RoleSlug; name: string; skills: SkillView[] }[];
  handoffs: RoleHandoffs[];
  interviewCoverage: string;
  faq: FaqItem[];
  related: PairLink[];
  sources: SourceList;
}

/** The plain sentences on what the figures shown cannot say, in the order they matter. */
export function dataLimits(
  texts: DataLimits,
  shown: {
    /** Set when two roles share one official figure: the statistics cannot split them. */
    sharedOfficial: { roles: [RoleSlug, RoleSlug]; occupation: string } | null;
    levelFigures: boolean;
    surveyFigures: boolean;
  },
): DataLimit[] {
  const limits: DataLimit[] = [];
  if (shown.sharedOfficial) {
    const [first, second] = shown.sharedOfficial.roles.map(rolePlural);
    limits.push({
      id: "noOfficialSplit",
      text: fillTemplate(texts.noOfficialSplit, { first, second, occupation: shown.sharedOfficial.occupation }),
    });
  }
  if (shown.levelFigures) limits.push({ id: "salarySurvey", text: texts.salarySurvey });
  if (shown.surveyFigures) limits.push({ id: "surveyTotalComp", text: texts.surveyTotalComp });
  limits.push({ id: "bigTechStock", text: texts.bigTechStock });
  return limits;
}

export function hasLevelFigures(levels: LevelRow[]): boolean {
  return levels.some((row) => row.cells.some((c) => c.figure !== null));
}

function profileView(role: RoleSlug, content: RoleContentMap): RoleProfileView {
  return { ...content[role], role, name: ROLE_PROFILES[role].name };
}

function comparisonFaq(view: {
  profiles: [RoleProfileView, RoleProfileView];
  headline: HeadlineLine[];
  refs: number[];
}): FaqItem[] {
  const [a, b] = view.profiles;
  const [an, bn] = [withArticle(inSentence(a.name)), withArticle(inSentence(b.name))];
  return [
    {
      question: `Who earns more, ${an} or ${bn}?`,
      answer: `${view.headline.map((line) => line.sentence).join(" ")} Pay depends more on level, company and location than on the title.`,
      refs: view.refs,
    },
    {
      question: `What is the difference between ${an} and ${bn}?`,
      answer: `${a.name}: ${inSentence(a.summary)} ${b.name}: ${inSentence(b.summary)}`,
      refs: [],
    },
    {
      question: "Which role is broader, and which goes deeper?",
      answer: `${a.name}: ${inSentence(a.breadthVsDepth)} ${b.name}: ${inSentence(b.breadthVsDepth)}`,
      refs: [],
    },
    {
      question: "Where do the two careers plateau, and where do people move next?",
      answer: `${a.name}: ${inSentence(a.plateau)} Next moves: ${a.nextMoves.join("; ")}. ${b.name}: ${inSentence(b.plateau)} Next moves: ${b.nextMoves.join("; ")}.`,
      refs: [],
    },
    {
      question: "Where do these pay figures come from?",
      answer:
        "From public data sets, listed with their licences at the end of the page: the ai-jobs.net and devops-jobs.net salary surveys (CC0), the Stack Overflow Developer Survey (ODbL) and U.S. Bureau of Labor Statistics occupational wage statistics. Every figure shows its source, sample size and year.",
      refs: [],
    },
  ];
}

export function comparisonPageView(
  data: MarketData,
  pair: ComparisonPair,
  content: { roles: RoleContentMap; dataLimits: DataLimits },
  context: { related: ComparisonPair[]; interview: InterviewChoices },
): ComparisonPageView {
  const sources = createSourceRegistry();
  const roles = pair.roles;
  const levels = levelRows(data, roles, sources);
  const survey = surveyComparison(data, roles, sources);
  const official = officialFigures(data, roles, sources);
  const headline = [levelHeadline(levels, roles), surveyHeadline(survey)].filter((l) => l !== null);
  const profiles: [RoleProfileView, RoleProfileView] = [
    profileView(roles[0], content.roles),
    profileView(roles[1], content.roles),
  ];
  const answerRefs = [...new Set(headline.flatMap((line) => line.refs))].sort((x, y) => x - y);
  return {
    pair: pairLink(pair),
    profiles,
    headline,
    levels,
    survey,
    official,
    limits: dataLimits(content.dataLimits, {
      sharedOfficial: official.shared ? { roles, occupation: official.figures[0].occupation } : null,
      levelFigures: hasLevelFigures(levels),
      surveyFigures: survey.years.length > 0,
    }),
    skills: roles.map((role) => ({
      role,
      name: ROLE_PROFILES[role].name,
      skills: roleSkills(content.roles[role].skills, data, sources),
    })),
    handoffs: roleHandoffs(roles, context.interview),
    interviewCoverage: interviewCoverage(),
    faq: comparisonFaq({ profiles, headline, refs: answerRefs }),
    related: context.related.map(pairLink),
    sources: sources.list(),
  };
}
