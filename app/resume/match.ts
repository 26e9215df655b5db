// Job match: the posting's skills and title against what the resume shows. A skill used
// in a job or project bullet counts fully; one only listed in the skills block counts
// half; a skills block far larger than the evidence for it is penalised as stuffing.
import { titleScore } from "./lexicon.ts";
import { canonicalTechTerm, findTechTerms, withoutTechTerms } from "./tech-terms.ts";
import { stem, words } from "./text.ts";
import type { Finding, JobMatch, KeywordMatch, ParsedResume, SectionKind } from "./types.ts";

export const JOB_DESCRIPTION_MAX_CHARS = 20_000;

const MAX_TERMS = 12;
const SKILL_WEIGHT = 2;
const TERM_WEIGHT = 1;
const LISTED_CREDIT = 0.5;
const TITLE_POINTS = 15;
const STUFFING_MIN_SKILLS = 15;
const STUFFING_MAX_EVIDENCE_SHARE = 0.25;
const STUFFING_PENALTY = 10;

// English stop words plus the filler every job posting shares.
const STOP_WORDS = new Set(
  `a about above across after again all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each etc few for from further had has have having he her here hers
him his how i if in into is it its itself just like many may me more most must my no nor not now of off on once only
or other our ours out over own per plus same she should so some such than that the their theirs them then there these
they this those through to too under until up upon us very via was we well were what when where which while who whom
why will with within without would you your yours yourself able ability abilities apply applicant applicants benefits
best candidate candidates career company culture day days degree environment equal employer employment excellent
experience experienced expertise familiarity familiar field good great help high highly ideal ideally including join
job jobs key knowledge level looking make new offer opportunity opportunities paid part people plus position
preferred proven qualification qualifications related relevant required requirement requirements responsibilities
responsibility role roles salary skill skills strong successful team teams time understanding using use work working
world year years you'll we're`.split(/\s+/u),
);

const SENIORITY = new Set(["senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief", "intern", "i", "ii", "iii", "iv"]);

/** Cuts an over-long posting at a word boundary, with a notice for the report. */
export function trimJobDescription(text: string): { text: string; notice: string | null } {
  if (text.length <= JOB_DESCRIPTION_MAX_CHARS) return { text, notice: null };
  const cut = text.slice(0, JOB_DESCRIPTION_MAX_CHARS);
  const atSpace = cut.lastIndexOf(" ");
  return {
    text: atSpace > JOB_DESCRIPTION_MAX_CHARS * 0.9 ? cut.slice(0, atSpace) : cut,
    notice: `The job description was ${text.length.toLocaleString("en-US")} characters long; only the first ${JOB_DESCRIPTION_MAX_CHARS.toLocaleString("en-US")} were used for the match.`,
  };
}

/** The job title: a "Title:"-style label, a "hiring a …" phrase, or the first short line that reads as a title. */
export function findJobTitle(text: string): string | null {
  const labelled = text.match(/^\s*(?:job\s+title|title|position|role)\s*:\s*(.+)$/imu);
  if (labelled) return labelled[1].trim();
  const hiring = text.match(/\b(?:hiring|looking for|seeking)\s+an?\s+((?:[\p{Lu}][\p{L}+#./-]*\s?){1,6})/u);
  if (hiring) return hiring[1].trim();
  const line = text
    .split("\n")
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== "" && words(candidate).length <= 8 && titleScore(candidate) > 0);
  return line ?? null;
}

function termStems(text: string): string[] {
  return words(text.toLowerCase())
    .filter((word) => /^\p{L}/u.test(word) && word.length >= 3 && !STOP_WORDS.has(word))
    .map(stem);
}

/** Frequent words of the posting that are not tech terms (already matched as skills). */
function postingTerms(text: string): { stem: string; surface: string }[] {
  const rest = withoutTechTerms(text);
  const counts = new Map<string, { count: number; surfaces: Map<string, number> }>();
  for (const word of words(rest.toLowerCase())) {
    if (!/^\p{L}/u.test(word) || word.length < 3 || STOP_WORDS.has(word)) continue;
    const key = stem(word);
    const entry = counts.get(key) ?? { count: 0, surfaces: new Map<string, number>() };
    entry.count += 1;
    entry.surfaces.set(word, (entry.surfaces.get(word) ?? 0) + 1);
    counts.set(key, entry);
  }
  return [...counts.entries()]
    .filter(([, entry]) => entry.count >= 2)
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, MAX_TERMS)
    .map(([key, entry]) => ({
      stem: key,
      surface: [...entry.surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
    }));
}

const LISTED_KINDS = new Set<SectionKind | "header">(["skills", "summary", "header", "coursework", "interests", "languages", "links", "contact"]);

interface ResumeEvidence {
  /** Lines that show work: job and project bullets, other sections' content. */
  shown: string[];
  /** Lines that only name things: skills, summary, coursework. */
  listed: string[];
}

function evidence(resume: ParsedResume): ResumeEvidence {
  const shown = [
    ...resume.experience.flatMap((job) => [job.title ?? "", ...job.bullets]),
    ...resume.projects.flatMap((project) => [project.header, project.description ?? "", ...project.bullets]),
    ...resume.sections
      .filter((section) => !LISTED_KINDS.has(section.kind) && section.kind !== "experience" && section.kind !== "projects")
      .flatMap((section) => section.lines),
  ].filter(Boolean);
  const listed = [
    ...resume.skills,
    ...resume.certifications,
    ...resume.sections.filter((section) => LISTED_KINDS.has(section.kind)).flatMap((section) => section.lines),
  ];
  return { shown, listed };
}

interface IndexedLine {
  line: string;
  terms: Set<string>;
  stems: Set<string>;
}

const indexLines = (lines: string[]): IndexedLine[] =>
  lines.map((line) => ({ line, terms: new Set(findTechTerms(line).map((hit) => hit.name)), stems: new Set(termStems(line)) }));

function evidenceFor(keyword: { term?: string; stem?: string }, shown: IndexedLine[], listed: IndexedLine[]) {
  const has = (entry: IndexedLine) => (keyword.term ? entry.terms.has(keyword.term) : entry.stems.has(keyword.stem ?? ""));
  const shownLine = shown.find(has)?.line;
  if (shownLine) return { evidence: "shown" as const, where: shownLine };
  const listedLine = listed.find(has)?.line;
  return listedLine ? { evidence: "listed" as const, where: listedLine } : { evidence: "missing" as const, where: null };
}

function stuffingFinding(resume: ParsedResume, shown: string[]): Finding | null {
  const listed = resume.skills;
  if (listed.length < STUFFING_MIN_SKILLS) return null;
  const shownText = shown.join("\n");
  const shownStems = new Set(termStems(shownText));
  const shownTerms = new Set(findTechTerms(shownText).map((hit) => hit.name));
  const evidenced = listed.filter((skill) => {
    const term = canonicalTechTerm(skill);
    if (term) return shownTerms.has(term);
    const stems = termStems(skill);
    return stems.length > 0 && stems.every((key) => shownStems.has(key));
  });
  if (evidenced.length / listed.length >= STUFFING_MAX_EVIDENCE_SHARE) return null;
  return {
    ruleId: "match.stuffing",
    what: `The skills section lists ${listed.length} skills, but only ${evidenced.length} of them appear in your jobs or projects`,
    where: listed.slice(0, 8).join(", "),
    why: "A long keyword list with no evidence reads as keyword stuffing to recruiters, and some ATS rank it down.",
    fix: "Keep the skills you can back up, and name each in a bullet that says what you did with it.",
    points: STUFFING_PENALTY,
    link: null,
  };
}

function titleMatches(jobTitle: string | null, resume: ParsedResume): boolean {
  if (!jobTitle) return false;
  const core = termStems(jobTitle).filter((key) => !SENIORITY.has(key));
  if (core.length === 0) return false;
  const resumeStems = new Set(termStems([...resume.experience.map((job) => job.title ?? ""), resume.summary ?? ""].join(" ")));
  return core.filter((key) => resumeStems.has(key)).length / core.length >= 0.5;
}

export function matchJob(resume: ParsedResume, jobDescription: string, targetRole?: string): JobMatch {
  const { text, notice } = trimJobDescription(jobDescription);
  const { shown, listed } = evidence(resume);
  const shownIndex = indexLines(shown);
  const listedIndex = indexLines(listed);
  const keywords: KeywordMatch[] = [
    ...findTechTerms(text)
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .map((hit) => ({ keyword: hit.name, kind: "skill" as const, ...evidenceFor({ term: hit.name }, shownIndex, listedIndex) })),
    ...postingTerms(text).map((term) => ({
      keyword: term.surface,
      kind: "term" as const,
      ...evidenceFor({ stem: term.stem }, shownIndex, listedIndex),
    })),
  ];
  const weightOf = (keyword: KeywordMatch) => (keyword.kind === "skill" ? SKILL_WEIGHT : TERM_WEIGHT);
  const creditOf = (keyword: KeywordMatch) => (keyword.evidence === "shown" ? 1 : keyword.evidence === "listed" ? LISTED_CREDIT : 0);
  const totalWeight = keywords.reduce((sum, keyword) => sum + weightOf(keyword), 0);
  const earned = keywords.reduce((sum, keyword) => sum + weightOf(keyword) * creditOf(keyword), 0);
  const jobTitle = targetRole?.trim() || findJobTitle(text);
  const titleMatched = titleMatches(jobTitle, resume);
  const stuffing = stuffingFinding(resume, shown);
  const keywordShare = totalWeight === 0 ? 0 : earned / totalWeight;
  const raw = (100 - TITLE_POINTS) * keywordShare + (titleMatched ? TITLE_POINTS : 0) - (stuffing?.points ?? 0);
  const notices = [
    ...(notice ? [notice] : []),
    ...(keywords.length === 0 ? ["No skills or recurring keywords were found in the job description, so only the title was compared."] : []),
  ];
  const named = (evidenceKind: KeywordMatch["evidence"]) => keywords.filter((keyword) => keyword.evidence === evidenceKind).map((keyword) => keyword.keyword);
  return {
    score: Math.max(0, Math.min(100, Math.round(raw))),
    jobTitle,
    resumeTitle: resume.experience[0]?.title ?? null,
    titleMatched,
    keywords,
    matched: named("shown"),
    weak: named("listed"),
    missing: named("missing"),
    stuffing,
    notices,
  };
}
