// One scan's report, built from what the worker extracted: layout → parse → score →
// match → suggestions. Pure; the same document and options give the same report.
import { blocksToText, type ExportBlock } from "~/documents/export-blocks";
import { CONTACT_LABELS } from "./labels.ts";
import { levelSentence, titleSentence } from "./match-text.ts";
import { buildLayout } from "./layout.ts";
import { matchJob } from "./match.ts";
import { parseResume } from "./parse.ts";
import { needsOcr, RULESET_VERSION, scoreResume } from "./score.ts";
import { suggestRewrites } from "./suggest.ts";
import { plural } from "./plural.ts";
import { wordCount } from "./text.ts";
import type { Finding, Layout, ParsedResume, PdfDocument, ResumeReport } from "./types.ts";

export interface ReportOptions {
  jobDescription?: string;
  targetRole?: string;
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
    if (page.itemsTruncated) warnings.push(`Page ${page.number} holds more text than a resume page can; the rest of it was skipped.`);
  }
  return warnings;
}

/** A resume the parser could not structure says so, instead of showing a confident, wrong structure. */
function structureWarnings(parsed: ParsedResume, ocr: boolean): string[] {
  if (ocr || parsed.structure.structured) return [];
  const share = parsed.structure.lines === 0 ? 0 : Math.round((100 * parsed.structure.assigned) / parsed.structure.lines);
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
    doc.pages.flatMap((page) => page.links.map((link) => ({ page: page.number, url: link.url, y0: link.y0, y1: link.y1 }))),
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
  };
}

// ---------------------------------------------------------------------------
// Blocks (for text, PDF and DOCX) and JSON views
// ---------------------------------------------------------------------------

function findingItem(item: Finding): string {
  return [
    `${item.what}${item.points > 0 ? ` (−${plural(item.points, "point")})` : ""}`,
    ...(item.where ? [`Where: ${item.where}`] : []),
    `Why: ${item.why}`,
    `Fix: ${item.fix}`,
    ...(item.link ? [`${item.link.label}: ${item.link.href}`] : []),
  ].join("\n");
}

/** The whole report as blocks: the text people copy and search, and the PDF and DOCX downloads. */
export function reportBlocks(report: ResumeReport): ExportBlock[] {
  const { parsed, score } = report;
  const blocks: ExportBlock[] = [];
  blocks.push({
    type: "heading",
    level: 1,
    text: report.match
      ? `Job match ${report.match.score}/100 — ATS readability score ${score.total}/${score.max} (rules ${report.rulesetVersion})`
      : `Resume scan — score ${score.total}/${score.max} (rules ${report.rulesetVersion})`,
  });
  blocks.push({
    type: "paragraph",
    lines: [
      `${plural(report.pages, "page")}, ${plural(report.words, "word")}`,
      ...(report.needsOcr ? ["Needs OCR: this PDF has no text an ATS can read."] : []),
      ...report.warnings.map((warning) => `Note: ${warning}`),
    ],
  });

  if (score.gates.length > 0) {
    blocks.push({ type: "heading", level: 2, text: "Caps on the score" });
    blocks.push({
      type: "list",
      items: score.gates.map((gate) =>
        [`${gate.what} (score capped at ${gate.cap})`, ...(gate.where ? [`Where: ${gate.where}`] : []), `Why: ${gate.why}`, `Fix: ${gate.fix}`].join("\n"),
      ),
    });
  }

  if (score.items.length > 0) {
    blocks.push({ type: "heading", level: 2, text: "ATS readability score: breakdown" });
    blocks.push({ type: "list", items: score.items.map((item) => `${item.label}: ${item.points}/${item.max}`) });
    blocks.push({ type: "heading", level: 2, text: "Fixes" });
    for (const item of score.items) {
      if (item.findings.length === 0) continue;
      blocks.push({ type: "heading", level: 3, text: item.label });
      blocks.push({ type: "list", items: item.findings.map(findingItem) });
    }
  }

  if (report.match) {
    const { match } = report;
    blocks.push({ type: "heading", level: 2, text: `Job match — ${match.score}/100` });
    blocks.push({
      type: "paragraph",
      lines: [
        titleSentence(match),
        ...(match.level ? [levelSentence(match.level)] : []),
        `Shown in your experience: ${match.matched.join(", ") || "none"}`,
        `Only listed: ${match.weak.join(", ") || "none"}`,
        `Missing: ${match.missing.join(", ") || "none"}`,
      ],
    });
    if (match.stuffing) blocks.push({ type: "list", items: [findingItem(match.stuffing)] });
  }

  if (report.suggestions.length > 0) {
    blocks.push({ type: "heading", level: 2, text: "Suggested rewrites (replace the [brackets] with your real figures)" });
    blocks.push({
      type: "list",
      items: report.suggestions.map((suggestion) => `${suggestion.entry}\nBefore: ${suggestion.original}\nAfter:  ${suggestion.rewrite}`),
    });
  }

  blocks.push({ type: "heading", level: 2, text: "What the ATS sees" });
  blocks.push({
    type: "paragraph",
    lines: [
      ...CONTACT_LABELS.map(([key, label]) => `${label}: ${parsed.contact[key] ?? "—"}`),
      `Sections: ${parsed.sections.filter((section) => section.name !== "").map((section) => section.name).join(", ") || "none"}`,
    ],
  });
  if (parsed.experience.length > 0) {
    blocks.push({
      type: "list",
      items: parsed.experience.map((job) =>
        [
          `Job: ${job.title ?? "?"} — ${job.company ?? "?"} (${job.start ?? "?"} to ${job.end ?? "?"}${job.location ? `, ${job.location}` : ""})`,
          ...job.bullets.map((bullet) => `• ${bullet}`),
        ].join("\n"),
      ),
    });
  }
  blocks.push({
    type: "paragraph",
    lines: [
      ...parsed.education.map(
        (school) => `Education: ${[school.degree, school.field].filter(Boolean).join(", ") || "?"} — ${school.institution ?? "?"} (${school.start ?? "?"} to ${school.end ?? "?"})`,
      ),
      `Skills: ${parsed.skills.join(", ") || "none"}`,
    ],
  });
  blocks.push({ type: "heading", level: 2, text: "Extracted text" });
  blocks.push({ type: "paragraph", lines: report.text.split("\n") });
  return blocks;
}

/** The whole report as plain text, for download, copying and search. */
export function reportToText(report: ResumeReport): string {
  return blocksToText(reportBlocks(report));
}

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
    experience: parsed.experience.map(({ title, company, location, start, end, bullets }) => ({ title, company, location, start, end, bullets })),
    education: parsed.education.map(({ degree, field, institution, location, start, end }) => ({ degree, field, institution, location, start, end })),
    skills: parsed.skills,
    certifications: parsed.certifications,
    projects: parsed.projects.map(({ name, description, start, end, bullets }) => ({ name, description, start, end, bullets })),
    sections: parsed.sections.filter((section) => section.name !== "").map((section) => section.name),
    score: { total: report.score.total, max: report.score.max, version: report.score.version, items: report.score.items, gates: report.score.gates },
    match: report.match,
    suggestions: report.suggestions,
    needs_ocr: report.needsOcr,
    pages: report.pages,
    words: report.words,
    warnings: report.warnings,
  };
}
