// Entries of a section (jobs, degrees, projects): where one ends and the next begins, and
// what the heading lines of each say.
import { findDates, isDuration, isMetadataText, withoutDates, type FoundDates } from "./dates.ts";
import { employerScore, hasDegree, isInstitutionName, isPlaceName, titleScore } from "./lexicon.ts";
import { isBulletLine, joinWrapped, stripBullet, wordCount } from "./text.ts";
import type { EducationEntry, ExperienceEntry, LayoutLine, ProjectEntry } from "./types.ts";

/** The lines of one entry, sorted into heading, side notes, bullets and prose. */
export interface EntryBlock {
  headerLines: string[][];
  aside: string[];
  bullets: string[];
  body: string[];
  page: number;
}

const PROSE_MIN_WORDS = 9;

// The header row of a table of jobs ("Title | Employer | Dates") names columns, not a job.
const COLUMN_LABEL = /^(?:job\s+)?(?:title|role|position|employer|company|organi[sz]ation|dates?|period|duration|location|from|to|degree|school|institution|year)$/iu;
const isColumnLabelRow = (segments: string[]) => segments.length >= 2 && segments.every((segment) => COLUMN_LABEL.test(segment.trim()));

function mainSegments(line: LayoutLine): string[] {
  return line.segments.filter((segment) => !segment.aside).map((segment) => segment.text);
}

function asideSegments(line: LayoutLine): string[] {
  return line.segments.filter((segment) => segment.aside).map((segment) => segment.text);
}

function blockHasDates(block: EntryBlock): boolean {
  return [...block.aside, ...block.headerLines.flat()].some((text) => findDates(text) !== null);
}

/**
 * Splits a section's lines into entries. A new entry starts at a non-bullet line once the
 * current one has bullets, or at a bold line (or one with its own dates) once the current
 * one has its dates or prose. Wrapped bullet lines are joined back, and short lines after
 * a line of only dates and places are details, not heading.
 */
export function splitEntries(lines: LayoutLine[]): EntryBlock[] {
  const blocks: EntryBlock[] = [];
  let current: EntryBlock | null = null;
  let bulletStart: LayoutLine | null = null;
  let previous: LayoutLine | null = null;
  let headerClosed = false;

  for (const line of lines) {
    const main = mainSegments(line);
    const text = main.join(" ").trim();
    const aside = asideSegments(line);
    const before = previous;
    previous = line;
    if (isColumnLabelRow(main)) continue;
    if (text === "") {
      current?.aside.push(...aside);
      continue;
    }
    if (current && bulletStart && before && !isBulletLine(text) && isContinuation(bulletStart, before, line, text)) {
      const last = current.bullets.length - 1;
      current.bullets[last] = joinWrapped(current.bullets[last], text);
      current.aside.push(...aside);
      continue;
    }
    if (isBulletLine(text)) {
      if (!current) {
        current = { headerLines: [], aside: [], bullets: [], body: [], page: line.page };
        blocks.push(current);
      }
      current.bullets.push(stripBullet(text));
      current.aside.push(...aside);
      bulletStart = line;
      continue;
    }
    bulletStart = null;
    const hasOwnDates = findDates(text) !== null || aside.some((part) => findDates(part) !== null);
    const startsNew =
      current !== null &&
      (current.bullets.length > 0 ||
        ((current.body.length > 0 || blockHasDates(current)) && (line.startsBold || hasOwnDates)));
    if (!current || startsNew) {
      current = { headerLines: [main], aside: [...aside], bullets: [], body: [], page: line.page };
      blocks.push(current);
      headerClosed = main.every(isMetadataText);
    } else if (headerClosed || (wordCount(text) >= PROSE_MIN_WORDS && !hasOwnDates)) {
      current.body.push(text);
      current.aside.push(...aside);
    } else {
      current.headerLines.push(main);
      current.aside.push(...aside);
      headerClosed = main.every(isMetadataText);
    }
  }
  return blocks;
}

/** A wrapped bullet line: right below, indented past the bullet glyph or in lower case. */
function isContinuation(bullet: LayoutLine, previous: LayoutLine, line: LayoutLine, text: string): boolean {
  const close = line.page === previous.page && line.y - previous.y <= 2 * bullet.fontSize;
  return close && (line.x0 > bullet.x0 + 2 || /^\p{Ll}/u.test(text));
}

// ---------------------------------------------------------------------------
// Heading lines → fields
// ---------------------------------------------------------------------------

const STRONG_SEPARATOR = /\s*\|\s*|\s+[•·]\s+|\s+[–—]\s+|\s+-\s+/u;
const LEGAL_SUFFIX = /^(?:inc\.?|llc|ltd\.?|corp\.?|co\.?|gmbh|plc|s\.?a\.?|ag)$/iu;

interface HeaderFields {
  parts: string[];
  dates: FoundDates | null;
  location: string | null;
}

/** Splits "Nexus AI, Co-Founder & CTO – San Francisco, CA | June 2023 – present" into its parts. */
function headerFields(block: EntryBlock): HeaderFields {
  const texts = [...block.headerLines.flat(), ...block.aside];
  let dates: FoundDates | null = null;
  const pieces: string[] = [];
  // Side-column dates are the entry's own; look there first.
  for (const text of [...block.aside, ...block.headerLines.flat()]) {
    if (dates) break;
    dates = findDates(text);
  }
  for (const text of texts) {
    const cleaned = dates && text.includes(dates.text) ? withoutDates(text, dates) : text;
    pieces.push(...cleaned.split(STRONG_SEPARATOR));
  }
  let location: string | null = null;
  const parts: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim().replace(/^[,;:–—-]\s*|\s*[,;:–—-]$/gu, "").trim();
    if (piece === "" || isDuration(piece) || findDates(piece)?.text === piece) continue;
    if (isPlaceName(piece)) {
      location ??= piece;
      continue;
    }
    const commaParts = splitOnCommas(piece);
    for (let i = 0; i < commaParts.length; i++) {
      const pair = commaParts[i + 1] ? `${commaParts[i]}, ${commaParts[i + 1]}` : null;
      if (pair && isPlaceName(pair)) {
        location ??= pair;
        i += 1;
      } else {
        parts.push(commaParts[i]);
      }
    }
  }
  return { parts, dates, location };
}

function splitOnCommas(text: string): string[] {
  const pieces = text.split(/\s*,\s*/u).filter(Boolean);
  const merged: string[] = [];
  for (const piece of pieces) {
    if (merged.length > 0 && LEGAL_SUFFIX.test(piece)) merged[merged.length - 1] += `, ${piece}`;
    else merged.push(piece);
  }
  return merged;
}

function headerText(block: EntryBlock): string {
  return [...block.headerLines.map((line) => line.join(" ")), ...block.aside].join(" | ");
}

/** Splits "Engineer at Google" / "Engineer @ Google" when the left side is a title. */
function splitAt(parts: string[]): string[] {
  return parts.flatMap((part) => {
    const match = part.match(/^(.+?)\s+(?:at|@)\s+(.+)$/u);
    return match && titleScore(match[1]) > 0 ? [match[1], match[2]] : [part];
  });
}

export function toExperience(block: EntryBlock): ExperienceEntry {
  const { parts: rawParts, dates, location } = headerFields(block);
  const parts = splitAt(rawParts);
  let title: string | null = null;
  let company: string | null = null;
  const byTitle = [...parts].sort((a, b) => titleScore(b) - titleScore(a));
  if (byTitle.length > 0 && titleScore(byTitle[0]) > 0) {
    title = byTitle[0];
    const rest = parts.filter((part) => part !== title);
    company = [...rest].sort((a, b) => employerScore(b) - employerScore(a))[0] ?? null;
  } else if (parts.length === 1) {
    company = parts[0];
  } else if (parts.length > 1) {
    const byEmployer = [...parts].sort((a, b) => employerScore(b) - employerScore(a));
    company = employerScore(byEmployer[0]) > 0 ? byEmployer[0] : parts[1];
    title = parts.find((part) => part !== company) ?? null;
  }
  const start = dates?.start ?? (dates?.end && dates.end.value !== "present" ? dates.end : null);
  return {
    title,
    company,
    location,
    start: start?.value ?? null,
    end: dates?.end?.value ?? null,
    dates: dates?.text ?? null,
    bullets: [...block.bullets, ...block.body],
    header: headerText(block),
    page: block.page,
  };
}

// "PhD Princeton University" printed as one run: the degree and the school apart.
function splitDegreeFromInstitution(part: string): string[] {
  const match = part.match(/^(\S+(?:\s+(?:of|in)\s+\S+)?)\s+(.+)$/u);
  return match && hasDegree(match[1]) && isInstitutionName(match[2]) && !hasDegree(match[2]) ? [match[1], match[2]] : [part];
}

export function toEducation(block: EntryBlock): EducationEntry {
  const fields = headerFields(block);
  const { dates, location } = fields;
  const parts = fields.parts.flatMap(splitDegreeFromInstitution);
  const degreeParts = parts.filter(hasDegree);
  const degree = [...degreeParts].sort((a, b) => b.length - a.length)[0] ?? null;
  const institution =
    parts.find((part) => isInstitutionName(part) && part !== degree) ?? parts.find((part) => !hasDegree(part)) ?? null;
  const field = parts.find((part) => part !== institution && !hasDegree(part)) ?? null;
  return {
    degree,
    field,
    institution,
    location,
    start: dates?.start?.value ?? null,
    end: dates?.end?.value ?? null,
    dates: dates?.text ?? null,
    details: [...block.bullets, ...block.body],
    header: headerText(block),
    page: block.page,
  };
}

export function toProject(block: EntryBlock): ProjectEntry {
  const { parts, dates } = headerFields(block);
  const [name = null, ...rest] = parts;
  return {
    name,
    description: rest.length > 0 ? rest.join(" ") : null,
    start: dates?.start?.value ?? null,
    end: dates?.end?.value ?? null,
    bullets: [...block.bullets, ...block.body],
    header: headerText(block),
  };
}
