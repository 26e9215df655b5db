// Lines in reading order → the structure an ATS fills in: contact, sections, jobs,
// degrees, skills. Each line gets a role from its layout and text (heading, entry line,
// list, prose, contact), sections take a kind from their heading or, for names ATS
// parsers do not know, from what their lines hold; every field keeps the line it came from.
import { extractContact, type PageLink } from "./contact.ts";
import { findDates, withoutDates } from "./dates.ts";
import { splitEntries, toEducation, toExperience, toProject } from "./entries.ts";
import { hasDegree, isInstitutionName, titleScore } from "./lexicon.ts";
import { findHeadings, isRuleLine, type Heading } from "./sections.ts";
import { isBulletLine, stripBullet, wordCount } from "./text.ts";
import type { Layout, LayoutLine, ParsedResume, ResumeSection, SectionKind, SourceLine } from "./types.ts";

interface Block {
  heading: Heading | null;
  kind: SectionKind | "header";
  lines: LayoutLine[];
}

/** Lines a new column opens with that may carry on the entries of the column before. */
const CARRY_ON_LINES = 4;

/**
 * A column that opens with no heading and with a dated line among its first few lines goes
 * on with the jobs or degrees of the column before (text set in newspaper columns); a
 * sidebar's end does not run into the main column, whose top holds no such dates.
 */
function continuesEntries(current: Block, lines: LayoutLine[], index: number, headings: Map<number, Heading>): boolean {
  // A heading no lexicon holds has its kind inferred later, from all its lines.
  const unnamed = current.heading !== null && !current.heading.standard;
  if (current.kind !== "experience" && current.kind !== "education" && !unnamed) return false;
  const column = lines[index].column;
  for (let i = index; i < Math.min(lines.length, index + CARRY_ON_LINES); i++) {
    if (headings.has(i) || lines[i].column !== column || lines[i].page !== lines[index].page) return false;
    if (findDates(mainText(lines[i])) !== null) return true;
  }
  return false;
}

/**
 * Sections run from one heading to the next. A new column on the same page starts a new
 * block too (a sidebar's last section does not run on into the main column); a new page
 * continues the section it was in.
 */
function splitBlocks(lines: LayoutLine[], headings: Heading[]): Block[] {
  const blocks: Block[] = [{ heading: null, kind: "header", lines: [] }];
  const byIndex = new Map(headings.map((heading) => [heading.index, heading]));
  lines.forEach((line, index) => {
    const heading = byIndex.get(index);
    const previous = lines[index - 1];
    const columnBreak =
      previous &&
      previous.page === line.page &&
      previous.column !== line.column &&
      line.column !== "full" &&
      previous.column !== "full";
    if (isRuleLine(line)) return;
    const current = blocks[blocks.length - 1];
    if (heading) blocks.push({ heading, kind: heading.kind, lines: [] });
    else if (columnBreak && !continuesEntries(current, lines, index, byIndex))
      blocks.push({ heading: null, kind: "header", lines: [line] });
    else current.lines.push(line);
  });
  // A heading set smaller right under a heading with nothing between them is that section's
  // first sub-heading ("Technical Skills" then "Languages" over a list): part of its section.
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    if (
      previous?.heading &&
      block.heading &&
      previous.lines.length === 0 &&
      lines[block.heading.index].fontSize < lines[previous.heading.index].fontSize - 0.5
    ) {
      previous.lines.push(lines[block.heading.index], ...block.lines);
      continue;
    }
    merged.push(block);
  }
  return merged.filter((block, i) => i === 0 || block.heading !== null || block.lines.length > 0);
}

const LIST_SEPARATORS = /\s*(?:[,;•·|\t\u2003]|\s\/\s)\s*/u;
const LABEL = /^([^:]{1,40}):\s*(.*)$/u;
const MAX_SKILL_WORDS = 5;
/** Group labels of a skills list, printed on their own line above the list. */
const SKILL_GROUP_LABEL =
  /^(?:(?:programming\s+)?languages?|frameworks?|libraries|tools?|platforms?|infrastructure|data(?:bases?)?|cloud|devops|other|frontend|backend|web|mobile|testing|methods?|soft skills|technical|technologies|concepts)(?:\s*(?:&|and|\/)\s*\w+)?:?$/iu;

const RATING = /\s*(?:[●○◉◎•◦★☆✦✧■□▪▫]{2,}|\(?\d{1,3}\s?%\)?|\d(?:\.\d)?\s?\/\s?(?:5|10))\s*$/u;
const LEVEL_WORD =
  /^(?:expert|advanced|intermediate|basic|beginner|good|very good|proficient|fluent|native|familiar|working knowledge|strong)$/iu;
const SHORT_ITEM_WORDS = 3;
/** Items a line, on average, that make a section of labelled rows a list. */
const LIST_ITEMS_A_LINE = 2.5;

const mainText = (line: LayoutLine) => line.text.replace(/\t/gu, " ").trim();
const hasDateIn = (line: LayoutLine) => findDates(mainText(line)) !== null;
const isListLine = (text: string) => text.split(LIST_SEPARATORS).filter((item) => item.trim() !== "").length >= 3;

/** Skills from "Languages: Python, C++" lines, bullet lists, chips and one-per-line lists. */
function parseSkills(lines: LayoutLine[]): string[] {
  const skills: string[] = [];
  for (const line of lines) {
    const text = stripBullet(line.text.replace(/\t/gu, " | "));
    const labelled = text.match(LABEL);
    const values = labelled ? labelled[2] : text;
    const hasList = LIST_SEPARATORS.test(values);
    // A line without separators that is bold, or a known group name, is a sub-heading.
    if (
      !labelled &&
      !hasList &&
      (line.segments.every((segment) => segment.bold) || SKILL_GROUP_LABEL.test(values.trim()))
    )
      continue;
    for (const item of values.split(LIST_SEPARATORS)) {
      // A rating beside the name (dots, stars, a share, a level word) is not a skill.
      const skill = item.trim().replace(RATING, "").replace(/[.]$/u, "").trim();
      if (
        /\p{L}/u.test(skill) &&
        !LEVEL_WORD.test(skill) &&
        wordCount(skill) <= MAX_SKILL_WORDS &&
        !skill.endsWith(":")
      )
        skills.push(skill);
    }
  }
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skill.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function listItems(lines: LayoutLine[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const text = mainText(line);
    if (!isBulletLine(text) && items.length > 0 && /^\p{Ll}/u.test(text)) items[items.length - 1] += ` ${text}`;
    else items.push(stripBullet(text));
  }
  return items;
}

/**
 * The kind of a section whose heading ATS parsers would not know, from its lines: contact
 * details make contact, degrees and schools make education, dated entries make
 * experience, short lists make skills, prose makes a summary.
 */
function inferKind(lines: LayoutLine[]): SectionKind {
  const texts = lines.map(mainText);
  const dated = texts.filter((text) => findDates(text) !== null).length;
  const schooling = texts.filter((text) => hasDegree(text) || isInstitutionName(text)).length;
  const titled = texts.filter((text) => titleScore(text) > 0 && wordCount(text) <= 10).length;
  // Items set apart by gaps (chips in a row) are listed as much as items set apart by commas.
  const lists = lines
    .map((line) => line.text.trim())
    .filter((text) => isListLine(text) && wordCount(text) <= 3 * text.split(LIST_SEPARATORS).length).length;
  const prose = texts.filter((text) => wordCount(text) >= 12).length;
  // E-mail, phone and links a line ("E-post: ana@example.org"): personal details.
  const contact = texts.filter((text) => CONTACT_TEXT.test(text) && findDates(text) === null).length;
  if (contact >= 2 && contact >= texts.length / 2) return "contact";
  if (schooling > 0 && schooling >= dated / 2 && schooling >= titled) return "education";
  if (dated > 0 && (titled > 0 || prose > 0 || lines.some((line) => isBulletLine(line.text)))) return "experience";
  if (lists > 0 && lists >= texts.length / 2) return "skills";
  // Labelled rows of short items ("Technical skills: Go, SQL", "IT: AWS, Docker", a list
  // wrapped onto a line of two): several items a line on average is a list too.
  const listed = texts.flatMap((text) =>
    (text.match(LABEL)?.[2] ?? text).split(LIST_SEPARATORS).filter((item) => item.trim() !== ""),
  );
  const shortItems = listed.every((item) => wordCount(item) <= MAX_SKILL_WORDS);
  if (dated === 0 && texts.length >= 2 && shortItems && listed.length >= LIST_ITEMS_A_LINE * texts.length)
    return "skills";
  // One item a line (a name, maybe with a rating beside it): a list of skills.
  const items = texts.filter(
    (text) =>
      wordCount(text.replace(RATING, "")) <= SHORT_ITEM_WORDS && findDates(text) === null && !/[.!?]$/u.test(text),
  ).length;
  if (texts.length >= 3 && items >= 0.7 * texts.length && dated === 0) return "skills";
  if (prose > 0 && dated === 0) return "summary";
  return "other";
}

const SUMMARY_MIN_WORDS = 12;
/** Points a list item is set in from its entry's heading. */
const INDENT_MIN = 4;
const CONTACT_TEXT = /@|https?:|www\.|linkedin|github|\+?\d[\d\s().-]{7,}\d/iu;

/**
 * Jobs printed with no heading above them sit in the header or in the section before:
 * from the first line that starts a dated entry (a dated line, or the short line right
 * above it), the rest of the block is experience.
 */
function splitOffEntries(block: Block): Block[] {
  const lines = block.lines;
  for (let i = 0; i < lines.length; i++) {
    const text = mainText(lines[i]);
    const dates = findDates(text);
    // "2019-12 - 2023-11" has the digits of a phone number: look for contact text beside the dates.
    if (!dates?.start || CONTACT_TEXT.test(withoutDates(text, dates))) continue;
    const after = lines.slice(i + 1, i + 4);
    // Bullets, sentences, or lines set in from the dated line (list items whose bullets are
    // drawn, not text, wrapped short in a narrow column).
    const indented = after.filter((line) => line.x0 > lines[i].x0 + INDENT_MIN).length;
    const hasBody = indented >= 2 || after.some((line) => isBulletLine(line.text) || wordCount(line.text) >= 8);
    if (!hasBody) continue;
    const above = lines[i - 1];
    const aboveIsHeader =
      above &&
      !CONTACT_TEXT.test(above.text) &&
      wordCount(above.text) <= 8 &&
      !isBulletLine(above.text) &&
      findDates(mainText(above)) === null &&
      i - 1 > 0;
    // Dates set above a bold or title-like line open the entry themselves (dates first).
    const below = lines[i + 1];
    const datesFirst = below !== undefined && (below.startsBold || titleScore(mainText(below)) > 0);
    const start = aboveIsHeader && !(titleScore(text) > 0 || lines[i].startsBold) && !datesFirst ? i - 1 : i;
    if (start === 0 && block.kind !== "header") return [{ ...block, kind: "experience" }];
    return [
      { ...block, lines: lines.slice(0, start) },
      { heading: null, kind: "experience", lines: lines.slice(start) },
    ];
  }
  return [block];
}

/** A field of a labelled form: its labelled line and the unlabelled lines under it. */
type Field = LayoutLine[];
const isLongField = (field: Field) =>
  field.length > 1 || field.some((line) => isBulletLine(line.text) || wordCount(line.text) >= PROSE_FIELD_WORDS);
const PROSE_FIELD_WORDS = 8;

/**
 * Entries printed as a labelled row per field (a Europass-like form: "Dates", "Occupation
 * or position held", "Main activities", "Name and address of employer"): the labels name
 * fields, not content, so entries are read from the values alone. A field of sentences or
 * several lines (the duties) goes after the short ones, where an entry's body is, even
 * when the form prints the employer below it. An entry runs from one dated field to the
 * next. Each value keeps the line it came from (`original`).
 */
function fieldValues(lines: LayoutLine[], original: Map<LayoutLine, LayoutLine>): LayoutLine[] {
  if (lines.filter((line) => line.field).length < 2) return lines;
  const value = (line: LayoutLine): LayoutLine => {
    const prefix = `${line.field}: `;
    const [first, ...rest] = line.segments;
    if (!line.field || !first.text.startsWith(prefix)) return line;
    const segments = [{ ...first, text: first.text.slice(prefix.length) }, ...rest];
    const copy = { ...line, segments, text: segments.map((segment) => segment.text).join("\t") };
    original.set(copy, line);
    return copy;
  };
  const fields: Field[] = [];
  for (const line of lines) {
    if (line.field || fields.length === 0) fields.push([value(line)]);
    else fields[fields.length - 1].push(line);
  }
  const out: LayoutLine[] = [];
  let entry: Field[] = [];
  const flush = () => {
    out.push(...entry.filter((field) => !isLongField(field)).flat(), ...entry.filter(isLongField).flat());
    entry = [];
  };
  for (const field of fields) {
    if (field[0].field && hasDateIn(field[0])) flush();
    entry.push(field);
  }
  flush();
  return out;
}

export function parseResume(layout: Layout, links: PageLink[]): ParsedResume {
  const lines = layout.lines;
  const indexOf = new Map(lines.map((line, i) => [line, i]));
  // Values read from a labelled form's rows, and the lines they came from.
  const original = new Map<LayoutLine, LayoutLine>();
  const source = (line: LayoutLine): SourceLine => ({
    line: indexOf.get(original.get(line) ?? line) ?? -1,
    page: line.page,
    text: line.text,
  });

  const headings = findHeadings(lines, layout.bodyFontSize, hasDateIn);
  let blocks = splitBlocks(lines, headings);
  const namedExperience = blocks.some((block) => block.heading?.standard && block.kind === "experience");
  for (const block of blocks) {
    if (!block.heading || block.heading.standard) continue;
    const kind = inferKind(block.lines);
    // A second run of dated entries beside a named experience section is something else
    // (research, projects, volunteering), not more jobs.
    block.kind = kind === "experience" && namedExperience ? "other" : kind;
  }
  if (!blocks.some((block) => block.kind === "experience")) {
    blocks = blocks.flatMap((block) =>
      block.kind === "header" || block.kind === "summary" || block.kind === "other" ? splitOffEntries(block) : [block],
    );
  }
  const ofKind = (kind: SectionKind) => blocks.filter((block) => block.kind === kind).flatMap((block) => block.lines);
  const headerLines = blocks.filter((block) => block.kind === "header").flatMap((block) => block.lines);

  const summaryLines = ofKind("summary");
  const headerProse = headerLines.filter((line) => wordCount(line.text) >= SUMMARY_MIN_WORDS && !/@/u.test(line.text));
  const summaryText = (summaryLines.length > 0 ? summaryLines : headerProse).map(mainText).join(" ");

  const contactBlock = [...ofKind("links"), ...ofKind("contact")];
  const {
    contact,
    sources: contactSources,
    used: contactLines,
  } = extractContact(headerLines, contactBlock, links, lines, layout.bodyFontSize, source);

  const experience = splitEntries(fieldValues(ofKind("experience"), original), layout.bodyFontSize).map((block) =>
    toExperience(block, source),
  );
  // A role under an employer's banner ("Acme" above "Engineer … 2020 – 2022"), or printed
  // after the employer's first role without it, names no employer of its own: it is the
  // one above's.
  experience.forEach((job, i) => {
    const previous = experience[i - 1];
    if (job.company === null && job.title !== null && previous?.company && previous.sources.company) {
      job.company = previous.company;
      job.sources.company = previous.sources.company;
      job.bannerCompany = true;
    }
  });

  const resumeSections: ResumeSection[] = blocks
    .filter((block) => block.heading !== null || block.lines.length > 0)
    .map((block) => ({
      name: block.heading?.name ?? "",
      kind: block.kind,
      lines: block.lines.map((line) => line.text),
      page: block.heading ? lines[block.heading.index].page : (block.lines[0]?.page ?? 1),
    }));

  const education = splitEntries(fieldValues(ofKind("education"), original), layout.bodyFontSize).map((block) =>
    toEducation(block, source),
  );
  const skills = parseSkills(ofKind("skills"));

  // What share of the text found a place: headings, contact lines, and the lines of
  // sections whose kind is known.
  const assigned = new Set<LayoutLine>(contactLines);
  for (const heading of headings) assigned.add(lines[heading.index]);
  for (const line of lines) if (isRuleLine(line)) assigned.add(line);
  for (const block of blocks)
    if (block.kind !== "header" && block.kind !== "other") for (const line of block.lines) assigned.add(line);
  for (const line of headerProse) assigned.add(line);
  const share = lines.length === 0 ? 0 : assigned.size / lines.length;
  const structured =
    lines.length > 0 && share >= 0.5 && (experience.length > 0 || education.length > 0 || skills.length > 0);

  return {
    contact,
    contactSources,
    summary: summaryText.trim() === "" ? null : summaryText.trim(),
    experience: experience.map(({ bannerCompany: _banner, ...job }) => job),
    education,
    skills,
    certifications: listItems(ofKind("certifications")),
    projects: splitEntries(ofKind("projects"), layout.bodyFontSize).map(toProject),
    sections: resumeSections,
    structure: { lines: lines.length, assigned: assigned.size, structured },
  };
}
