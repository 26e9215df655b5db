// Section headings: the names ATS parsers know, and how a heading looks on the page.
import { isBulletLine } from "./text.ts";
import type { LayoutLine, SectionKind } from "./types.ts";

const SECTION_NAMES: Record<Exclude<SectionKind, "other">, string[]> = {
  summary: [
    "summary", "profile", "about", "about me", "objective", "career objective", "overview", "career summary",
    "executive summary", "personal statement", "summary of qualifications", "qualifications summary", "professional profile",
  ],
  experience: [
    "experience", "work experience", "employment", "employment history", "work history", "career history",
    "professional experience", "relevant experience", "industry experience", "research experience",
    "professional background", "internships", "internship experience",
  ],
  education: ["education", "academic background", "education and training", "academic history", "academics", "qualifications"],
  skills: [
    "skills", "technical skills", "core competencies", "competencies", "technologies", "tech stack", "tools",
    "skills and tools", "key skills", "areas of expertise", "expertise", "skills and technologies", "skill set",
    "technical proficiencies", "programming languages",
  ],
  certifications: [
    "certifications", "certificates", "certification", "licenses", "licenses and certifications",
    "certifications and licenses", "accreditations", "courses and certifications",
  ],
  projects: ["projects", "personal projects", "side projects", "open source", "key projects", "academic projects", "portfolio"],
  publications: ["publications", "papers", "research papers"],
  awards: ["awards", "honors", "honours", "achievements", "awards and honors", "honors and awards", "accomplishments", "scholarships"],
  volunteering: ["volunteering", "volunteer experience", "volunteer work", "community involvement", "volunteer"],
  languages: ["languages", "spoken languages"],
  interests: ["interests", "hobbies", "hobbies and interests"],
  references: ["references"],
  coursework: ["coursework", "courses", "relevant coursework"],
  leadership: ["leadership", "leadership experience", "activities", "extracurricular activities", "extracurriculars"],
  patents: ["patents"],
  talks: ["talks", "invited talks", "presentations", "speaking", "conference talks"],
  links: ["links", "online profiles", "social"],
  contact: ["contact", "contact information", "contact details", "personal information", "personal details"],
};

// Words that qualify a standard name without changing it ("Selected Publications").
const QUALIFIERS = /^(?:selected|relevant|key|other|additional|recent|notable|professional|technical|core|academic|personal|work|career|my)\s+/u;

const KIND_BY_NAME = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(SECTION_NAMES)) {
  for (const name of names) KIND_BY_NAME.set(name, kind as SectionKind);
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
    if (shorter === name) return null;
    name = shorter;
  }
}

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
  if (isBulletLine(text) || /[@|,;.]|\d{2}/u.test(text)) return null;
  return text;
}

interface HeadingStyle {
  size: number;
  bold: boolean;
  caps: boolean;
}

const styleKey = (style: HeadingStyle) => `${style.size}|${style.bold}|${style.caps}`;

function styleOf(line: LayoutLine, text: string): HeadingStyle {
  return { size: Math.round(line.fontSize * 2) / 2, bold: line.segments[0].bold, caps: isAllCaps(text) };
}

/**
 * Headings are lines with a standard section name set apart by size, weight or capitals;
 * then any other short line in the very same style (larger or capitalised) is a heading
 * too, with a name ATS parsers may not know.
 */
export function findHeadings(lines: LayoutLine[], bodyFontSize: number): Heading[] {
  const candidates = lines.flatMap((line, index) => {
    const text = headingText(line);
    if (!text) return [];
    const style = styleOf(line, text);
    const styled = style.size >= bodyFontSize * 1.1 || style.bold || style.caps;
    return [{ index, text, style, styled, kind: sectionKind(text) }];
  });
  const known = candidates.filter((candidate) => candidate.kind !== null);
  const styledKnown = known.filter((candidate) => candidate.styled);
  // A plain-text export has no styles at all; a standard name alone on its line still counts.
  const accepted = styledKnown.length > 0 ? styledKnown : known;

  const styleCounts = new Map<string, number>();
  for (const candidate of styledKnown) styleCounts.set(styleKey(candidate.style), (styleCounts.get(styleKey(candidate.style)) ?? 0) + 1);
  const [commonKey] = [...styleCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null];
  const common = styledKnown.find((candidate) => styleKey(candidate.style) === commonKey)?.style;
  // Same-size bold is also how many resumes set employer names, so only size or capitals
  // are distinctive enough to recognise headings with unknown names.
  const distinctive = common && (common.size >= bodyFontSize * 1.1 || common.caps);

  const headings: Heading[] = [];
  for (const candidate of candidates) {
    const isKnown = accepted.includes(candidate);
    const looksAlike = distinctive && candidate.kind === null && styleKey(candidate.style) === commonKey;
    if (!isKnown && !looksAlike) continue;
    headings.push({ index: candidate.index, name: candidate.text, kind: candidate.kind ?? "other", standard: candidate.kind !== null });
  }
  return headings;
}
