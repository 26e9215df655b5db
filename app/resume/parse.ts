// Lines in reading order → the structure an ATS fills in: contact, sections, jobs,
// degrees, skills.
import { extractContact, type PageLink } from "./contact.ts";
import { splitEntries, toEducation, toExperience, toProject } from "./entries.ts";
import { findHeadings, type Heading } from "./sections.ts";
import { isBulletLine, stripBullet, wordCount } from "./text.ts";
import type { Layout, LayoutLine, ParsedResume, ResumeSection, SectionKind } from "./types.ts";

interface SectionLines {
  heading: Heading | null;
  lines: LayoutLine[];
}

function splitSections(lines: LayoutLine[], headings: Heading[]): SectionLines[] {
  const sections: SectionLines[] = [{ heading: null, lines: [] }];
  const byIndex = new Map(headings.map((heading) => [heading.index, heading]));
  lines.forEach((line, index) => {
    const heading = byIndex.get(index);
    if (heading) sections.push({ heading, lines: [] });
    else sections[sections.length - 1].lines.push(line);
  });
  return sections;
}

const LIST_SEPARATORS = /\s*(?:[,;•·|\t]|\s\/\s)\s*/u;
const LABEL = /^([^:]{1,40}):\s*(.*)$/u;
const MAX_SKILL_WORDS = 5;

/** Skills from "Languages: Python, C++" lines, bullet lists and one-per-line lists. */
function parseSkills(lines: LayoutLine[]): string[] {
  const skills: string[] = [];
  for (const line of lines) {
    const text = stripBullet(line.text.replace(/\t/gu, " | "));
    const labelled = text.match(LABEL);
    const values = labelled ? labelled[2] : text;
    const hasList = LIST_SEPARATORS.test(values);
    // A bold line without separators is a sub-heading ("PROGRAMMING").
    if (!labelled && !hasList && line.segments.every((segment) => segment.bold)) continue;
    for (const item of values.split(LIST_SEPARATORS)) {
      const skill = item.trim().replace(/[.]$/u, "");
      if (skill !== "" && wordCount(skill) <= MAX_SKILL_WORDS && !skill.endsWith(":")) skills.push(skill);
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
    const text = line.text.replace(/\t/gu, " ").trim();
    if (!isBulletLine(text) && items.length > 0 && /^\p{Ll}/u.test(text)) items[items.length - 1] += ` ${text}`;
    else items.push(stripBullet(text));
  }
  return items;
}

const SUMMARY_MIN_WORDS = 12;

export function parseResume(layout: Layout, links: PageLink[]): ParsedResume {
  const headings = findHeadings(layout.lines, layout.bodyFontSize);
  const sections = splitSections(layout.lines, headings);
  const ofKind = (kind: SectionKind) => sections.filter((section) => section.heading?.kind === kind).flatMap((s) => s.lines);
  const header = sections[0].lines;

  const summaryLines = ofKind("summary");
  const headerProse = header.filter((line) => wordCount(line.text) >= SUMMARY_MIN_WORDS && !/@/u.test(line.text));
  const summaryText = (summaryLines.length > 0 ? summaryLines : headerProse).map((line) => line.text.replace(/\t/gu, " ")).join(" ");

  const resumeSections: ResumeSection[] = sections
    .filter((section) => section.heading !== null || section.lines.length > 0)
    .map((section) => ({
      name: section.heading?.name ?? "",
      kind: section.heading?.kind ?? "header",
      lines: section.lines.map((line) => line.text),
      page: section.heading ? layout.lines[section.heading.index].page : (section.lines[0]?.page ?? 1),
    }));

  return {
    contact: extractContact(header, [...ofKind("links"), ...ofKind("contact")], links),
    summary: summaryText.trim() === "" ? null : summaryText.trim(),
    experience: splitEntries(ofKind("experience")).map(toExperience),
    education: splitEntries(ofKind("education")).map(toEducation),
    skills: parseSkills(ofKind("skills")),
    certifications: listItems(ofKind("certifications")),
    projects: splitEntries(ofKind("projects")).map(toProject),
    sections: resumeSections,
  };
}
