// One scan's report, built from what the worker extracted: layout → parse → score →
// match → suggestions. Pure; the same document and options give the same report.
import { atsFileFeatures } from "./ats-systems.ts";
import { buildLayout } from "./layout.ts";
import { matchJob } from "./match.ts";
import { parseResume } from "./parse.ts";
import { needsOcr, RULESET_VERSION, scoreResume } from "./score.ts";
import { suggestRewrites } from "./suggest.ts";
import { wordCount } from "./text.ts";
import type { Layout, ParsedResume, PdfDocument, ResumeReport } from "./types.ts";

export interface ReportOptions {
  jobDescription?: string;
  targetRole?: string;
  /** The uploaded file's size, for the ATS systems' size limits. */
  fileBytes?: number;
}

/** The text in reading order, a blank line between pages. */
function readingText(layout: Layout): string {
  const out: string[] = [];
  layout.lines.forEach((line, i) => {
    if (i > 0 && layout.lines[i - 1].page !== line.page) out.push("");
    out.push(line.text);
  });
  return out.join("\n");
}

function extractionWarnings(doc: PdfDocument): string[] {
  const warnings: string[] = [];
  if (doc.pageCount > doc.pages.length) {
    warnings.push(`Only the first ${doc.pages.length} of ${doc.pageCount} pages were read; no resume needs more.`);
  }
  for (const page of doc.pages) {
    if (page.itemsTruncated)
      warnings.push(`Page ${page.number} holds more text than a resume page can; the rest of it was skipped.`);
  }
  return warnings;
}

/** A resume the parser could not structure says so, instead of showing a confident, wrong structure. */
function structureWarnings(parsed: ParsedResume, ocr: boolean): string[] {
  if (ocr || parsed.structure.structured) return [];
  const share =
    parsed.structure.lines === 0 ? 0 : Math.round((100 * parsed.structure.assigned) / parsed.structure.lines);
  return [
    `We could not work out the structure of this resume: only ${share}% of its ${parsed.structure.lines} lines fit a ` +
      "heading, a job, a degree or a list. The fields below are likely incomplete or wrong, and an ATS will probably " +
      "struggle the same way. Clear section headings (Experience, Education, Skills) and one job per block usually fix it.",
  ];
}

export function buildReport(doc: PdfDocument, options: ReportOptions = {}): ResumeReport {
  const layout = buildLayout(doc);
  const parsed = parseResume(
    layout,
    doc.pages.flatMap((page) =>
      page.links.map((link) => ({ page: page.number, url: link.url, y0: link.y0, y1: link.y1 })),
    ),
  );
  const text = readingText(layout);
  const words = wordCount(text);
  const score = scoreResume({ layout, parsed, text, words });
  const ocr = needsOcr(layout);
  const jobDescription = options.jobDescription?.trim();
  const match = jobDescription && !ocr ? matchJob(parsed, jobDescription, options.targetRole) : null;
  return {
    rulesetVersion: RULESET_VERSION,
    needsOcr: ocr,
    pages: doc.pageCount,
    words,
    text,
    layout: {
      multiColumn: layout.pages.some((page) => page.kind === "columns"),
      tables: layout.pages.some((page) => page.tableRows >= 3),
      pageKinds: layout.pages.map((page) => page.kind),
    },
    parsed,
    score,
    match,
    suggestions: ocr ? [] : suggestRewrites(parsed),
    warnings: [...extractionWarnings(doc), ...structureWarnings(parsed, ocr), ...(match?.notices ?? [])],
    ats: atsFileFeatures(doc, layout, parsed, options.fileBytes ?? null),
  };
}

// ---------------------------------------------------------------------------
// JSON view
// ---------------------------------------------------------------------------

/** The command line's --json shape (snake_case keys, as documented for the issue). */
export function reportToJson(report: ResumeReport) {
  const { parsed } = report;
  return {
    contact: {
      full_name: parsed.contact.fullName,
      email: parsed.contact.email,
      phone: parsed.contact.phone,
      location: parsed.contact.location,
      linkedin: parsed.contact.linkedin,
      github: parsed.contact.github,
      website: parsed.contact.website,
    },
    summary: parsed.summary,
    experience: parsed.experience.map(({ title, company, location, start, end, bullets }) => ({
      title,
      company,
      location,
      start,
      end,
      bullets,
    })),
    education: parsed.education.map(({ degree, field, institution, location, start, end }) => ({
      degree,
      field,
      institution,
      location,
      start,
      end,
    })),
    skills: parsed.skills,
    certifications: parsed.certifications,
    projects: parsed.projects.map(({ name, description, start, end, bullets }) => ({
      name,
      description,
      start,
      end,
      bullets,
    })),
    sections: parsed.sections.filter((section) => section.name !== "").map((section) => section.name),
    score: {
      total: report.score.total,
      max: report.score.max,
      version: report.score.version,
      items: report.score.items,
      gates: report.score.gates,
    },
    match: report.match,
    suggestions: report.suggestions,
    needs_ocr: report.needsOcr,
    pages: report.pages,
    words: report.words,
    warnings: report.warnings,
  };
}
