// Job match: the posting's skills and title against what the resume shows, the way a
// recruiter reads it. Skills come from the taxonomy (skills.ts), never from frequent
// words. A skill counts when a job or project shows it (bullets, titles, project names);
// one only named elsewhere (skills list, summary, talks) is reported as "only listed" and
// earns nothing, so piling skills into a list can never raise the match. A list far out
// of proportion to the evidence costs points and says why.
import { z } from "zod";
import postingCues from "./data/posting-cues.json";
import titleData from "./data/titles.json";
import { knockoutQuestions } from "./knockouts.ts";
import { titleScore } from "./lexicon.ts";
import { plural } from "./plural.ts";
import { findSkills } from "./skills.ts";
import { stem, words } from "./text.ts";
import type { Finding, JobMatch, KeywordMatch, ParsedResume, SectionKind, TitleLevel } from "./types.ts";

export const JOB_DESCRIPTION_MAX_CHARS = 20_000;

const TITLE_POINTS = 15;
const REQUIRED_WEIGHT = 2;
const PREFERRED_WEIGHT = 1;
/** A skills list is stuffing when this many of its skills have no evidence… */
const STUFFING_MIN_UNEVIDENCED = 20;
/** …and fewer than this share of it does. */
const STUFFING_MAX_EVIDENCED_SHARE = 0.4;
const STUFFING_PENALTY = 10;

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

const wordList = z.array(z.string().min(1));
const titleRules = z
  .object({
    specialties: z.record(z.string(), wordList),
    generic: wordList,
    generic_family: wordList,
    family_neighbours: z.record(z.string(), wordList),
    roles: z.record(z.string(), wordList),
    role_words_ignored: wordList,
    // Without families, the roles are one in any work.
    shared_roles: z.array(z.object({ families: wordList.min(1).optional(), roles: wordList.min(2) })),
    levels: z.record(z.string(), z.object({ rank: z.number().int().min(0), words: wordList })),
    max_level_gap: z.number().int().min(0),
    unmarked_level: z.string(),
    title_acronyms: wordList,
    abbreviations: z.record(z.string(), z.string()),
  })
  .refine((rules) => rules.unmarked_level in rules.levels, "unmarked_level must name one of the levels")
  .parse(titleData);
const TITLE_ACRONYMS = new Set(titleRules.title_acronyms);
const ABBREVIATIONS = new Map(Object.entries(titleRules.abbreviations));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
const ABBREVIATION_WORDS = [...ABBREVIATIONS.keys()].map(escapeRegExp).join("|");
// "Dev Ops" stays a specialty, not "developer Ops".
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ABBREVIATION_WORDS})\\.?(?![\\p{L}\\p{N}]|[\\s-]*ops\\b)`,
  "giu",
);

/** A title with its short forms written out: "Sr. Python Dev" → "senior Python developer". */
export function expandTitle(title: string): string {
  return title.replace(ABBREVIATION, (written, word: string) => ABBREVIATIONS.get(word.toLowerCase()) ?? written);
}

// Role nouns in other languages ("Backend-Entwickler", "Desarrollador") make a title too.
const ROLE_NOUNS = new Set(Object.values(titleRules.roles).flat());
const readsAsTitle = (line: string) => {
  const expanded = expandTitle(line);
  return (
    titleScore(expanded) > 0 ||
    words(expanded.toLowerCase()).some((word) => TITLE_ACRONYMS.has(word)) ||
    expanded
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => ROLE_NOUNS.has(word))
  );
};

// A sentence ends at . ! ? or :, but not at the dot of a level's short form, which a title
// goes on after ("Sr. Data Eng. Stack: Airflow" is the title "Sr. Data Eng").
const LEVEL_WORDS = new Set(Object.values(titleRules.levels).flatMap((level) => level.words));
const LEVEL_ABBREVIATIONS = [...ABBREVIATIONS]
  .filter(([, expansion]) => LEVEL_WORDS.has(expansion))
  .map(([short]) => escapeRegExp(short))
  .join("|");
const SENTENCE_END = new RegExp(`(?<!(?<![\\p{L}])(?:${LEVEL_ABBREVIATIONS}))[.!?:](?:\\s|$)`, "iu");
const LEVEL_IN_PARENTHESES = new RegExp(`\\((?:${[...LEVEL_WORDS].map(escapeRegExp).join("|")})\\.?\\)`, "iu");
// What follows a title on its line: " — Kotlin, Compose", " | Remote", " - 6 month contract".
const AFTER_TITLE = /\s+[—–-]\s+|\s*\|\s*/u;
const HIRING =
  /\b(?:hiring|looking for|seeking|needs?|recruiting(?:\s+for)?|search(?:ing)?(?:\s+for)?|(?:is|are)\s+after|[Aa]re\s+you\s+(?:the|our)|want(?:s|ing)?)\s+(?:an?\s+)?((?:[\p{Lu}][\p{L}+#./-]*\s?){1,6})/gu;

/**
 * The job title: a "Title:"-style label, the first line when it reads as a title, a "hiring
 * a …" / "needs a …" phrase, or else the first short line that reads as a title.
 */
export function findJobTitle(text: string): string | null {
  const labelled = text.match(/^\s*(?:job\s+title|title|position|role)\s*:\s*(.+)$/imu);
  if (labelled) return labelled[1].trim();
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const isTitle = (piece: string, firstLine = false) =>
    piece !== "" &&
    words(piece).length <= 8 &&
    (readsAsTitle(piece) || (firstLine && LEVEL_IN_PARENTHESES.test(expandTitle(piece))));
  const titleIn = (sentences: string[], firstLine = false) =>
    sentences
      .flatMap((sentence) => sentence.split(AFTER_TITLE))
      .map((piece) => piece.trim())
      .find((piece) => isTitle(piece, firstLine));
  // The first line: any sentence or dash-separated part of it ("URGENT!!! Java Dev - Tier 1 bank"),
  // or one that gives a level in parentheses, whatever the noun ("Compositor (Mid)").
  const first = lines.length > 0 ? titleIn(lines[0].split(SENTENCE_END), true) : undefined;
  if (first) return first;
  for (const match of text.matchAll(HIRING)) {
    const phrase = match[1].trim();
    if (readsAsTitle(phrase)) return phrase;
  }
  // Another line that reads as a title, or the first sentence of one ("Senior Engineer. Kubernetes, Go…").
  for (const line of lines.slice(1)) {
    const found = titleIn(line.split(SENTENCE_END).slice(0, 1));
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Titles and levels
// ---------------------------------------------------------------------------

const phrasePattern = (phrase: string, flags = "iu") =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/[\s-]+/gu, "[\\s-]*")}(?![\\p{L}\\p{N}])`,
    flags,
  );

const SPECIALTY_PHRASES = Object.entries(titleRules.specialties)
  .flatMap(([key, phrases]) => phrases.map((phrase) => ({ key, phrase, pattern: phrasePattern(phrase, "giu") })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
const GENERIC = new Set(titleRules.generic);
const GENERIC_FAMILY = new Set(titleRules.generic_family);
const LEVELS = Object.entries(titleRules.levels).flatMap(([name, level]) =>
  level.words.map((word) => ({ name, rank: level.rank, pattern: phrasePattern(word, "giu") })),
);
/** Each role word's group: "developer", "entwickler" and "programmer" are one role. */
const ROLE_OF = new Map(Object.entries(titleRules.roles).flatMap(([role, nouns]) => nouns.map((noun) => [noun, role])));
const ROLE_WORDS_IGNORED = new Set(titleRules.role_words_ignored);
/** Families and their neighbours, both ways: a full-stack engineer does backend work and the reverse. */
const NEIGHBOURS = new Map<string, Set<string>>();
for (const [family, neighbours] of Object.entries(titleRules.family_neighbours))
  for (const neighbour of neighbours) {
    for (const [a, b] of [
      [family, neighbour],
      [neighbour, family],
    ]) {
      if (!NEIGHBOURS.has(a)) NEIGHBOURS.set(a, new Set());
      NEIGHBOURS.get(a)?.add(b);
    }
  }
const UNMARKED_LEVEL = {
  name: titleRules.unmarked_level,
  rank: titleRules.levels[titleRules.unmarked_level]!.rank,
} as const;
const tokens = (text: string) => text.split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);

interface ReadTitle {
  /** The role group ("engineer", "analyst") or, for a noun not listed, the noun itself ("geologist"). */
  role: string | null;
  /** Specialty keys anywhere in the title ("Principal Engineer, Platform"). */
  families: Set<string>;
  /** Stems of the head's other words: a domain ("broadcast", "network"), not a technology or a level. */
  domain: Set<string>;
  level: { name: string; rank: number } | null;
}

/**
 * A title read into features. The head is the part before a comma, parenthesis, colon or
 * dash ("Embedded Developer (Precision Ag), Wageningen NL"): what follows is often a team or
 * a place, so only specialties and the level are read from it.
 */
function readTitle(title: string): ReadTitle {
  const whole = ` ${expandTitle(title).toLowerCase()} `;
  const head =
    whole
      .split(/\s*[,(:|)]\s*|\s+[—–-]\s+/u)
      .map((piece) => piece.trim())
      .find((piece) => /\p{L}/u.test(piece)) ?? "";
  const families = new Set(SPECIALTY_PHRASES.filter(({ pattern }) => whole.search(pattern) >= 0).map(({ key }) => key));
  const level = LEVELS.filter(({ pattern }) => whole.search(pattern) >= 0).sort((a, b) => b.rank - a.rank)[0] ?? null;
  let rest = ` ${head} `;
  for (const { pattern } of LEVELS) rest = rest.replace(pattern, " ");
  // The role before specialties are taken out: "SDET" is both the kind of work and the noun.
  const roleWords = tokens(rest).filter((word) => ROLE_OF.has(word));
  for (const hit of findSkills(rest)) rest = rest.replace(hit.written.toLowerCase(), " ");
  for (const { pattern } of SPECIALTY_PHRASES) rest = rest.replace(pattern, " ");
  const others = tokens(rest).filter((word) => !ROLE_OF.has(word) && !ROLE_WORDS_IGNORED.has(word) && word.length >= 3);
  return {
    role: roleWords.length > 0 ? (ROLE_OF.get(roleWords[roleWords.length - 1]) ?? null) : (others.at(-1) ?? null),
    families,
    domain: new Set(others.map(stem)),
    level: level ? { name: level.name, rank: level.rank } : null,
  };
}

const specific = (title: ReadTitle) => [...title.families].filter((key) => !GENERIC.has(key));
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((item) => b.has(item));

/** Whether a person with this title does the kind of work the posting's title names, whatever the level. */
function sameWork(job: ReadTitle, person: ReadTitle): boolean {
  const jobFamilies = specific(job);
  const shared = (role: string) => [
    role,
    ...titleRules.shared_roles
      .filter(
        (rule) => rule.roles.includes(role) && (rule.families?.some((family) => jobFamilies.includes(family)) ?? true),
      )
      .flatMap((rule) => rule.roles),
  ];
  if (job.role && person.role && !shared(job.role).includes(person.role)) return false;
  if (jobFamilies.length === 0) return true;
  if (overlaps(job.domain, person.domain)) return true;
  const personFamilies = specific(person);
  if (personFamilies.length === 0)
    return person.domain.size === 0 && jobFamilies.every((key) => GENERIC_FAMILY.has(key));
  const near = new Set(personFamilies.flatMap((key) => [key, ...(NEIGHBOURS.get(key) ?? [])]));
  return jobFamilies.filter((key) => near.has(key)).length / jobFamilies.length >= 0.5;
}

interface TitleComparison {
  /** The person's most recent title for the same work, else their most recent title. */
  title: string | null;
  matched: boolean;
  /** Null when the posting has no title. */
  verdict: "match" | "level_gap" | "other_work" | null;
  level: TitleLevel | null;
}

/**
 * The posting's title against the person's titles (most recent first): the most recent one for
 * the same work, at the highest level the person has held in that work.
 */
export function compareTitles(jobTitle: string | null, personTitles: string[]): TitleComparison {
  if (!jobTitle) return { title: personTitles[0] ?? null, matched: false, verdict: null, level: null };
  const job = readTitle(jobTitle);
  const read = personTitles.map((title) => ({ title, read: readTitle(title) }));
  const same = read.filter((person) => sameWork(job, person.read));
  // The level is compared only within the same work: an analyst's level says little about an engineer's.
  // The verdict takes the highest level held there, a plain title counting at the unmarked level
  // (so "Software Engineer" outranks the internship before it); the note speaks of the latest
  // title there, and only when it names its level.
  const held = same.map((person) => person.read.level ?? UNMARKED_LEVEL).sort((a, b) => b.rank - a.rank)[0];
  const gap = job.level && held ? Math.abs(job.level.rank - held.rank) : 0;
  const verdict = same.length === 0 ? "other_work" : gap > titleRules.max_level_gap ? "level_gap" : "match";
  const latest = same[0]?.read.level;
  return {
    title: same[0]?.title ?? personTitles[0] ?? null,
    matched: verdict === "match",
    verdict,
    level:
      job.level && latest && job.level.rank !== latest.rank
        ? { posting: job.level.name, yours: latest.name, direction: job.level.rank > latest.rank ? "above" : "below" }
        : null,
  };
}

/** Same work, at a level the person could be hired at (an intern is not a senior hire). */
export function titlesMatch(jobTitle: string, personTitle: string): boolean {
  return compareTitles(jobTitle, [personTitle]).matched;
}

// ---------------------------------------------------------------------------
// The posting's skills, required or preferred
// ---------------------------------------------------------------------------

const cues = z
  .object({
    preferred_line: z.string(),
    preferred_heading: z.string(),
    required_heading: z.string(),
    heading_max_words: z.number().int().positive(),
    negated_clause: z.array(z.string()).min(1),
    clause_break: z.string(),
    boilerplate_clause: z.string(),
  })
  .parse(postingCues);
const PREFERRED_LINE = new RegExp(cues.preferred_line, "iu");
const PREFERRED_HEADING = new RegExp(cues.preferred_heading, "iu");
const REQUIRED_HEADING = new RegExp(cues.required_heading, "iu");
const NEGATED = cues.negated_clause.map((pattern) => new RegExp(pattern, "iu"));
const CLAUSE_BREAK = new RegExp(cues.clause_break, "giu");
const BOILERPLATE = new RegExp(cues.boilerplate_clause, "iu");

/** Character ranges of a line's clauses. */
function clauseRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const end of [...[...line.matchAll(CLAUSE_BREAK)].map((match) => match.index ?? 0), line.length]) {
    ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

/**
 * Character ranges of a line's clauses that say a skill is not wanted ("No Java needed") or
 * that are legal boilerplate, which asks for no skill ("… accommodation under the ADA").
 */
const negatedRanges = (line: string) =>
  clauseRanges(line).filter(([start, end]) =>
    [...NEGATED, BOILERPLATE].some((pattern) => pattern.test(line.slice(start, end))),
  );

interface PostingSkill {
  name: string;
  required: boolean;
  count: number;
  index: number;
}

/**
 * Skills the posting names, each marked required unless every mention of it is a
 * nice-to-have. The title line is left out: the title is compared on its own ("DevOps
 * Engineer" names the role, not a skill to show).
 */
export function postingSkills(text: string, titleLine: string | null = null): PostingSkill[] {
  const lines = text.split("\n").map((line) => {
    const trimmed = line.trim();
    return titleLine && trimmed.startsWith(titleLine) ? line.replace(titleLine, " ".repeat(titleLine.length)) : line;
  });
  // Found in the whole text, so a name a pasted posting wraps ("Red Hat\nEnterprise Linux") is
  // one name; each hit belongs to the line it starts on.
  const allHits = findSkills(lines.join("\n"));
  const skills = new Map<string, PostingSkill>();
  let preferredSection = false;
  let offset = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    const hits = allHits
      .filter((hit) => hit.index >= offset && hit.index < offset + line.length + 1)
      .map((hit) => ({ ...hit, index: hit.index - offset }));
    // A heading is a short line that names no skill ("Bonus points if you have used"); "Bonus: Jest" opens a section too.
    const heading = hits.length === 0 && words(trimmed).length <= cues.heading_max_words;
    if ((heading && PREFERRED_HEADING.test(trimmed)) || /^(?:bonus|nice to have)\s*:/iu.test(trimmed))
      preferredSection = true;
    else if (heading && REQUIRED_HEADING.test(trimmed)) preferredSection = false;
    // "Nice to have: …" makes the line preferred; "…; Kafka is a plus" only its own clause.
    const preferredLine = preferredSection || PREFERRED_HEADING.test(trimmed);
    const preferredClauses = clauseRanges(line).filter(([start, end]) => PREFERRED_LINE.test(line.slice(start, end)));
    const negated = negatedRanges(line);
    for (const hit of hits) {
      if (negated.some(([start, end]) => hit.index >= start && hit.index < end)) continue;
      const preferred = preferredLine || preferredClauses.some(([start, end]) => hit.index >= start && hit.index < end);
      const existing = skills.get(hit.skill);
      if (existing) {
        existing.count += 1;
        existing.required ||= !preferred;
      } else {
        skills.set(hit.skill, { name: hit.skill, required: !preferred, count: 1, index: offset + hit.index });
      }
    }
    offset += line.length + 1;
  }
  return [...skills.values()].sort((a, b) => Number(b.required) - Number(a.required) || a.index - b.index);
}

// ---------------------------------------------------------------------------
// Evidence in the resume
// ---------------------------------------------------------------------------

const WORK_KINDS = new Set<SectionKind | "header">(["experience", "projects"]);

/** A line that shows or names a skill; `via` is the skill written there that implies it (PyTorch for Python). */
interface Sighting {
  line: string;
  via: string | null;
}

interface Evidence {
  /** Skill → the first line of a job or project that shows it (one naming it outright first). */
  shown: Map<string, Sighting>;
  /** Every line of the jobs and projects. */
  shownLines: string[];
  /** Skill → the first line elsewhere that names it. */
  listed: Map<string, Sighting>;
}

function note(map: Map<string, Sighting>, text: string, list: boolean) {
  for (const hit of findSkills(text, { list, withImplied: true })) {
    const seen = map.get(hit.skill);
    if (!seen || (seen.via !== null && hit.impliedBy === null)) map.set(hit.skill, { line: text, via: hit.impliedBy });
  }
}

/** What the resume shows in its work (job titles and bullets, projects) and what it only names. */
export function resumeEvidence(resume: ParsedResume): Evidence {
  const shown = new Map<string, Sighting>();
  const listed = new Map<string, Sighting>();
  const shownLines = [
    ...resume.experience.flatMap((job) => [job.title ?? "", ...job.bullets]),
    ...resume.projects.flatMap((project) => [project.name ?? "", project.description ?? "", ...project.bullets]),
  ].filter(Boolean);
  for (const line of shownLines) note(shown, line, false);
  for (const skill of resume.skills) note(listed, skill, true);
  for (const line of resume.certifications) note(listed, line, false);
  if (resume.summary) note(listed, resume.summary, false);
  for (const section of resume.sections) {
    if (WORK_KINDS.has(section.kind)) continue;
    for (const line of section.lines) note(listed, line, section.kind === "skills");
  }
  for (const skill of shown.keys()) listed.delete(skill);
  return { shown, shownLines, listed };
}

/** A skills-list entry is evidenced when a job or project shows each skill in it (or, for words we do not know as skills, each word). */
function isEvidenced(entry: string, evidence: Evidence, shownStems: Set<string>): boolean {
  const skills = findSkills(entry, { list: true });
  if (skills.length > 0) return skills.every((hit) => evidence.shown.has(hit.skill));
  const entryStems = words(entry.toLowerCase())
    .filter((word) => word.length >= 3)
    .map(stem);
  return entryStems.length > 0 && entryStems.every((key) => shownStems.has(key));
}

function stuffingFinding(resume: ParsedResume, evidence: Evidence): Finding | null {
  const entries = [...new Set(resume.skills.map((skill) => skill.trim()).filter(Boolean))];
  const shownStems = new Set([...evidence.shownLines].flatMap((line) => words(line.toLowerCase()).map(stem)));
  const evidenced = entries.filter((entry) => isEvidenced(entry, evidence, shownStems)).length;
  if (
    entries.length - evidenced < STUFFING_MIN_UNEVIDENCED ||
    evidenced / entries.length >= STUFFING_MAX_EVIDENCED_SHARE
  )
    return null;
  return {
    ruleId: "match.stuffing",
    what: `The skills section lists ${plural(entries.length, "skill")}, but only ${evidenced} of them ${evidenced === 1 ? "appears" : "appear"} in your jobs or projects`,
    where: resume.skills.slice(0, 8).join(", "),
    why: "A long keyword list with no evidence reads as keyword stuffing to recruiters, and some ATS rank it down. Skills that are only listed do not count toward this match.",
    fix: "Keep the skills you can back up, and name each in a bullet that says what you did with it.",
    points: STUFFING_PENALTY,
    link: null,
  };
}

// ---------------------------------------------------------------------------

export function matchJob(
  resume: ParsedResume,
  jobDescription: string,
  targetRole?: string,
  today: Date = new Date(),
): JobMatch {
  const { text, notice } = trimJobDescription(jobDescription);
  const evidence = resumeEvidence(resume);
  const postedTitle = findJobTitle(text);
  const keywords: KeywordMatch[] = postingSkills(text, postedTitle).map((skill) => {
    const shown = evidence.shown.get(skill.name);
    const listed = evidence.listed.get(skill.name);
    return {
      keyword: skill.name,
      kind: "skill",
      importance: skill.required ? "required" : "preferred",
      evidence: shown ? "shown" : listed ? "listed" : "missing",
      where: (shown ?? listed)?.line ?? null,
      via: (shown ?? listed)?.via ?? null,
    };
  });
  const weightOf = (keyword: KeywordMatch) => (keyword.importance === "required" ? REQUIRED_WEIGHT : PREFERRED_WEIGHT);
  const totalWeight = keywords.reduce((sum, keyword) => sum + weightOf(keyword), 0);
  const shownWeight = keywords
    .filter((keyword) => keyword.evidence === "shown")
    .reduce((sum, keyword) => sum + weightOf(keyword), 0);
  const namedWeight = keywords
    .filter((keyword) => keyword.evidence !== "missing")
    .reduce((sum, keyword) => sum + weightOf(keyword), 0);

  const jobTitle = targetRole?.trim() || postedTitle;
  const personTitles = resume.experience.map((job) => job.title).filter((title): title is string => Boolean(title));
  const titles = compareTitles(jobTitle, personTitles);
  const stuffing = stuffingFinding(resume, evidence);
  const keywordShare = totalWeight === 0 ? 0 : shownWeight / totalWeight;
  const raw = (100 - TITLE_POINTS) * keywordShare + (titles.matched ? TITLE_POINTS : 0) - (stuffing?.points ?? 0);
  const notices = [
    ...(notice ? [notice] : []),
    ...(keywords.length === 0
      ? ["No skills from our list of technologies were found in the job description, so only the title was compared."]
      : []),
  ];
  const named = (kind: KeywordMatch["evidence"]) =>
    keywords.filter((keyword) => keyword.evidence === kind).map((keyword) => keyword.keyword);
  return {
    score: Math.max(0, Math.min(100, Math.round(raw))),
    coverage: totalWeight === 0 ? 0 : Math.round((100 * namedWeight) / totalWeight),
    jobTitle,
    resumeTitle: titles.title,
    titleMatched: titles.matched,
    titleVerdict: titles.verdict,
    level: titles.level,
    keywords,
    matched: named("shown"),
    weak: named("listed"),
    missing: named("missing"),
    stuffing,
    notices,
    knockouts: knockoutQuestions(text, resume, today),
  };
}
