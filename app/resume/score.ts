// The scoring rules. Deterministic: the same parsed resume always gets the same score,
// and every point lost is a finding that says what, where, why and how to fix it. The
// points, thresholds, caps and texts are data (data/rules.json); this file is the logic
// that decides when each rule fires. Changing the data means bumping its version (a test
// holds the data's hash), so stored reports say which rules scored them and compareScans
// can tell a rule change from a resume change.
import { monthsBetweenJobs, parseMonth, describeSpan } from "~/calendar/months";
import { formatShortMonthYear } from "~/format";
import rulesData from "./data/rules.json";
import { DATE_STYLE_LABELS, findDates, monthIndex } from "./dates.ts";
import { FIRST_PERSON, verbForm, WEAK_OPENERS, type VerbForm } from "./lexicon.ts";
import { plural } from "./plural.ts";
import { findMisspelledTerms } from "./skills.ts";
import { wordCount, words } from "./text.ts";
import type {
  DateStyle,
  ExperienceEntry,
  Finding,
  Gate,
  GateId,
  Layout,
  ParsedResume,
  ResumeScore,
  ScoreCategory,
  ScoreCategoryId,
} from "./types.ts";

interface RuleText {
  [key: string]: string | number | { href: string; label: string } | undefined;
  link?: { href: string; label: string };
}

const RULES = rulesData.rules as Record<string, RuleText>;
const T = rulesData.thresholds;
const CAPS = rulesData.caps as Record<string, number>;
const CATEGORIES = rulesData.categories as { id: ScoreCategoryId; label: string; max: number }[];

export const RULESET_VERSION: string = rulesData.version;

/** A rule's text or number from the data, with {placeholders} filled. */
function text(ruleId: string, key: string, values: Record<string, string | number> = {}): string {
  const template = RULES[ruleId]?.[key];
  if (typeof template !== "string") throw new Error(`rules.json: ${ruleId}.${key} is missing`);
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? `{${name}}`));
}

function points(ruleId: string, key = "points"): number {
  const value = RULES[ruleId]?.[key];
  if (typeof value !== "number") throw new Error(`rules.json: ${ruleId}.${key} is missing`);
  return value;
}

/** A finding of a rule from the data: `variant` picks keys like what_short / why_short. */
function ruleFinding(
  ruleId: string,
  where: string | null,
  values: Record<string, string | number> = {},
  options: { variant?: string; pointsKey?: string } = {},
): Finding {
  const pick = (key: string) =>
    options.variant && RULES[ruleId]?.[`${key}_${options.variant}`] !== undefined ? `${key}_${options.variant}` : key;
  return {
    ruleId,
    what: text(ruleId, pick("what"), values),
    where,
    why: text(ruleId, pick("why"), values),
    fix: text(ruleId, pick("fix"), values),
    points: points(ruleId, options.pointsKey ?? "points"),
    link: RULES[ruleId]?.link ?? null,
  };
}

const MIN_CHARS_PER_PAGE = T.minCharsPerPage;

/** Gives the first findings their points until `max` is used up; the rest cost nothing more. */
function capped(findings: Finding[], max: number): Finding[] {
  let left = max;
  return findings.map((item) => {
    const points = Math.min(item.points, left);
    left -= points;
    return { ...item, points };
  });
}

const entryName = (entry: ExperienceEntry) =>
  [entry.title, entry.company].filter(Boolean).join(", ") || entry.header || "an entry";

// ---------------------------------------------------------------------------
// Contact
// ---------------------------------------------------------------------------

function contactFindings(resume: ParsedResume): Finding[] {
  const { contact } = resume;
  const missing: [boolean, string][] = [
    [!contact.fullName, "contact.name"],
    [!contact.email, "contact.email"],
    [!contact.phone, "contact.phone"],
    [!contact.location, "contact.location"],
    [!contact.linkedin, "contact.linkedin"],
  ];
  return missing.filter(([isMissing]) => isMissing).map(([, ruleId]) => ruleFinding(ruleId, null));
}

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

function sectionFindings(resume: ParsedResume): Finding[] {
  const kinds = new Set(resume.sections.map((section) => section.kind));
  const findings = (["experience", "education", "skills"] as const)
    .filter((kind) => !kinds.has(kind))
    .map((kind) => ruleFinding(`sections.${kind}`, null));
  const unknown = resume.sections
    .filter((section) => section.kind === "other")
    .map((section) => ruleFinding("sections.nonstandard", section.name, { heading: section.name }));
  return [...findings, ...capped(unknown, CAPS["sections.nonstandard"])];
}

// ---------------------------------------------------------------------------
// Jobs
// ---------------------------------------------------------------------------

const isInternship = (entry: ExperienceEntry) =>
  /\b(?:intern|internship|co-?op|trainee|apprentice)\b/iu.test(entry.title ?? entry.header);

interface Period {
  first: number;
  last: number;
}

const monthNumber = (value: string | null, today: number): number | null => {
  if (value === "present") return today;
  const month = value ? parseMonth(value) : null;
  return month ? month.year * 12 + month.month - 1 : null;
};

const monthLabel = (index: number) => formatShortMonthYear(Math.floor(index / 12), (index % 12) + 1);

/**
 * Time between jobs that nothing on the resume accounts for. Every dated job counts
 * (concurrent roles, part-time research, internships) and so does study; the time between
 * two internships is a student's, not a gap. Year-only dates cannot say, so they are skipped.
 */
function gapFindings(resume: ParsedResume): Finding[] {
  const today = resume.experience.reduce(
    (latest, job) => Math.max(latest, monthNumber(job.start, 0) ?? 0, monthNumber(job.end, 0) ?? 0),
    0,
  );
  const jobs = resume.experience
    .map((entry) => ({ entry, first: monthNumber(entry.start, today), last: monthNumber(entry.end, today) }))
    .filter(
      (job): job is { entry: ExperienceEntry; first: number; last: number } =>
        job.first !== null && job.last !== null && job.last >= job.first,
    )
    .sort((a, b) => a.first - b.first);
  const study: Period[] = resume.education
    .map((entry) => ({ first: monthNumber(entry.start, today), last: monthNumber(entry.end, today) }))
    .filter((period): period is Period => period.first !== null && period.last !== null);
  const accounted = (month: number) => study.some((period) => month >= period.first && month <= period.last);
  const findings: Finding[] = [];
  let latest = jobs[0];
  for (const job of jobs.slice(1)) {
    if (latest && job.first > latest.last + 1 && !(isInternship(latest.entry) && isInternship(job.entry))) {
      const open: number[] = [];
      for (let month = latest.last + 1; month < job.first; month++) if (!accounted(month)) open.push(month);
      const months = monthsBetweenJobs(
        { year: Math.floor(latest.last / 12), month: (latest.last % 12) + 1 },
        { year: Math.floor(job.first / 12), month: (job.first % 12) + 1 },
      );
      if (open.length > T.gapMonths && months > T.gapMonths) {
        const span = describeSpan(open.length);
        findings.push(
          ruleFinding(
            "experience.gap",
            text("experience.gap", "where", { earlier: entryName(latest.entry), later: entryName(job.entry) }),
            {
              span: span.charAt(0).toUpperCase() + span.slice(1),
              from: monthLabel(open[0]),
              to: monthLabel(open[open.length - 1]),
            },
          ),
        );
      }
    }
    if (!latest || job.last >= latest.last) latest = job;
  }
  return capped(findings, CAPS["experience.gap"]);
}

function experienceFindings(resume: ParsedResume): Finding[] {
  const jobs = resume.experience;
  if (jobs.length === 0) return [ruleFinding("experience.none", null)];
  const fields: Finding[] = [];
  for (const job of jobs) {
    if (!job.title) fields.push(ruleFinding("experience.title", job.header));
    if (!job.company) fields.push(ruleFinding("experience.company", job.header));
    if (!job.start)
      fields.push(
        ruleFinding(
          "experience.dates",
          job.header,
          { dates: job.dates ?? "" },
          { variant: job.dates ? "unreadable" : undefined },
        ),
      );
  }
  const findings = capped(fields, CAPS["experience.fields"]);
  const starts = jobs.map((job) => monthIndex(job.start));
  const outOfOrder = jobs.find((job, i) => {
    const start = starts[i];
    return start !== null && starts.slice(0, i).some((earlier) => earlier !== null && earlier < start);
  });
  if (outOfOrder) findings.push(ruleFinding("experience.order", outOfOrder.header));
  return [...findings, ...gapFindings(resume)];
}

// ---------------------------------------------------------------------------
// Bullets
// ---------------------------------------------------------------------------

const NUMBER = /\d|%|\$|€|£|\b(?:doubled|tripled|halved|quadrupled|twice)\b/iu;

export function weakOpener(bullet: string): string | null {
  const lower = bullet.toLowerCase();
  return WEAK_OPENERS.find((opener) => lower === opener || lower.startsWith(`${opener} `)) ?? null;
}

export function firstWord(bullet: string): string {
  return words(bullet)[0] ?? "";
}

const looksPast = (word: string) => verbForm(word)?.form === "past" || /^\p{Ll}[\p{Ll}-]+ed$/u.test(word);

/**
 * The action verb a bullet opens with, after a first-person "I"/"We" (a rule of its own).
 * "Research integrated into …" opens with a noun (the next word is the verb), so it has none.
 */
export function leadingVerb(bullet: string): VerbForm | null {
  const [first = "", second = ""] = words(bullet.replace(/^(?:I|We)\s+/u, ""));
  const form = verbForm(first);
  if (form && form.form !== "past" && looksPast(second)) return null;
  if (form) return form;
  return /^\p{Lu}[\p{Ll}-]+ed$/u.test(first) ? { base: first.toLowerCase(), form: "past" } : null;
}

function startsWithActionVerb(bullet: string): boolean {
  return leadingVerb(bullet) !== null;
}

export function isQuantified(bullet: string): boolean {
  return NUMBER.test(bullet);
}

function bulletFindings(resume: ParsedResume): Finding[] {
  const jobs = resume.experience;
  const counts: Finding[] = [];
  const weak: Finding[] = [];
  const noVerb: Finding[] = [];
  const firstPerson: Finding[] = [];
  const lengths: Finding[] = [];
  const tense: Finding[] = [];
  for (const job of jobs) {
    const n = job.bullets.length;
    if (n < T.minBullets || n > T.maxBullets) {
      const few = n < T.minBullets;
      counts.push({
        ...ruleFinding(
          "bullets.count",
          job.header,
          { count: n },
          { variant: few ? "few" : "many", pointsKey: n === 0 ? "points_none" : "points" },
        ),
        what: text("bullets.count", n === 0 ? "what_none" : n === 1 ? "what_one" : "what", { count: n }),
      });
    }
    const past = job.end !== null && job.end !== "present";
    const forms = new Set<string>();
    for (const bullet of job.bullets) {
      const opener = weakOpener(bullet);
      if (opener) weak.push(ruleFinding("bullets.weak-opener", bullet, { opener: bullet.slice(0, opener.length) }));
      else if (!startsWithActionVerb(bullet))
        noVerb.push(ruleFinding("bullets.action-verb", bullet, { word: firstWord(bullet) }));
      if (FIRST_PERSON.test(bullet)) firstPerson.push(ruleFinding("bullets.first-person", bullet));
      const count = wordCount(bullet);
      if (count < T.minBulletWords || count > T.maxBulletWords) {
        lengths.push(
          ruleFinding(
            "bullets.length",
            bullet,
            { count: plural(count, "word") },
            { variant: count < T.minBulletWords ? "short" : "long" },
          ),
        );
      }
      const form = leadingVerb(bullet)?.form;
      if (form) forms.add(form === "third_person" ? "base" : form);
      if (past && (form === "base" || form === "third_person"))
        tense.push(ruleFinding("bullets.tense", bullet, { word: firstWord(bullet) }));
    }
    if (!past && forms.has("base") && forms.has("past"))
      tense.push(ruleFinding("bullets.tense", job.header, {}, { variant: "mixed" }));
  }
  const all = jobs.flatMap((job) => job.bullets);
  const quantified = all.filter(isQuantified).length;
  const share = all.length === 0 ? 1 : quantified / all.length;
  const numbers: Finding[] =
    share < T.quantifiedShare
      ? [
          ruleFinding(
            "bullets.quantified",
            all.find((bullet) => !isQuantified(bullet)) ?? null,
            // "Only 1 of 8 bullets (13%) contains", "Only 2 of 6 bullets (33%) contain".
            {
              quantified,
              total: `${plural(all.length, "bullet")} (${Math.round(share * 100)}%)`,
              verb: quantified === 1 ? "contains" : "contain",
            },
            { pointsKey: share < T.quantifiedLowShare ? "points_low" : "points" },
          ),
        ]
      : [];
  return [
    ...capped(counts, CAPS["bullets.count"]),
    ...capped(weak, CAPS["bullets.weak-opener"]),
    ...capped(noVerb, CAPS["bullets.action-verb"]),
    ...capped(firstPerson, CAPS["bullets.first-person"]),
    ...numbers,
    ...capped(lengths, CAPS["bullets.length"]),
    ...capped(tense, CAPS["bullets.tense"]),
  ];
}

// ---------------------------------------------------------------------------
// Length
// ---------------------------------------------------------------------------

function lengthFindings(pages: number, wordTotal: number): Finding[] {
  const findings: Finding[] = [];
  if (pages > T.maxPages) {
    findings.push(
      ruleFinding(
        "length.pages",
        null,
        { pages: plural(pages, "page") },
        { pointsKey: pages === T.maxPages + 1 ? "points" : "points_many" },
      ),
    );
  }
  if (wordTotal < T.minWords || wordTotal > T.maxWords) {
    const short = wordTotal < T.minWords;
    const pointsKey =
      wordTotal < T.veryFewWords
        ? "points_very_short"
        : wordTotal > T.veryManyWords
          ? "points_very_long"
          : short
            ? "points_short"
            : "points_long";
    findings.push(
      ruleFinding(
        "length.words",
        null,
        { words: plural(wordTotal, "word") },
        { variant: short ? "short" : "long", pointsKey },
      ),
    );
  }
  return findings;
}

// ---------------------------------------------------------------------------
// Spelling and consistency
// ---------------------------------------------------------------------------

function isAllCapsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase();
}

function consistencyFindings(resume: ParsedResume, lines: string[]): Finding[] {
  const spelling: Finding[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (isAllCapsLine(line)) continue;
    for (const { written, correct } of findMisspelledTerms(line)) {
      if (seen.has(written)) continue;
      seen.add(written);
      spelling.push(ruleFinding("consistency.spelling", line, { written, correct }));
    }
  }
  const styles = new Map<DateStyle, string>();
  for (const entry of [...resume.experience, ...resume.education]) {
    const found = entry.dates ? findDates(entry.dates) : null;
    for (const date of [found?.start, found?.end]) {
      if (date && date.style !== "present" && date.style !== "year" && !styles.has(date.style))
        styles.set(date.style, entry.header);
    }
  }
  const dates =
    styles.size > 1
      ? [
          ruleFinding("consistency.dates", [...styles.values()].join(" / "), {
            count: styles.size,
            formats: [...styles.keys()].map((style) => DATE_STYLE_LABELS[style]).join(", "),
          }),
        ]
      : [];
  return [...capped(spelling, CAPS["consistency.spelling"]), ...dates];
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

function layoutFindings(layout: Layout): Finding[] {
  const findings: Finding[] = [];
  const tablePage = layout.pages.find((page) => page.tableRows >= T.tableRows);
  if (tablePage) {
    const where = layout.lines.find((line) => line.page === tablePage.page && line.segments.length >= 3)?.text ?? null;
    findings.push(ruleFinding("layout.table", where, { page: tablePage.page }));
  }
  if (layout.iconChars > 0)
    findings.push(ruleFinding("layout.icons", null, { count: plural(layout.iconChars, "icon symbol") }));
  const imagePage = layout.pages.find(
    (page) => page.chars >= MIN_CHARS_PER_PAGE && page.imageCoverage >= T.imageCoverage,
  );
  if (imagePage)
    findings.push(
      ruleFinding("layout.image", null, { percent: Math.round(imagePage.imageCoverage * 100), page: imagePage.page }),
    );
  return findings;
}

// ---------------------------------------------------------------------------
// Gates
// ---------------------------------------------------------------------------

/**
 * Share of mixed- or lower-case Latin words without a vowel: near zero in any language
 * written in Latin script, high when a font maps glyphs to the wrong letters.
 */
function vowellessShare(text: string, minWords: number): number {
  const latinWords = (text.match(/\b[a-zA-Z]{4,}\b/gu) ?? []).filter((word) => word !== word.toUpperCase());
  if (latinWords.length < minWords) return 0;
  return latinWords.filter((word) => !/[aeiouy]/iu.test(word)).length / latinWords.length;
}

const looksGarbled = (line: string) => line.includes("\ufffd") || vowellessShare(line, 3) > 0.5;

export function needsOcr(layout: Layout): boolean {
  return layout.pages.length > 0 && layout.pages.every((page) => page.chars < MIN_CHARS_PER_PAGE);
}

const GATES = rulesData.gates as Record<
  GateId,
  { cap: number; what: string; why: string; fix: string; where?: string }
>;

function gate(id: GateId, where: string | null, values: Record<string, string | number> = {}): Gate {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? `{${name}}`));
  const data = GATES[id];
  return { id, cap: data.cap, what: fill(data.what), where, why: fill(data.why), fix: fill(data.fix) };
}

const pageList = (pages: number[]) =>
  `${pages.length === 1 ? "Page" : "Pages"} ${pages.join(", ")} ${pages.length === 1 ? "is" : "are"}`;

function gates(layout: Layout, text: string): Gate[] {
  if (needsOcr(layout)) return [gate("needs_ocr", null)];
  const found: Gate[] = [];
  const imagePages = layout.pages.filter(
    (page) => page.chars < MIN_CHARS_PER_PAGE && page.imageCoverage >= T.imagePageCoverage,
  );
  if (imagePages.length > 0)
    found.push(gate("images_of_text", null, { pages: pageList(imagePages.map((page) => page.page)) }));
  const garbledShare = layout.garbledChars / Math.max(1, layout.textChars + layout.garbledChars);
  if (garbledShare > T.garbledShare || vowellessShare(text, 20) > T.vowellessShare) {
    found.push(gate("garbled_text", text.split("\n").find(looksGarbled) ?? null));
  }
  const columnPages = layout.pages.filter((page) => page.kind === "columns");
  if (columnPages.length > 0) {
    const first = columnPages[0].page;
    const [left, right] = (["left", "right"] as const).map(
      (column) => layout.lines.find((line) => line.page === first && line.column === column)?.text ?? "",
    );
    const where = GATES.multi_column.where!.replace("{left}", left).replace("{right}", right);
    found.push(gate("multi_column", where, { pages: pageList(columnPages.map((page) => page.page)) }));
  }
  return found;
}

export interface ScoreInput {
  layout: Layout;
  parsed: ParsedResume;
  /** Reading-order text, for the garbled-text check. */
  text: string;
  words: number;
}

export function scoreResume({ layout, parsed, text, words: wordTotal }: ScoreInput): ResumeScore {
  const gateList = gates(layout, text);
  if (gateList.some((gate) => gate.id === "needs_ocr")) {
    return { total: 0, max: 100, uncapped: 0, version: RULESET_VERSION, items: [], gates: gateList };
  }
  const lines = text.split("\n");
  const findingsByCategory: Record<ScoreCategoryId, Finding[]> = {
    contact: contactFindings(parsed),
    sections: sectionFindings(parsed),
    experience: experienceFindings(parsed),
    bullets: bulletFindings(parsed),
    length: lengthFindings(layout.pageCount, wordTotal),
    consistency: consistencyFindings(parsed, lines),
    layout: layoutFindings(layout),
  };
  const items: ScoreCategory[] = CATEGORIES.map(({ id, label, max }) => {
    const findings = capped(findingsByCategory[id], max);
    const lost = findings.reduce((sum, item) => sum + item.points, 0);
    return { id, label, max, points: max - lost, findings };
  });
  const uncapped = items.reduce((sum, item) => sum + item.points, 0);
  const cap = Math.min(100, ...gateList.map((gate) => gate.cap));
  return { total: Math.min(uncapped, cap), max: 100, uncapped, version: RULESET_VERSION, items, gates: gateList };
}
