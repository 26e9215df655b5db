// Prints what the parser sees in one tuning resume: lines in reading order with their
// segments, sizes and weights, then the parsed fields. `tsx tests/eval/parser/show.ts <pdf>`
import { readFileSync } from "node:fs";
import path from "node:path";
import { CORPUS } from "./generate/corpus.ts";
import { createResumeScanner } from "~/resume/scan.server";
import { buildLayout } from "~/resume/layout";
import { ExtractionPool } from "~/resume/extract.server";

const file = process.argv[2];
const template = file ? path.basename(path.dirname(path.resolve(file))) : "";
if (!file || CORPUS.some((entry) => entry.template === template && entry.split !== "tuning")) {
  throw new Error("give a tuning PDF: held-out resumes are not for looking at");
}
const pool = new ExtractionPool({ size: 1, timeLimitMs: 60_000 });
const extraction = await pool.extract(new Uint8Array(readFileSync(file)));
await pool.close();
if (!extraction.ok) throw new Error(extraction.reason);
const layout = buildLayout(extraction.document);
console.log(
  layout.pages.map((page) => `page ${page.page}: ${page.kind} gutter ${page.gutterX?.toFixed(0) ?? "-"}`).join("\n"),
  `body ${layout.bodyFontSize}`,
);
layout.lines.forEach((line, i) => {
  const segs = line.segments
    .map(
      (s) =>
        `[${s.x0.toFixed(0)}${s.bold ? " B" : ""}${s.italic ? " I" : ""}${s.aside ? " A" : ""} ${s.fontSize.toFixed(1)}] ${s.text}`,
    )
    .join("  ‖  ");
  console.log(
    `${String(i).padStart(3)} p${line.page} y${line.y.toFixed(0).padStart(4)} ${line.column.padEnd(5)} ${segs}`,
  );
});
const scanner = createResumeScanner({ size: 1, timeLimitMs: 60_000 });
const outcome = await scanner.scan(new Uint8Array(readFileSync(file)));
await scanner.close();
if (outcome.ok) {
  const { parsed } = outcome.report;
  console.log(
    JSON.stringify(
      {
        contact: parsed.contact,
        structure: parsed.structure,
        sections: parsed.sections.map((s) => `${s.name} [${s.kind}]`),
      },
      null,
      1,
    ),
  );
  for (const job of parsed.experience)
    console.log(`JOB ${job.title} | ${job.company} | ${job.location} | ${job.start} → ${job.end}`);
  for (const school of parsed.education)
    console.log(`EDU ${school.degree} | ${school.field} | ${school.institution} | ${school.end}`);
  console.log(`SKILLS ${parsed.skills.join(" ; ")}`);
}
