// Data shapes of the resume scanner. Everything here is plain JSON: a report is stored
// as JSON and rendered later, so no class instances, Dates or Maps.

// ---------------------------------------------------------------------------
// What the extraction worker returns (pdf.js output, reduced to what we use)
// ---------------------------------------------------------------------------

/** One run of text as pdf.js placed it. Page coordinates in points, origin top-left. */
export interface PdfTextItem {
  text: string;
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  width: number;
  fontSize: number;
  /** Key into PdfPage.fonts. */
  fontId: string;
}

/** A link annotation, in the same coordinates as the text. */
export interface PdfLink {
  url: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /**
   * fontId → the font's PostScript name (e.g. "ABCDEF+SourceSans3-Bold"), "" when unknown
   * (names are read only with the operator list; see extract-worker.server.mjs).
   */
  fonts: Record<string, string>;
  /** fontId → pdf.js's generic family for it ("serif", "sans-serif", "monospace") with the face's ascent and descent. */
  fontFamilies?: Record<string, string>;
  /** Link annotations; read on the first page only, where contact links are. */
  links: PdfLink[];
  /** Share of the page area painted with images, 0..1. */
  imageCoverage: number;
  /** True when the page had more text items than the worker keeps. */
  itemsTruncated: boolean;
}

export interface PdfDocument {
  /** Pages in the file; `pages` may hold fewer (the worker reads a bounded number). */
  pageCount: number;
  pages: PdfPage[];
}

// ---------------------------------------------------------------------------
// Layout: lines in reading order
// ---------------------------------------------------------------------------

/** A run of text on one line, separated from its neighbours by a wide gap. */
export interface LayoutSegment {
  text: string;
  x0: number;
  x1: number;
  fontSize: number;
  /** Most of the segment is set in a bold face. */
  bold: boolean;
  /** Its first run is bold (as an employer's name before a plain title often is). */
  startsBold: boolean;
  italic: boolean;
  /** Dates or places set in a narrow side column beside the main text. */
  aside: boolean;
}

export interface LayoutLine {
  page: number;
  y: number;
  x0: number;
  segments: LayoutSegment[];
  /** Segments joined with a tab. */
  text: string;
  fontSize: number;
  /** The line's first run is set in a bold face. */
  startsBold: boolean;
  /** Which column of a multi-column page the line belongs to. */
  column: "full" | "left" | "right";
  /** A label set in a left rail beside the text it names ("Work", "Education"). */
  label?: boolean;
  /** A field label set in a grid's rail beside this line's value, printed before it as "Label: value". */
  field?: string;
}

export type PageLayoutKind = "single" | "aside" | "columns";

export interface PageLayout {
  page: number;
  kind: PageLayoutKind;
  /** x of the gap between columns (or between main text and side column). */
  gutterX: number | null;
  /** Rows that look like table rows (three or more aligned cells). */
  tableRows: number;
  /** Readable characters on the page. */
  chars: number;
  imageCoverage: number;
}

export interface Layout {
  lines: LayoutLine[];
  pages: PageLayout[];
  /** The most common font size, weighted by characters. */
  bodyFontSize: number;
  /** Characters kept as text. */
  textChars: number;
  /** Icon-font glyphs and private-use characters (dropped from the text). */
  iconChars: number;
  /** Replacement and control characters (shown as U+FFFD): text whose font does not extract. */
  garbledChars: number;
  /** Pages in the file, including pages beyond those read. */
  pageCount: number;
}

// ---------------------------------------------------------------------------
// Parsed resume
// ---------------------------------------------------------------------------

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "certifications"
  | "projects"
  | "publications"
  | "awards"
  | "volunteering"
  | "languages"
  | "interests"
  | "references"
  | "coursework"
  | "leadership"
  | "patents"
  | "talks"
  | "links"
  | "contact"
  | "other";

/** Where a field was read: a line of the text in reading order (Layout.lines index) and what it says. */
export interface SourceLine {
  line: number;
  page: number;
  text: string;
}

export interface Contact {
  fullName: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  /** Normalised: "linkedin.com/in/name". */
  linkedin: string | null;
  /** Normalised: "github.com/name". */
  github: string | null;
  /** Normalised: host and path, no scheme. */
  website: string | null;
}

/** A date as written on the resume, parsed. `value` is "YYYY-MM", "YYYY" or "present". */
export interface ResumeDate {
  value: string;
  text: string;
  style: DateStyle;
}

export type DateStyle = "month-name" | "numeric" | "iso" | "year" | "present";

export interface ExperienceEntry {
  title: string | null;
  company: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
  /** The date text as printed ("June 2023 – present"). */
  dates: string | null;
  bullets: string[];
  /** The entry's heading line(s), as printed. */
  header: string;
  page: number;
  /** The line each field was read from. */
  sources: Partial<Record<"title" | "company" | "location" | "dates", SourceLine>>;
}

export interface EducationEntry {
  degree: string | null;
  /** Area of study when printed apart from the degree. */
  field: string | null;
  institution: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
  dates: string | null;
  details: string[];
  header: string;
  page: number;
  /** The line each field was read from. */
  sources: Partial<Record<"degree" | "field" | "institution" | "location" | "dates", SourceLine>>;
}

export interface ProjectEntry {
  name: string | null;
  description: string | null;
  start: string | null;
  end: string | null;
  bullets: string[];
  header: string;
}

export interface ResumeSection {
  /** The heading as printed; "" for the block above the first heading. */
  name: string;
  kind: SectionKind | "header";
  lines: string[];
  page: number;
}

/** How much of the text the parser could place: a resume it cannot structure says so. */
export interface ParseStructure {
  /** Lines of text read. */
  lines: number;
  /** Lines that became part of a field, an entry, a list or a heading. */
  assigned: number;
  /** False when too little of the text could be placed to trust the fields read. */
  structured: boolean;
}

export interface ParsedResume {
  contact: Contact;
  /** The line each contact field was read from. */
  contactSources: Partial<Record<keyof Contact, SourceLine>>;
  summary: string | null;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
  certifications: string[];
  projects: ProjectEntry[];
  sections: ResumeSection[];
  structure: ParseStructure;
}

// ---------------------------------------------------------------------------
// Score
// ---------------------------------------------------------------------------

/** One thing that cost points (or would have): readable on its own. */
export interface Finding {
  ruleId: string;
  what: string;
  /** The line from the resume it is about, when there is one. */
  where: string | null;
  why: string;
  fix: string;
  /** Points deducted for this finding (0 when the rule's cap was already reached). */
  points: number;
  link: { href: string; label: string } | null;
}

export type ScoreCategoryId = "contact" | "sections" | "experience" | "bullets" | "length" | "consistency" | "layout";

export interface ScoreCategory {
  id: ScoreCategoryId;
  label: string;
  max: number;
  points: number;
  findings: Finding[];
}

export type GateId = "needs_ocr" | "images_of_text" | "garbled_text" | "multi_column";

/** A problem serious enough to cap the whole score, whatever the rest looks like. */
export interface Gate {
  id: GateId;
  cap: number;
  what: string;
  where: string | null;
  why: string;
  fix: string;
}

export interface ResumeScore {
  total: number;
  max: number;
  /** The sum of the categories before gates capped it. */
  uncapped: number;
  version: string;
  items: ScoreCategory[];
  gates: Gate[];
}

// ---------------------------------------------------------------------------
// Job match and suggestions
// ---------------------------------------------------------------------------

export type KeywordEvidence = "shown" | "listed" | "missing";

export interface KeywordMatch {
  keyword: string;
  /** A skill from the taxonomy (reports saved before it also hold frequent words, "term"). */
  kind: "skill" | "term";
  /** Required weighs double; "preferred" when the posting only calls it a plus. Absent in old reports. */
  importance?: "required" | "preferred";
  evidence: KeywordEvidence;
  /** Resume line that shows it, when one does. */
  where: string | null;
  /** The skill on that line that implies this one ("PyTorch" for Python), when it is not named there. Absent in old reports. */
  via?: string | null;
}

/** The posting's level against the person's most recent title, when both say one and they differ. */
export interface TitleLevel {
  posting: string;
  yours: string;
  direction: "above" | "below";
}

/** A question an application form asks before a person reads the resume, from the posting. */
export interface KnockoutItem {
  id: "work_authorisation" | "location" | "years" | "degree" | "clearance";
  question: string;
  /** The posting's line that raises it. */
  posting: string;
  /** What the resume shows about it, when it can show anything. */
  resume: string | null;
  /** meets / short: the resume answers it; answer: only you can; missing: the resume says nothing. */
  status: "meets" | "short" | "answer" | "missing";
}

export interface JobMatch {
  score: number;
  /** Share (weighted) of the posting's skills the resume names anywhere: what a keyword search finds. */
  coverage?: number;
  jobTitle: string | null;
  /** The person's most recent title for the posting's kind of work, else their most recent one. */
  resumeTitle: string | null;
  titleMatched: boolean;
  /** Why the title matches or not (absent on reports saved before it was read). */
  titleVerdict?: "match" | "level_gap" | "other_work" | null;
  level?: TitleLevel | null;
  keywords: KeywordMatch[];
  matched: string[];
  weak: string[];
  missing: string[];
  stuffing: Finding | null;
  notices: string[];
  /** Absent in reports saved before knockouts were read. */
  knockouts?: KnockoutItem[];
}

export interface BulletSuggestion {
  /** "Title, Company" of the job the bullet belongs to. */
  entry: string;
  original: string;
  rewrite: string;
  reasons: string[];
}

// ---------------------------------------------------------------------------
// Report and outcome
// ---------------------------------------------------------------------------

/** What the scan measured for these warnings; stored on the report (older reports lack it). */
export interface AtsFileFeatures {
  fileBytes: number | null;
  /** Pages partly covered by images, with the share covered. */
  imagePages: { page: number; share: number }[];
  /** Pages with text laid out as a table. */
  tablePages: number[];
  /** Text repeated in the top or bottom margin of two or more pages: a running header or footer. */
  marginLines: string[];
  /** Whether a contact detail was read from such a line. */
  contactInMargin: boolean;
}

export interface ResumeReport {
  rulesetVersion: string;
  needsOcr: boolean;
  /** Pages in the file. */
  pages: number;
  words: number;
  /** The text in the order we read it: what an ATS sees. */
  text: string;
  layout: { multiColumn: boolean; tables: boolean; pageKinds: PageLayoutKind[] };
  parsed: ParsedResume;
  score: ResumeScore;
  match: JobMatch | null;
  suggestions: BulletSuggestion[];
  warnings: string[];
  /** What the per-system ATS warnings are measured from; absent in reports saved before them. */
  ats?: AtsFileFeatures;
}

export type ScanFailureReason =
  "too_large" | "not_pdf" | "encrypted" | "unreadable" | "timeout" | "empty" | "busy" | "aborted";

export type ScanOutcome =
  { ok: true; report: ResumeReport } | { ok: false; reason: ScanFailureReason; message: string };
