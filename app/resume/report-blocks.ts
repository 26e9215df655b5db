// A report as blocks: the text people copy and search, and the PDF and DOCX downloads.
// Apart from report.ts so the document page can export a saved report without loading
// the scanner (and the writer's language models it uses for rewrites).
import { blocksToText, type ExportBlock } from "~/documents/export-blocks";
import { atsSystemsView } from "./ats-systems.ts";
import { CONTACT_LABELS } from "./labels.ts";
import { levelSentence, titleSentence } from "./match-text.ts";
import { plural } from "./plural.ts";
import type { Finding, ResumeReport } from "./types.ts";

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
        [
          `${gate.what} (score capped at ${gate.cap})`,
          ...(gate.where ? [`Where: ${gate.where}`] : []),
          `Why: ${gate.why}`,
          `Fix: ${gate.fix}`,
        ].join("\n"),
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
    if (match.knockouts && match.knockouts.length > 0) {
      blocks.push({ type: "heading", level: 3, text: "Questions the application will ask first" });
      blocks.push({
        type: "list",
        items: match.knockouts.map((item) =>
          [item.question, `The posting says: “${item.posting}”`, ...(item.resume ? [item.resume] : [])].join("\n"),
        ),
      });
    }
  }

  if (report.suggestions.length > 0) {
    blocks.push({
      type: "heading",
      level: 2,
      text: "Suggested rewrites (replace the [brackets] with your real figures)",
    });
    blocks.push({
      type: "list",
      items: report.suggestions.map(
        (suggestion) => `${suggestion.entry}\nBefore: ${suggestion.original}\nAfter:  ${suggestion.rewrite}`,
      ),
    });
  }

  blocks.push({ type: "heading", level: 2, text: "What the ATS sees" });
  blocks.push({
    type: "heading",
    level: 3,
    text: "What Greenhouse, Lever, Workday and Taleo document about this file",
  });
  blocks.push({
    type: "list",
    items: atsSystemsView(report).map((system) =>
      [
        `${system.name}: ${system.summary}`,
        ...system.warnings.map(
          (warning) =>
            `• ${warning.text} (${warning.source.publisher}, “${warning.source.title}”, ${warning.source.url})`,
        ),
        ...(system.undocumented.length > 0
          ? [`Not documented: ${system.undocumented.join(", ")}. ${system.undocumentedNote}`]
          : []),
      ].join("\n"),
    ),
  });
  blocks.push({
    type: "paragraph",
    lines: [
      ...CONTACT_LABELS.map(([key, label]) => `${label}: ${parsed.contact[key] ?? "—"}`),
      `Sections: ${
        parsed.sections
          .filter((section) => section.name !== "")
          .map((section) => section.name)
          .join(", ") || "none"
      }`,
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
        (school) =>
          `Education: ${[school.degree, school.field].filter(Boolean).join(", ") || "?"} — ${school.institution ?? "?"} (${school.start ?? "?"} to ${school.end ?? "?"})`,
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
