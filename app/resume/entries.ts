// Entries of a section (jobs, degrees, projects): where one ends and the next begins, and
// what the heading lines of each say. Each field keeps the line it was read from.
import { findDates, isDuration, isMetadataText, withoutDates, type FoundDates } from "./dates.ts";
import { employerScore, hasDegree, isInstitutionName, isPlaceName, titleScore } from "./lexicon.ts";
import { isBulletLine, joinWrapped, stripBullet, wordCount } from "./text.ts";
import type { EducationEntry, ExperienceEntry, LayoutLine, ProjectEntry, SourceLine } from "./types.ts";

/** A piece of an entry's heading and the line it is on. */
interface Piece {
  text: string;
  line: LayoutLine;
}

/** The lines of one entry, sorted into heading, side notes, bullets and prose. */
export interface EntryBlock {
  headerLines: Piece[][];
  aside: Piece[];
  bullets: string[];
  body: string[];
  page: number;
}

const PROSE_MIN_WORDS = 9;
/** "GPA: 3.9/4.0", "Relevant coursework: …", "Thesis: …": details under an entry's heading. */
const DETAIL_LINE = /^(?:[\p{L}.]+\s?){1,3}:\s+\S/u;
/** An unmarked bullet sits this far right of its entry's heading (points). */
const BODY_INDENT = 4;

// The header row of a table of jobs ("Title | Employer | Dates") names columns, not a job.
const COLUMN_LABEL =
  /^(?:job\s+)?(?:title|role|position|employer|company|organi[sz]ation|dates?|period|duration|location|from|to|degree|school|institution|year)$/iu;
const isColumnLabelRow = (segments: Piece[]) =>
  segments.length >= 2 && segments.every((segment) => COLUMN_LABEL.test(segment.text.trim()));

const pieces = (line: LayoutLine, aside: boolean): Piece[] =>
  line.segments.filter((segment) => segment.aside === aside).map((segment) => ({ text: segment.text, line }));

function blockHasDates(block: EntryBlock): boolean {
  return [...block.aside, ...block.headerLines.flat()].some((piece) => findDates(piece.text) !== null);
}

/** The heading already names something (a title, an employer, a school), not only dates and places. */
const hasHeadContent = (block: EntryBlock) =>
  block.headerLines.some((line) => !line.every((piece) => isMetadataText(piece.text)));

/** A heading line cut short in a narrow column: it ends on a joining word, a comma or an open date range. */
const WRAPPED_END = /(?:\b(?:of|de|da|do|der|für|for|and|und|y|e|et|the|in|at|&)|[,&–—\u2010\u00ad-])$/iu;

/** Joins a line that finishes the entry heading line above it, segment by segment (same left edge). */
function continuesHeader(block: EntryBlock, previous: LayoutLine | null, line: LayoutLine): boolean {
  const last = block.headerLines[block.headerLines.length - 1];
  if (
    !last ||
    !previous ||
    previous.page !== line.page ||
    line.y - previous.y > 1.7 * line.fontSize ||
    line.y <= previous.y
  )
    return false;
  if (last.length === 0 || last[0].line !== previous) return false;
  const ends = [...last, ...block.aside.filter((piece) => piece.line === previous)].map((piece) => piece.text.trim());
  return ends.some((text) => WRAPPED_END.test(text));
}

function appendToHeader(block: EntryBlock, main: Piece[], aside: Piece[]): void {
  const last = block.headerLines[block.headerLines.length - 1];
  const join = (into: Piece[], pieces: Piece[]) => {
    for (const piece of pieces) {
      const segment = piece.line.segments.find((item) => item.text === piece.text);
      const target = into.find((item) => {
        const other = item.line.segments.find(
          (seg) => seg.text === item.text.split(" ")[0] || item.text.startsWith(seg.text),
        );
        return segment && other && Math.abs(other.x0 - segment.x0) <= 3;
      });
      // Only a piece cut short goes on in the line below ("Paperplane" beside an open range
      // "12.2020–" does not take the title under it).
      if (target && WRAPPED_END.test(target.text.trim())) target.text = joinWrapped(target.text, piece.text);
      else into.push({ text: piece.text, line: last[0].line });
    }
  };
  join(last, main);
  join(block.aside, aside);
}

/**
 * Splits a section's lines into entries. A new entry starts at a heading-like line once
 * the current one has bullets, or at a bold line (or one with its own dates) once the
 * current one has a heading with dates or prose. Wrapped bullet lines are joined back;
 * body lines indented past the heading count as bullets even without a bullet glyph.
 */
export function splitEntries(lines: LayoutLine[], bodyFontSize = 0): EntryBlock[] {
  // Set apart like an entry's first line: bold, or larger than the body text.
  const emphasized = (line: LayoutLine) =>
    line.startsBold || (bodyFontSize > 0 && line.segments[0].fontSize >= bodyFontSize * 1.08);
  const blocks: EntryBlock[] = [];
  let current: EntryBlock | null = null;
  let headX = 0;
  let bulletStart: LayoutLine | null = null;
  let previous: LayoutLine | null = null;
  let headerClosed = false;

  const feet = footDates(lines);
  const skip = new Set<LayoutLine>();
  for (const line of lines) {
    if (skip.has(line)) continue;
    const foot = feet.get(line);
    if (foot && current && (current.bullets.length > 0 || current.body.length > 0) && !blockHasDates(current)) {
      current.aside.push({ text: foot.map((item) => item.text.trim()).join(" – "), line });
      for (const item of foot) skip.add(item);
      previous = foot[foot.length - 1];
      continue;
    }
    const main = pieces(line, false);
    const text = main
      .map((piece) => piece.text)
      .join(" ")
      .trim();
    const aside = pieces(line, true);
    const before = previous;
    previous = line;
    if (isColumnLabelRow(main)) continue;
    if (text === "") {
      current?.aside.push(...aside);
      continue;
    }
    const hasOwnDates = findDates(text) !== null || aside.some((piece) => findDates(piece.text) !== null);
    if (
      current &&
      bulletStart &&
      before &&
      !isBulletLine(text) &&
      !hasOwnDates &&
      isContinuation(bulletStart, before, line, text)
    ) {
      const last = current.bullets.length - 1;
      current.bullets[last] = joinWrapped(current.bullets[last], text);
      current.aside.push(...aside);
      continue;
    }
    const unmarkedBullet =
      current !== null &&
      hasHeadContent(current) &&
      !hasOwnDates &&
      !emphasized(line) &&
      mainX0(line) > headX + BODY_INDENT &&
      wordCount(text) >= 4;
    if (isBulletLine(text) || unmarkedBullet) {
      if (!current) {
        current = { headerLines: [], aside: [], bullets: [], body: [], page: line.page };
        blocks.push(current);
        headX = mainX0(line);
      }
      current.bullets.push(stripBullet(text));
      current.aside.push(...aside);
      bulletStart = line;
      continue;
    }
    bulletStart = null;
    if (
      current &&
      current.bullets.length === 0 &&
      current.body.length === 0 &&
      continuesHeader(current, before, line)
    ) {
      appendToHeader(current, main, aside);
      continue;
    }
    // Entries whose first line names something and whose second carries the dates
    // ("Imperial College London" over "BSc Physics, 2019"): once an entry has both, a
    // short undated line opens the next one, as the first entry's own first line did.
    const nextOfSameShape =
      current !== null &&
      datesSecond(blocks[0]) &&
      current.headerLines.length >= 2 &&
      blockHasDates(current) &&
      contentPieces(current) >= 2 &&
      !hasOwnDates &&
      !DETAIL_LINE.test(text) &&
      wordCount(text) <= SHAPE_HEAD_MAX_WORDS;
    // An entry that opens with its dates has the two lines after them as its heading
    // ("03/2021 – 12/2023", "Northwind Traders", then the title in bold).
    const secondOfDatesFirst =
      current !== null &&
      !hasOwnDates &&
      current.bullets.length === 0 &&
      current.body.length === 0 &&
      current.headerLines.length === 2 &&
      current.headerLines[0].every((piece) => isMetadataText(piece.text)) &&
      current.headerLines[0].some((piece) => findDates(piece.text) !== null);
    const startsNew =
      current !== null &&
      (current.bullets.length > 0 ||
        nextOfSameShape ||
        ((current.body.length > 0 || blockHasDates(current)) &&
          hasHeadContent(current) &&
          !secondOfDatesFirst &&
          (emphasized(line) || hasOwnDates)));
    if (!current || startsNew) {
      current = { headerLines: [main], aside: [...aside], bullets: [], body: [], page: line.page };
      blocks.push(current);
      headX = mainX0(line);
      headerClosed = false;
    } else if (
      headerClosed ||
      (wordCount(text) >= PROSE_MIN_WORDS && !hasOwnDates) ||
      (DETAIL_LINE.test(text) && hasHeadContent(current))
    ) {
      current.body.push(text);
      current.aside.push(...aside);
    } else {
      current.headerLines.push(main);
      current.aside.push(...aside);
      headX = Math.min(headX, mainX0(line));
      // Short lines after a line of only dates and places, below a heading that names
      // something, are details ("GPA 3.8"), not more heading.
      // ("Acme Robotics, Brooklyn, NY" reads as a three-part place: only once the dates are
      // in is the heading complete.)
      headerClosed =
        hasHeadContent(current) &&
        main.every((piece) => isMetadataText(piece.text)) &&
        current.headerLines.length > 1 &&
        blockHasDates(current);
    }
  }
  return blocks;
}

/** Dates closer than this many of their font sizes to the line above sit with it. */
const FOOT_NEAR = 2;
/** …and the next line at least this many times as far below them as they are below it. */
const FOOT_APART = 1.5;
/** Longer lines are not a date or a range alone. */
const FOOT_MAX_CHARS = 60;

/**
 * Dates set at an entry's foot (a card's last line, start over end when stacked): one or
 * two lines of only dates, set close under the line above and far above the next (a
 * card's end), by the first line of each such run. Taken as the entry's own only when the
 * entry above is undated: dates that open the next entry sit close to it instead.
 */
function footDates(lines: LayoutLine[]): Map<LayoutLine, LayoutLine[]> {
  const feet = new Map<LayoutLine, LayoutLine[]>();
  const dateOnly = (line: LayoutLine) =>
    line.text.length <= FOOT_MAX_CHARS &&
    line.text.trim() !== "" &&
    isMetadataText(line.text.replace(/\t/gu, " ")) &&
    findDates(line.text) !== null;
  const near = (above: LayoutLine, below: LayoutLine) =>
    above.page === below.page &&
    below.y > above.y &&
    below.y - above.y <= FOOT_NEAR * Math.max(above.fontSize, below.fontSize);
  for (let i = 1; i < lines.length; i++) {
    if (!near(lines[i - 1], lines[i]) || !dateOnly(lines[i]) || dateOnly(lines[i - 1])) continue;
    let end = i + 1;
    if (end < lines.length && end - i < 2 && dateOnly(lines[end]) && near(lines[end - 1], lines[end])) end++;
    const last = lines[end - 1];
    const next = lines[end];
    const gapAbove = lines[i].y - lines[i - 1].y;
    const apart = !next || next.page !== last.page || next.y < last.y || next.y - last.y >= FOOT_APART * gapAbove;
    if (apart) feet.set(lines[i], lines.slice(i, end));
  }
  return feet;
}

const SHAPE_HEAD_MAX_WORDS = 8;
/** The entry's first heading line is undated and its second carries the dates. */
const datesSecond = (block: EntryBlock | undefined) =>
  block !== undefined &&
  block.headerLines.length >= 2 &&
  !block.headerLines[0].some((piece) => findDates(piece.text) !== null) &&
  block.headerLines[1].some((piece) => findDates(piece.text) !== null);
/** Heading lines that name something, not only dates and places. */
const contentPieces = (block: EntryBlock) =>
  block.headerLines.filter((line) => !line.every((piece) => isMetadataText(piece.text))).length;

/** Where a line's own text starts: dates or places before it (a side column, a date cell) do not count. */
const mainX0 = (line: LayoutLine) =>
  line.segments.find((segment) => !segment.aside && !isMetadataText(segment.text))?.x0 ?? line.x0;

/** A wrapped bullet line: right below, indented past the bullet glyph or in lower case. */
function isContinuation(bullet: LayoutLine, previous: LayoutLine, line: LayoutLine, text: string): boolean {
  const close = line.page === previous.page && line.y - previous.y <= 2 * bullet.fontSize && line.y > previous.y;
  return close && (line.x0 > bullet.x0 + 2 || /^\p{Ll}/u.test(text));
}

// ---------------------------------------------------------------------------
// Heading lines → fields
// ---------------------------------------------------------------------------

const STRONG_SEPARATOR = /\s*[|\u2003]\s*|\s+[•·]\s+|\s+[–—]\s+|\s+-\s+/u;
const LEGAL_SUFFIX = /^(?:inc\.?|llc|ltd\.?|corp\.?|co\.?|gmbh|plc|s\.?a\.?|ag)$/iu;

interface HeaderFields {
  parts: Piece[];
  dates: FoundDates | null;
  datesLine: LayoutLine | null;
  location: Piece | null;
}

/** Splits "Nexus AI, Co-Founder & CTO – San Francisco, CA | June 2023 – present" into its parts. */
function headerFields(block: EntryBlock): HeaderFields {
  const all = [...block.headerLines.flat(), ...block.aside];
  let dates: FoundDates | null = null;
  let datesLine: LayoutLine | null = null;
  // Side-column dates are the entry's own; look there first.
  for (const piece of [...block.aside, ...block.headerLines.flat()]) {
    dates = findDates(piece.text);
    if (dates) {
      datesLine = piece.line;
      break;
    }
  }
  const split: Piece[] = [];
  for (const piece of all) {
    const cleaned = dates && piece.text.includes(dates.text) ? withoutDates(piece.text, dates) : piece.text;
    for (const part of cleaned.split(STRONG_SEPARATOR)) split.push({ text: part, line: piece.line });
  }
  let location: Piece | null = null;
  const parts: Piece[] = [];
  for (const raw of split) {
    const text = raw.text
      .trim()
      .replace(/^[,;:–—-]\s*|\s*[,;:–—-]$/gu, "")
      .trim();
    if (text === "" || isDuration(text) || findDates(text)?.text === text || /^(?:since|seit|desde)$/iu.test(text))
      continue;
    if (isPlaceName(text)) {
      // "Fernhill Media, Chicago, IL": an employer before a two-part place, not a three-part place.
      const [first, ...rest] = splitOnCommas(text);
      // "Sable Networks, Remote": an employer's name before a work mode, not a town.
      const employerBeforeMode = rest.length === 1 && isPlaceName(rest[0]) && employerScore(first) > 0;
      if ((rest.length === 2 && isPlaceName(rest.join(", ")) && !isPlaceName(first)) || employerBeforeMode) {
        parts.push({ text: first, line: raw.line });
        location ??= { text: rest.join(", "), line: raw.line };
      } else {
        location ??= { text, line: raw.line };
      }
      continue;
    }
    const commaParts = splitOnCommas(text);
    for (let i = 0; i < commaParts.length; i++) {
      const pair = commaParts[i + 1] ? `${commaParts[i]}, ${commaParts[i + 1]}` : null;
      if (pair && isPlaceName(pair)) {
        location ??= { text: pair, line: raw.line };
        i += 1;
      } else {
        parts.push({ text: commaParts[i], line: raw.line });
      }
    }
  }
  return { parts, dates, datesLine, location };
}

function splitOnCommas(text: string): string[] {
  const pieces = text.split(/\s*,\s*/u).filter(Boolean);
  const merged: string[] = [];
  for (const piece of pieces) {
    // "Acme, Co." is one employer; "Denver, CO" is a place (Colorado), not "Denver Co.".
    const previous = merged[merged.length - 1];
    if (previous !== undefined && LEGAL_SUFFIX.test(piece) && !isPlaceName(`${previous}, ${piece}`))
      merged[merged.length - 1] += `, ${piece}`;
    else merged.push(piece);
  }
  return merged;
}

function headerText(block: EntryBlock): string {
  return [
    ...block.headerLines.map((line) => line.map((piece) => piece.text).join(" ")),
    ...block.aside.map((piece) => piece.text),
  ].join(" | ");
}

/** Splits "Engineer at Google" / "Engineer @ Google" when the left side is a title. */
function splitAt(parts: Piece[]): Piece[] {
  return parts.flatMap((part) => {
    const match = part.text.match(/^(.+?)\s+(?:at|@|bei|en|chez)\s+(.+)$/u);
    return match && titleScore(match[1]) > 0
      ? [
          { text: match[1], line: part.line },
          { text: match[2], line: part.line },
        ]
      : [part];
  });
}

type Source = (line: LayoutLine) => SourceLine;

export interface ParsedExperience extends ExperienceEntry {
  /** The employer was read from a line of its own above the role (a banner over several roles). */
  bannerCompany: boolean;
}

export function toExperience(block: EntryBlock, source: Source): ParsedExperience {
  const { parts: rawParts, dates, datesLine, location } = headerFields(block);
  const parts = splitAt(rawParts);
  let title: Piece | null = null;
  let company: Piece | null = null;
  const byTitle = [...parts].sort((a, b) => titleScore(b.text) - titleScore(a.text));
  if (byTitle.length > 0 && titleScore(byTitle[0].text) > 0) {
    title = byTitle[0];
    const rest = parts.filter((part) => part !== title);
    company = [...rest].sort((a, b) => employerScore(b.text) - employerScore(a.text))[0] ?? null;
  } else if (parts.length === 1) {
    company = parts[0];
  } else if (parts.length > 1) {
    const byEmployer = [...parts].sort((a, b) => employerScore(b.text) - employerScore(a.text));
    company = employerScore(byEmployer[0].text) > 0 ? byEmployer[0] : parts[1];
    title = parts.find((part) => part !== company) ?? null;
  }
  const start = dates?.start ?? (dates?.end && dates.end.value !== "present" ? dates.end : null);
  const firstLine = block.headerLines[0]?.[0]?.line;
  const bannerCompany =
    company !== null &&
    company.line === firstLine &&
    findDates(company.line.text) === null &&
    block.headerLines.length > 1;
  const sources: ExperienceEntry["sources"] = {};
  if (title) sources.title = source(title.line);
  if (company) sources.company = source(company.line);
  if (location) sources.location = source(location.line);
  if (datesLine) sources.dates = source(datesLine);
  return {
    title: title?.text ?? null,
    company: company?.text ?? null,
    location: location?.text ?? null,
    start: start?.value ?? null,
    end: dates?.end?.value ?? null,
    dates: dates?.text ?? null,
    bullets: [...block.bullets, ...block.body],
    header: headerText(block),
    page: block.page,
    sources,
    bannerCompany,
  };
}

// "PhD Princeton University" printed as one run: the degree and the school apart.
function splitDegreeFromInstitution(part: Piece): Piece[] {
  const match = part.text.match(/^(\S+(?:\s+(?:of|in)\s+\S+)?)\s+(.+)$/u);
  return match && hasDegree(match[1]) && isInstitutionName(match[2]) && !hasDegree(match[2])
    ? [
        { text: match[1], line: part.line },
        { text: match[2], line: part.line },
      ]
    : [part];
}

export function toEducation(block: EntryBlock, source: Source): EducationEntry {
  const fields = headerFields(block);
  const { dates, datesLine, location } = fields;
  const parts = fields.parts.flatMap(splitDegreeFromInstitution);
  const degreeParts = parts.filter((part) => hasDegree(part.text));
  const degree = [...degreeParts].sort((a, b) => b.text.length - a.text.length)[0] ?? null;
  const institution =
    parts.find((part) => isInstitutionName(part.text) && part !== degree) ??
    parts.find((part) => !hasDegree(part.text)) ??
    null;
  const field = parts.find((part) => part !== institution && !hasDegree(part.text)) ?? null;
  const sources: EducationEntry["sources"] = {};
  if (degree) sources.degree = source(degree.line);
  if (field) sources.field = source(field.line);
  if (institution) sources.institution = source(institution.line);
  if (location) sources.location = source(location.line);
  if (datesLine) sources.dates = source(datesLine);
  return {
    degree: degree?.text ?? null,
    field: field?.text ?? null,
    institution: institution?.text ?? null,
    location: location?.text ?? null,
    start: dates?.start?.value ?? null,
    end: dates?.end?.value ?? null,
    dates: dates?.text ?? null,
    details: [...block.bullets, ...block.body],
    header: headerText(block),
    page: block.page,
    sources,
  };
}

export function toProject(block: EntryBlock): ProjectEntry {
  const { parts, dates } = headerFields(block);
  const [name = null, ...rest] = parts;
  return {
    name: name?.text ?? null,
    description: rest.length > 0 ? rest.map((part) => part.text).join(" ") : null,
    start: dates?.start?.value ?? null,
    end: dates?.end?.value ?? null,
    bullets: [...block.bullets, ...block.body],
    header: headerText(block),
  };
}
