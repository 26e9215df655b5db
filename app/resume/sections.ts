// Section headings: the names ATS parsers know, and how a heading looks on the page.
import { isMetadataText } from "./dates.ts";
import { hasDegree, isInstitutionName, isPlaceName, titleScore } from "./lexicon.ts";
import { isBulletLine } from "./text.ts";
import type { LayoutLine, SectionKind } from "./types.ts";

const SECTION_NAMES: Record<Exclude<SectionKind, "other">, string[]> = {
  summary: [
    "summary",
    "profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "overview",
    "career summary",
    "executive summary",
    "personal statement",
    "summary of qualifications",
    "qualifications summary",
    "professional profile",
    "introduction",
    "bio",
    "who i am",
    // German and Spanish, the languages of the tuning half's localised headings
    "profil",
    "zusammenfassung",
    "über mich",
    "kurzprofil",
    "resumen",
    "sobre mí",
    "perfil profesional",
  ],
  experience: [
    "experience",
    "work experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "professional experience",
    "relevant experience",
    "industry experience",
    "research experience",
    "professional background",
    "internships",
    "internship experience",
    "career",
    "jobs",
    "positions",
    "where i've worked",
    "where i have worked",
    "places i've worked",
    "work",
    "working experience",
    "history",
    "berufserfahrung",
    "berufliche erfahrung",
    "berufspraxis",
    "werdegang",
    "beruflicher werdegang",
    "experiencia",
    "experiencia laboral",
    "experiencia profesional",
  ],
  education: [
    "education",
    "academic background",
    "education and training",
    "academic history",
    "academics",
    "qualifications",
    "studies",
    "training",
    "learning",
    "education history",
    "ausbildung",
    "bildung",
    "studium",
    "bildungsweg",
    "formación",
    "formación académica",
    "educación",
    "estudios",
  ],
  skills: [
    "skills",
    "technical skills",
    "core competencies",
    "competencies",
    "technologies",
    "tech stack",
    "tools",
    "skills and tools",
    "key skills",
    "areas of expertise",
    "expertise",
    "skills and technologies",
    "skill set",
    "technical proficiencies",
    "programming languages",
    "top skills",
    "toolbox",
    "toolkit",
    "stack",
    "what i know",
    "tools and technologies",
    "technical expertise",
    "proficiencies",
    "abilities",
    "kenntnisse",
    "fähigkeiten",
    "kompetenzen",
    "fachkenntnisse",
    "it-kenntnisse",
    "habilidades",
    "competencias",
    "conocimientos",
    "habilidades técnicas",
  ],
  certifications: [
    "certifications",
    "certificates",
    "certification",
    "licenses",
    "licenses and certifications",
    "certifications and licenses",
    "accreditations",
    "courses and certifications",
    "zertifikate",
    "zertifizierungen",
    "certificaciones",
  ],
  projects: [
    "projects",
    "personal projects",
    "side projects",
    "open source",
    "key projects",
    "academic projects",
    "portfolio",
    "things i've built",
    "projekte",
    "proyectos",
  ],
  publications: ["publications", "papers", "research papers", "publikationen", "publicaciones"],
  awards: [
    "awards",
    "honors",
    "honours",
    "achievements",
    "awards and honors",
    "honors and awards",
    "accomplishments",
    "scholarships",
    "auszeichnungen",
    "premios",
  ],
  volunteering: [
    "volunteering",
    "volunteer experience",
    "volunteer work",
    "community involvement",
    "volunteer",
    "ehrenamt",
    "voluntariado",
  ],
  languages: ["languages", "spoken languages", "sprachen", "idiomas"],
  interests: ["interests", "hobbies", "hobbies and interests", "interessen", "intereses"],
  references: ["references", "referenzen", "referencias"],
  coursework: ["coursework", "courses", "relevant coursework"],
  leadership: ["leadership", "leadership experience", "activities", "extracurricular activities", "extracurriculars"],
  patents: ["patents"],
  talks: ["talks", "invited talks", "presentations", "speaking", "conference talks"],
  links: ["links", "online profiles", "social", "profiles", "online"],
  contact: [
    "contact",
    "contact information",
    "contact details",
    "personal information",
    "personal details",
    "get in touch",
    "details",
    "info",
    "kontakt",
    "persönliche daten",
    "contacto",
  ],
};

// Words that qualify a standard name without changing it ("Selected Publications").
const QUALIFIERS =
  /^(?:selected|relevant|key|other|additional|recent|notable|professional|technical|core|academic|personal|work|career|my|top|main|previous|prior)\s+/u;

const KIND_BY_NAME = new Map<string, SectionKind>();
// Letter-spaced headings come out of some PDFs with their word spaces lost ("EmploymentHistory").
const KIND_BY_COMPACT_NAME = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(SECTION_NAMES)) {
  for (const name of names) {
    KIND_BY_NAME.set(normalizeHeading(name), kind as SectionKind);
    KIND_BY_COMPACT_NAME.set(normalizeHeading(name).replace(/[\s-]/gu, ""), kind as SectionKind);
  }
}

function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/gu, " and ")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The kind of a standard section name, or null for a name ATS parsers would not know. */
export function sectionKind(heading: string): SectionKind | null {
  let name = normalizeHeading(heading);
  for (;;) {
    const kind = KIND_BY_NAME.get(name);
    if (kind) return kind;
    const shorter = name.replace(QUALIFIERS, "");
    if (shorter === name) return name.includes(" ") ? null : (KIND_BY_COMPACT_NAME.get(name) ?? null);
    name = shorter;
  }
}

/** A line of dashes, equals signs or underscores drawn as a rule. */
export const isRuleLine = (line: LayoutLine) => /^[-=_~*·.]{3,}$/u.test(line.text.replace(/\s+/gu, ""));

export interface Heading {
  /** Index into the lines. */
  index: number;
  name: string;
  kind: SectionKind;
  /** A name ATS parsers recognise. */
  standard: boolean;
}

const MAX_HEADING_WORDS = 6;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function headingText(line: LayoutLine): string | null {
  if (line.segments.length !== 1) return null;
  const text = line.text.trim().replace(/:$/u, "");
  const words = text.split(/\s+/u);
  if (words.length > MAX_HEADING_WORDS || text.length > 50) return null;
  if (isBulletLine(text) || /[@|,;.]|\d{2}/u.test(text) || !/\p{L}{2}/u.test(text)) return null;
  return text;
}

interface HeadingStyle {
  size: number;
  bold: boolean;
  caps: boolean;
  label: boolean;
}

const styleKey = (style: HeadingStyle) => `${style.size}|${style.bold}|${style.caps}|${style.label}`;

interface Candidate {
  index: number;
  text: string;
  style: HeadingStyle;
  kind: SectionKind | null;
  /** Layout evidence that the line is a heading, from its features (see HEADING_WEIGHTS). */
  score: number;
}

/**
 * What makes a short line a heading, and how much. Hand-set, then checked against the
 * tuning half of the corpus: a line is a heading when its evidence reaches 1.
 */
export const HEADING_WEIGHTS = {
  /** Larger than the body text. */
  larger: 0.6,
  bold: 0.35,
  capitals: 0.45,
  /** A label in a left rail beside the text. */
  railLabel: 1,
  /** More space above than between body lines. */
  spaceAbove: 0.25,
  endsWithColon: 0.2,
  /** Underlined by a line of dashes or equals signs, as plain-text resumes do. */
  ruledBelow: 0.7,
  /** The line carries dates: an entry's heading, not a section's. */
  dated: -1,
  /**
   * A line of only dates follows: often an entry's heading, but also a section's first
   * entry when entries open with their dates.
   */
  datesFollow: -0.6,
  /** Reads like a job title. */
  titleLike: -0.35,
  /** A place ("Austin, TX"). */
  place: -1,
  /** A school or a degree ("CORNELL UNIVERSITY"). */
  schoolLike: -1,
} as const;

function lineGapAbove(lines: LayoutLine[], index: number): number | null {
  const line = lines[index];
  const previous = lines[index - 1];
  if (!previous || previous.page !== line.page || previous.column !== line.column || line.y <= previous.y) return null;
  return (line.y - previous.y) / Math.max(line.fontSize, 1);
}

function candidatesOf(lines: LayoutLine[], bodyFontSize: number, hasDates: (line: LayoutLine) => boolean): Candidate[] {
  const gaps = lines
    .map((_, i) => lineGapAbove(lines, i))
    .filter((gap): gap is number => gap !== null)
    .sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 2)] ?? 1.3;
  return lines.flatMap((line, index) => {
    const text = headingText(line);
    if (!text) return [];
    const ratio = line.fontSize / bodyFontSize;
    // The name at the top of the page is larger still; it is not a heading.
    if (ratio >= 1.75) return [];
    const style: HeadingStyle = {
      size: Math.round(line.fontSize * 2) / 2,
      bold: line.segments[0].bold,
      caps: isAllCaps(text),
      label: line.label === true,
    };
    const gap = lineGapAbove(lines, index);
    const next = lines[index + 1];
    const w = HEADING_WEIGHTS;
    const score =
      (ratio >= 1.1 ? w.larger : 0) +
      (style.bold ? w.bold : 0) +
      (style.caps ? w.capitals : 0) +
      (style.label ? w.railLabel : 0) +
      (gap !== null && gap > usualGap * 1.35 ? w.spaceAbove : 0) +
      (/:\s*$/u.test(line.text) ? w.endsWithColon : 0) +
      (next && isRuleLine(next) ? w.ruledBelow : 0) +
      (hasDates(line)
        ? w.dated
        : next &&
            next.page === line.page &&
            !style.label &&
            hasDates(next) &&
            isMetadataText(next.text.replace(/\t/gu, " | "))
          ? w.datesFollow
          : 0) +
      (titleScore(text) > 0 ? w.titleLike : 0) +
      (isPlaceName(text) ? w.place : 0) +
      (isInstitutionName(text) || hasDegree(text) ? w.schoolLike : 0);
    return [{ index, text, style, kind: sectionKind(text), score }];
  });
}

/** Evidence enough for a heading with a name no lexicon holds, in a style no known heading has (larger, bold, capitals). */
const STRONG_HEADING = 1.4;
/** Evidence enough when no line on the page has a name a lexicon holds. */
const UNKNOWN_ONLY_HEADING = 1.2;

/**
 * Headings: short lines whose layout sets them apart (size, weight, capitals, a label
 * rail, space above) and that do not read as an entry's heading. A standard name needs
 * less evidence; a name ATS parsers would not know needs the same look as a recognised
 * heading, or strong evidence of its own.
 */
export function findHeadings(
  lines: LayoutLine[],
  bodyFontSize: number,
  hasDates: (line: LayoutLine) => boolean,
): Heading[] {
  const candidates = candidatesOf(lines, bodyFontSize, hasDates);
  const known = candidates.filter((candidate) => candidate.kind !== null);
  const styledKnown = known.filter((candidate) => candidate.score >= 0.3);
  // A plain-text export has no styles at all; a standard name alone on its line still counts.
  const acceptedKnown = styledKnown.length > 0 ? styledKnown : known.filter((candidate) => candidate.score >= 0);
  const proof = styledKnown.length === 0 ? UNKNOWN_ONLY_HEADING : STRONG_HEADING;
  // A style a recognised name is set in is a heading style; so is one that a line with no
  // known name proves by strong evidence of its own (a CV whose headings no lexicon holds):
  // its other lines need no more than a distinctive look (a heading over a first entry that
  // opens with its dates loses the evidence those dates take away).
  const knownStyles = new Set(
    [...styledKnown, ...candidates.filter((candidate) => candidate.kind === null && candidate.score >= proof)].map(
      (candidate) => styleKey(candidate.style),
    ),
  );
  // Same-size bold is also how many resumes set employer names, so bold alone is not
  // distinctive enough to recognise headings with unknown names.
  const distinctive = (style: HeadingStyle) => style.label || style.caps || style.size >= bodyFontSize * 1.1;

  const headings: Heading[] = [];
  for (const candidate of candidates) {
    const isKnown = acceptedKnown.includes(candidate);
    const looksAlike =
      candidate.kind === null &&
      ((knownStyles.has(styleKey(candidate.style)) && distinctive(candidate.style) && candidate.score >= 0.4) ||
        (candidate.style.label && candidate.score >= 1) ||
        (styledKnown.length === 0 && candidate.score >= UNKNOWN_ONLY_HEADING) ||
        candidate.score >= STRONG_HEADING);
    if (!isKnown && !looksAlike) continue;
    headings.push({
      index: candidate.index,
      name: candidate.text,
      kind: candidate.kind ?? "other",
      standard: candidate.kind !== null,
    });
  }
  return headings;
}
