// The scoring rules. Deterministic: the same parsed resume always gets the same score,
// and every point lost is a finding that says what, where, why and how to fix it.
// Change a rule's points or thresholds → bump RULESET_VERSION, so stored reports can say
// which rules scored them and compareScans can tell a rule change from a resume change.
import { DATE_STYLE_LABELS, findDates, monthIndex } from "./dates.ts";
import { FIRST_PERSON, verbForm, WEAK_OPENERS, type VerbForm } from "./lexicon.ts";
import { findMisspelledTerms } from "./skills.ts";
import { wordCount, words } from "./text.ts";
import type {
  DateStyle,
  ExperienceEntry,
  Finding,
  Gate,
  Layout,
  ParsedResume,
  ResumeScore,
  ScoreCategory,
  ScoreCategoryId,
} from "./types.ts";

export const RULESET_VERSION = "ats-rules-1";

const LAYOFF_WRITER_LINK = { href: "/toolkit/layoff", label: "Explain the gap with the layoff-explanation writer" };

const CATEGORIES: { id: ScoreCategoryId; label: string; max: number }[] = [
  { id: "contact", label: "Contact details", max: 10 },
  { id: "sections", label: "Standard sections", max: 10 },
  { id: "experience", label: "Jobs: titles, employers, dates", max: 20 },
  { id: "bullets", label: "Bullet points", max: 30 },
  { id: "length", label: "Length", max: 10 },
  { id: "consistency", label: "Spelling and consistency", max: 10 },
  { id: "layout", label: "Layout an ATS can read", max: 10 },
];

/** Pages with less text than this are treated as images of text. */
const MIN_CHARS_PER_PAGE = 100;
const GARBLED_SHARE = 0.02;
const VOWELLESS_SHARE = 0.35;
const GAP_MONTHS = 6;

type Draft = Omit<Finding, "link"> & { link?: Finding["link"] };

const finding = (draft: Draft): Finding => ({ ...draft, link: draft.link ?? null });

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
  const missing: [boolean, Draft][] = [
    [
      !contact.fullName,
      {
        ruleId: "contact.name",
        what: "No name found at the top of the resume",
        where: null,
        why: "An ATS files the application under the name it reads first; without one, recruiters search for you in vain.",
        fix: "Put your full name alone on the first line, as plain text (not in a page header, image or text box).",
        points: 3,
      },
    ],
    [
      !contact.email,
      {
        ruleId: "contact.email",
        what: "No e-mail address found",
        where: null,
        why: "Recruiters reply by e-mail, and an ATS needs the address to create your candidate record.",
        fix: "Add your e-mail address near your name, written out in full (not only behind an icon or link).",
        points: 3,
      },
    ],
    [
      !contact.phone,
      {
        ruleId: "contact.phone",
        what: "No phone number found",
        where: null,
        why: "Many recruiters screen by phone first, and some ATS forms require a number.",
        fix: "Add a phone number with its country code, for example +1 415 555 0100.",
        points: 2,
      },
    ],
    [
      !contact.location,
      {
        ruleId: "contact.location",
        what: "No location (city and state or country) found",
        where: null,
        why: "Recruiters filter candidates by location, and an ATS can only match what it can read.",
        fix: 'Add your city and state or country, for example "Austin, TX" or "Berlin, Germany" (or "Remote").',
        points: 1,
      },
    ],
    [
      !contact.linkedin,
      {
        ruleId: "contact.linkedin",
        what: "No LinkedIn profile found",
        where: null,
        why: "Recruiters check LinkedIn to confirm your history; a link saves them a search.",
        fix: "Add your profile address, for example linkedin.com/in/your-name.",
        points: 1,
      },
    ],
  ];
  return missing.filter(([isMissing]) => isMissing).map(([, draft]) => finding(draft));
}

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

function sectionFindings(resume: ParsedResume): Finding[] {
  const kinds = new Set(resume.sections.map((section) => section.kind));
  const required: [string, "experience" | "education" | "skills", number, string][] = [
    ["Experience", "experience", 4, "An ATS maps jobs from the section it recognises as experience; without it your jobs may not be imported."],
    ["Education", "education", 3, "Degrees are imported from the education section, and many searches filter on them."],
    ["Skills", "skills", 3, "A skills section is where ATS keyword searches look first."],
  ];
  const findings = required
    .filter(([, kind]) => !kinds.has(kind))
    .map(([name, kind, points, why]) =>
      finding({
        ruleId: `sections.${kind}`,
        what: `No "${name}" section found`,
        where: null,
        why,
        fix: `Add a section headed "${name}", with the heading on its own line in the same style as your other headings.`,
        points,
      }),
    );
  const unknown = resume.sections
    .filter((section) => section.kind === "other")
    .map((section) =>
      finding({
        ruleId: "sections.nonstandard",
        what: `The heading "${section.name}" is not one ATS parsers know`,
        where: section.name,
        why: "An ATS sorts content by known headings; under an unknown one, it may be ignored or filed in the wrong place.",
        fix: "Rename it to a standard heading (Summary, Experience, Education, Skills, Projects, Certifications, Awards) or move its content under one.",
        points: 1,
      }),
    );
  return [...findings, ...capped(unknown, 3)];
}

// ---------------------------------------------------------------------------
// Jobs
// ---------------------------------------------------------------------------

function coveredByEducation(resume: ParsedResume, fromMonth: number, toMonth: number): number {
  let uncovered = 0;
  for (let month = fromMonth; month <= toMonth; month++) {
    const studying = resume.education.some((entry) => {
      const start = monthIndex(entry.start);
      const end = monthIndex(entry.end);
      return start !== null && end !== null && month >= start && month <= end;
    });
    if (!studying) uncovered += 1;
  }
  return uncovered;
}

function gapFindings(resume: ParsedResume): Finding[] {
  const dated = resume.experience
    .map((entry) => ({ entry, start: monthIndex(entry.start), end: monthIndex(entry.end) }))
    .filter((job): job is { entry: ExperienceEntry; start: number; end: number } => job.start !== null && job.end !== null)
    .sort((a, b) => a.start - b.start);
  const findings: Finding[] = [];
  let latestEnd = dated[0]?.end ?? 0;
  let latestJob = dated[0]?.entry;
  for (const job of dated.slice(1)) {
    const uncovered = job.start - latestEnd > 1 ? coveredByEducation(resume, latestEnd + 1, job.start - 1) : 0;
    if (uncovered > GAP_MONTHS && latestJob) {
      findings.push(
        finding({
          ruleId: "experience.gap",
          what: `A gap of about ${uncovered} months between jobs`,
          where: `After "${entryName(latestJob)}" (ended ${latestJob.end}) and before "${entryName(job.entry)}" (started ${job.entry.start})`,
          why: "Recruiters notice unexplained gaps over six months and may assume the worst.",
          fix: "Add one honest line about the gap (a layoff, caregiving, study, a project) — the layoff-explanation writer can help you word it.",
          points: 2,
          link: LAYOFF_WRITER_LINK,
        }),
      );
    }
    if (job.end >= latestEnd) {
      latestEnd = job.end;
      latestJob = job.entry;
    }
  }
  return capped(findings, 4);
}

function experienceFindings(resume: ParsedResume): Finding[] {
  const jobs = resume.experience;
  if (jobs.length === 0) {
    return [
      finding({
        ruleId: "experience.none",
        what: "No jobs could be read",
        where: null,
        why: "If the ATS cannot split your experience into jobs, recruiters see an empty work history.",
        fix: 'Under an "Experience" heading, give each job a line with title, employer and dates ("Software Engineer, Acme Corp — Jan 2020 – Mar 2023"), then its bullets.',
        points: 12,
      }),
    ];
  }
  const fields: Finding[] = [];
  for (const job of jobs) {
    if (!job.title) {
      fields.push(
        finding({
          ruleId: "experience.title",
          what: "No job title found for this job",
          where: job.header,
          why: "ATS searches match on job titles first; a job without one rarely comes up.",
          fix: "Write the title on the job's first line, separated from the employer by a comma or a dash.",
          points: 2,
        }),
      );
    }
    if (!job.company) {
      fields.push(
        finding({
          ruleId: "experience.company",
          what: "No employer found for this job",
          where: job.header,
          why: "Without the employer an ATS cannot build your work history, and recruiters cannot verify it.",
          fix: "Write the employer's name on the job's first line, next to the title.",
          points: 2,
        }),
      );
    }
    if (!job.start) {
      fields.push(
        finding({
          ruleId: "experience.dates",
          what: job.dates ? `The dates "${job.dates}" cannot be read as a start and end` : "No dates found for this job",
          where: job.header,
          why: "An ATS computes your years of experience from these dates; unreadable dates count as zero.",
          fix: 'Give a start and end month for every job, like "Mar 2021 – Present".',
          points: 2,
        }),
      );
    }
  }
  const findings = capped(fields, 12);
  const starts = jobs.map((job) => monthIndex(job.start));
  const outOfOrder = jobs.find((job, i) => {
    const start = starts[i];
    return start !== null && starts.slice(0, i).some((earlier) => earlier !== null && earlier < start);
  });
  if (outOfOrder) {
    findings.push(
      finding({
        ruleId: "experience.order",
        what: "Jobs are not listed newest first",
        where: outOfOrder.header,
        why: "Recruiters and ATS expect reverse-chronological order and read the first job as your current one.",
        fix: "List your most recent job first, then each earlier one.",
        points: 3,
      }),
    );
  }
  return [...findings, ...gapFindings(resume)];
}

// ---------------------------------------------------------------------------
// Bullets
// ---------------------------------------------------------------------------

const NUMBER = /\d|%|\$|€|£|\b(?:doubled|tripled|halved|quadrupled|twice)\b/iu;
const MIN_BULLET_WORDS = 5;
const MAX_BULLET_WORDS = 35;

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
    if (n < 2 || n > 8) {
      counts.push(
        finding({
          ruleId: "bullets.count",
          what: n === 0 ? "No bullet points under this job" : n === 1 ? "Only one bullet point under this job" : `${n} bullet points under one job`,
          where: job.header,
          why: n > 8 ? "Long lists bury your best results; recruiters skim the first few." : "Without bullets, neither an ATS nor a recruiter can see what you did there.",
          fix: n > 8 ? "Keep the 4–6 strongest bullets, with numbers, and cut the rest." : "Add 3–5 bullets, each one thing you did and what it achieved.",
          points: n === 0 ? 2 : 1,
        }),
      );
    }
    const past = job.end !== null && job.end !== "present";
    const forms = new Set<string>();
    for (const bullet of job.bullets) {
      const opener = weakOpener(bullet);
      if (opener) {
        weak.push(
          finding({
            ruleId: "bullets.weak-opener",
            what: `Starts with "${bullet.slice(0, opener.length)}"`,
            where: bullet,
            why: "Duty phrases describe the job, not what you did; ATS ranking and recruiters look for actions and results.",
            fix: "Start with a strong past-tense verb for what you did (Built, Led, Reduced…) — see the suggested rewrite.",
            points: 1,
          }),
        );
      } else if (!startsWithActionVerb(bullet)) {
        noVerb.push(
          finding({
            ruleId: "bullets.action-verb",
            what: `Does not start with an action verb ("${firstWord(bullet)}")`,
            where: bullet,
            why: "Bullets that open with a verb are read as achievements and scan faster.",
            fix: "Rephrase so the first word is what you did: Designed, Shipped, Negotiated, Cut…",
            points: 1,
          }),
        );
      }
      if (FIRST_PERSON.test(bullet)) {
        firstPerson.push(
          finding({
            ruleId: "bullets.first-person",
            what: "Written in the first person",
            where: bullet,
            why: "Resume convention drops I/my; first person reads as informal and wastes space.",
            fix: 'Drop "I" and "my": "I created the tool" → "Created the tool".',
            points: 1,
          }),
        );
      }
      const count = wordCount(bullet);
      if (count < MIN_BULLET_WORDS || count > MAX_BULLET_WORDS) {
        lengths.push(
          finding({
            ruleId: "bullets.length",
            what: count < MIN_BULLET_WORDS ? `Very short bullet (${count} words)` : `Very long bullet (${count} words)`,
            where: bullet,
            why: count < MIN_BULLET_WORDS ? "A few words cannot show what you did and what came of it." : "Bullets over two lines are skimmed past; the result gets lost.",
            fix: count < MIN_BULLET_WORDS ? "Say what you did, how, and the result, in one line." : "Split it into two bullets, or cut it to the action and the result.",
            points: 1,
          }),
        );
      }
      const form = leadingVerb(bullet)?.form;
      if (form) forms.add(form === "third-person" ? "base" : form);
      if (past && (form === "base" || form === "third-person")) {
        tense.push(
          finding({
            ruleId: "bullets.tense",
            what: `Present tense ("${firstWord(bullet)}") for a job that has ended`,
            where: bullet,
            why: "Past jobs read in the past tense; mixing tenses looks careless.",
            fix: "Use the past tense for finished jobs (Manage → Managed).",
            points: 1,
          }),
        );
      }
    }
    if (!past && forms.has("base") && forms.has("past")) {
      tense.push(
        finding({
          ruleId: "bullets.tense",
          what: "Mixed present and past tense in one job",
          where: job.header,
          why: "Switching tense within a job looks careless.",
          fix: "Pick one tense for the job: present for ongoing duties, or past throughout.",
          points: 1,
        }),
      );
    }
  }
  const all = jobs.flatMap((job) => job.bullets);
  const quantified = all.filter(isQuantified).length;
  const share = all.length === 0 ? 1 : quantified / all.length;
  const numbers: Finding[] =
    share < 0.5
      ? [
          finding({
            ruleId: "bullets.quantified",
            what: `Only ${quantified} of ${all.length} bullets (${Math.round(share * 100)}%) contain a number`,
            where: all.find((bullet) => !isQuantified(bullet)) ?? null,
            why: "Numbers (%, $, time, users, team size) make results concrete; recruiters look for them first.",
            fix: 'Add the figure you actually know to each result ("by 30%", "for 2M users"); the suggestions mark where with [X].',
            points: share < 0.3 ? 6 : 3,
          }),
        ]
      : [];
  return [
    ...capped(counts, 6),
    ...capped(weak, 6),
    ...capped(noVerb, 3),
    ...capped(firstPerson, 4),
    ...numbers,
    ...capped(lengths, 4),
    ...capped(tense, 3),
  ];
}

// ---------------------------------------------------------------------------
// Length
// ---------------------------------------------------------------------------

function lengthFindings(pages: number, wordTotal: number): Finding[] {
  const findings: Finding[] = [];
  if (pages > 2) {
    findings.push(
      finding({
        ruleId: "length.pages",
        what: `${pages} pages long`,
        where: null,
        why: "Recruiters expect one page per ten years of experience, two at most outside academia; the rest is rarely read.",
        fix: "Cut older jobs to a line each and keep only bullets with results, to fit two pages.",
        points: pages === 3 ? 3 : 6,
      }),
    );
  }
  if (wordTotal < 350 || wordTotal > 1100) {
    const short = wordTotal < 350;
    findings.push(
      finding({
        ruleId: "length.words",
        what: `${wordTotal} words`,
        where: null,
        why: short ? "A thin resume gives the ATS few keywords to match and recruiters little to go on." : "Long resumes dilute your strongest points.",
        fix: short ? "Aim for 400–1000 words: 3–5 bullets per recent job and a skills section." : "Aim for 400–1000 words; trim old jobs and repeated points.",
        points: wordTotal < 200 ? 6 : wordTotal > 1600 ? 4 : short ? 3 : 2,
      }),
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
      spelling.push(
        finding({
          ruleId: "consistency.spelling",
          what: `"${written}" is spelled "${correct}"`,
          where: line,
          why: "Recruiters read misspelled tool names as carelessness, and exact-match ATS searches can miss them.",
          fix: `Write "${correct}".`,
          points: 1,
        }),
      );
    }
  }
  const styles = new Map<DateStyle, string>();
  const dated = [...resume.experience, ...resume.education];
  for (const entry of dated) {
    const found = entry.dates ? findDates(entry.dates) : null;
    for (const date of [found?.start, found?.end]) {
      if (date && date.style !== "present" && date.style !== "year" && !styles.has(date.style)) styles.set(date.style, entry.header);
    }
  }
  const dates =
    styles.size > 1
      ? [
          finding({
            ruleId: "consistency.dates",
            what: `Dates are written in ${styles.size} formats: ${[...styles.keys()].map((style) => DATE_STYLE_LABELS[style]).join(", ")}`,
            where: [...styles.values()].join(" / "),
            why: "Mixed formats look careless and some ATS misread the less common ones.",
            fix: 'Use one format everywhere, preferably month and year: "Jan 2021 – Mar 2023".',
            points: 3,
          }),
        ]
      : [];
  return [...capped(spelling, 5), ...dates];
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

function layoutFindings(layout: Layout): Finding[] {
  const findings: Finding[] = [];
  const tablePage = layout.pages.find((page) => page.tableRows >= 3);
  if (tablePage) {
    findings.push(
      finding({
        ruleId: "layout.table",
        what: `Content laid out as a table on page ${tablePage.page}`,
        where: layout.lines.find((line) => line.page === tablePage.page && line.segments.length >= 3)?.text ?? null,
        why: "Many ATS read tables cell by cell or skip them, so dates, titles and employers get separated.",
        fix: "Replace the table with plain lines: one line per item, with dates at the end of the line.",
        points: 4,
      }),
    );
  }
  if (layout.iconChars > 0) {
    findings.push(
      finding({
        ruleId: "layout.icons",
        what: `${layout.iconChars} icon symbol${layout.iconChars === 1 ? "" : "s"} cannot be read as text`,
        where: null,
        why: "Icon fonts extract as blank or private characters; an ATS sees noise where you see a phone or envelope.",
        fix: "Keep icons only next to the full written details (the address, the number), never instead of them.",
        points: 1,
      }),
    );
  }
  const imagePage = layout.pages.find((page) => page.chars >= MIN_CHARS_PER_PAGE && page.imageCoverage >= 0.25);
  if (imagePage) {
    findings.push(
      finding({
        ruleId: "layout.image",
        what: `Images cover ${Math.round(imagePage.imageCoverage * 100)}% of page ${imagePage.page}`,
        where: null,
        why: "Text inside images (charts, skill bars, logos with words) is invisible to an ATS.",
        fix: "Write anything important as text; keep images decorative.",
        points: 3,
      }),
    );
  }
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

const NEEDS_OCR_GATE: Gate = {
  id: "needs_ocr",
  cap: 0,
  what: "This PDF has no text layer: it is a scan or a picture of a resume (needs OCR)",
  where: null,
  why: "An ATS reads the text inside a PDF, not the picture of it; from this file it gets an empty resume.",
  fix: "Export the resume from the program you wrote it in (Word, Google Docs, Pages: File → Download/Save as PDF) instead of scanning or printing to an image.",
};

function gates(layout: Layout, text: string): Gate[] {
  if (needsOcr(layout)) return [NEEDS_OCR_GATE];
  const found: Gate[] = [];
  const imagePages = layout.pages.filter((page) => page.chars < MIN_CHARS_PER_PAGE && page.imageCoverage >= 0.3);
  if (imagePages.length > 0) {
    found.push({
      id: "images_of_text",
      cap: 50,
      what: `Page ${imagePages.map((page) => page.page).join(", ")} is an image with almost no readable text`,
      where: null,
      why: "Whatever is written in that image is invisible to an ATS.",
      fix: "Replace the image with real text, exported from your editor.",
    });
  }
  const garbledShare = layout.garbledChars / Math.max(1, layout.textChars + layout.garbledChars);
  if (garbledShare > GARBLED_SHARE || vowellessShare(text, 20) > VOWELLESS_SHARE) {
    found.push({
      id: "garbled_text",
      cap: 40,
      what: "Part of the text comes out as garbled characters",
      where: text.split("\n").find(looksGarbled) ?? null,
      why: "The PDF uses fonts without a character map, so an ATS reads gibberish instead of your words.",
      fix: "Export again with standard fonts embedded (in Word: Save as PDF, \"ISO 19005 (PDF/A)\"), or switch to a common font.",
    });
  }
  const columnPages = layout.pages.filter((page) => page.kind === "columns");
  if (columnPages.length > 0) {
    const first = columnPages[0].page;
    const starts = (["left", "right"] as const).map((column) => layout.lines.find((line) => line.page === first && line.column === column)?.text ?? "");
    found.push({
      id: "multi_column",
      cap: 75,
      what: `Page ${columnPages.map((page) => page.page).join(", ")} is set in two columns`,
      where: `Left column starts "${starts[0]}", right column starts "${starts[1]}"`,
      why: "Many ATS read straight across the page, mixing lines of both columns into nonsense. We read the columns in order, but not every ATS does.",
      fix: "Use a single-column layout; put skills and contact details in sections of their own instead of a sidebar.",
    });
  }
  return found;
}

// ---------------------------------------------------------------------------

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
