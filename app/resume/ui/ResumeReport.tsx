// A saved resume scan, rendered: score and its caps, the breakdown, every fix (what,
// where, why, how), the job match, suggested rewrites, and what the ATS read side by
// side with the extracted text. Everything from the resume is rendered as text.
import { type ReactNode, useId } from "react";
import { CONTACT_LABELS } from "../labels.ts";
import { AtsSystems } from "./AtsSystems.tsx";
import { levelSentence, titleSentence } from "../match-text.ts";
import { plural } from "../plural.ts";
import { ColumnHeads } from "~/ui/ColumnHeads";
import type {
  Finding,
  Gate,
  JobMatch,
  KeywordMatch,
  KnockoutItem,
  ResumeReport as ResumeReportData,
} from "../types.ts";

const EVIDENCE_LABELS: Record<KeywordMatch["evidence"], string> = {
  shown: "Shown in your experience",
  listed: "Only listed",
  missing: "Missing",
};

const KNOCKOUT_STATUS: Record<KnockoutItem["status"], string> = {
  meets: "your resume shows it",
  short: "your resume shows less than asked",
  answer: "only you can answer",
  missing: "your resume does not say",
};

// Links in a report come from the rules and stay inside the app.
const isInternalLink = (href: string) => href.startsWith("/") && !href.startsWith("//");

function Explanation({ where, why, fix }: { where: string | null; why: string; fix: string }) {
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {where ? (
        <>
          <dt className="font-medium text-slate-600">Where</dt>
          <dd>
            <q className="whitespace-pre-wrap break-words">{where}</q>
          </dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-600">Why it matters</dt>
      <dd>{why}</dd>
      <dt className="font-medium text-slate-600">How to fix</dt>
      <dd>{fix}</dd>
    </dl>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className="rounded border border-slate-200 p-3">
      <p className="font-medium">
        {finding.what}
        {finding.points > 0 ? (
          <span className="ml-2 text-sm text-red-700">−{plural(finding.points, "point")}</span>
        ) : null}
      </p>
      <Explanation where={finding.where} why={finding.why} fix={finding.fix} />
      {finding.link && isInternalLink(finding.link.href) ? (
        <p className="mt-2 text-sm">
          <a className="text-blue-700 underline" href={finding.link.href}>
            {finding.link.label}
          </a>
        </p>
      ) : null}
    </li>
  );
}

function GateItem({ gate }: { gate: Gate }) {
  return (
    <li className="rounded border border-amber-300 bg-amber-50 p-3">
      <p className="font-medium">
        {gate.what} <span className="text-sm">(score capped at {gate.cap})</span>
      </p>
      <Explanation where={gate.where} why={gate.why} fix={gate.fix} />
    </li>
  );
}

// Cells show their column's name before the value on narrow screens, where rows stack.
const CELL =
  "block border-b p-1 md:table-cell md:before:content-none before:font-medium before:text-slate-600 before:content-[attr(data-label)_':_']";
const ROW = "block border-b border-slate-300 py-1 md:table-row md:py-0";
const HEAD = "hidden md:table-header-group";
const ROW_HEADER = "block p-1 font-medium md:table-cell md:border-b md:font-normal";

/** A table that stacks into one block per row on a phone, each cell led by its column's
 *  name (CELL's data-label), and is a plain table from md up. */
function StackedTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <table className="block w-full border-collapse text-left text-sm md:table">
      <caption className="mb-1 block text-left font-medium">{caption}</caption>
      <thead className={HEAD}>
        <ColumnHeads labels={columns} className="border-b p-1" />
      </thead>
      <tbody className="block md:table-row-group">{children}</tbody>
    </table>
  );
}

function JobMatchSection({ match, headingId }: { match: JobMatch; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-xl font-semibold">
        Job match: {match.score} out of 100
      </h3>
      <p className="text-sm text-slate-600">
        Skills a job or project of yours shows count; skills only listed count for nothing here
        {match.coverage !== undefined
          ? ` (a keyword search would still find ${match.coverage}% of the posting's skills somewhere in your resume)`
          : ""}
        . The job title is worth 15 points.
      </p>
      {match.notices.map((notice) => (
        <p key={notice} className="text-sm text-slate-600">
          {notice}
        </p>
      ))}
      <p>{titleSentence(match)}</p>
      {match.level ? <p>{levelSentence(match.level)}</p> : null}
      {match.keywords.length > 0 ? (
        <StackedTable caption="Skills from the job description" columns={["Skill", "In your resume", "Where"]}>
          {match.keywords.map((keyword) => (
            <tr key={`${keyword.kind}:${keyword.keyword}`} className={ROW}>
              <th scope="row" className={ROW_HEADER}>
                {keyword.keyword}
                {keyword.importance === "preferred" ? <span className="text-slate-600"> (nice to have)</span> : null}
              </th>
              <td data-label="In your resume" className={CELL}>
                {EVIDENCE_LABELS[keyword.evidence]}
              </td>
              <td data-label="Where" className={`${CELL} break-words`}>
                {keyword.where ?? "—"}
                {keyword.where && keyword.via ? (
                  <span className="block text-sm text-slate-600">(through {keyword.via})</span>
                ) : null}
              </td>
            </tr>
          ))}
        </StackedTable>
      ) : null}
      {match.stuffing ? (
        <ul className="space-y-2">
          <FindingItem finding={match.stuffing} />
        </ul>
      ) : null}
      {match.knockouts && match.knockouts.length > 0 ? (
        <div className="space-y-2">
          <h4 className="font-semibold">Questions the application will ask first</h4>
          <p className="text-sm text-slate-600">
            Many application forms ask these before anyone reads your resume, and a “no” can end the application.
          </p>
          <ul className="space-y-2">
            {match.knockouts.map((item) => (
              <li key={item.id} className="rounded border border-slate-200 p-3 text-sm">
                <p className="font-medium">
                  {item.question} <span className="font-normal text-slate-700">({KNOCKOUT_STATUS[item.status]})</span>
                </p>
                <p className="mt-1 break-words">
                  The posting says: <q>{item.posting}</q>
                </p>
                {item.resume ? <p className="mt-1">{item.resume}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function ParsedFields({ report }: { report: ResumeReportData }) {
  const { parsed } = report;
  return (
    <div className="space-y-4">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium">Contact details as read</caption>
        <tbody>
          {CONTACT_LABELS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row" className="border-b p-1 font-medium">
                {label}
              </th>
              <td className="border-b p-1">{parsed.contact[key] ?? "Not found"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <StackedTable
        caption={`Jobs as read (${parsed.experience.length})`}
        columns={["Title", "Employer", "Location", "Start", "End", "Bullets"]}
      >
        {parsed.experience.map((job, i) => (
          <tr key={`${job.header}:${i}`} className={ROW}>
            <th scope="row" className={ROW_HEADER}>
              {job.title ?? "Title not found"}
            </th>
            <td data-label="Employer" className={CELL}>
              {job.company ?? "Not found"}
            </td>
            <td data-label="Location" className={CELL}>
              {job.location ?? "—"}
            </td>
            <td data-label="Start" className={CELL}>
              {job.start ?? "Not found"}
            </td>
            <td data-label="End" className={CELL}>
              {job.end ?? "—"}
            </td>
            <td data-label="Bullets" className={CELL}>
              {job.bullets.length}
            </td>
          </tr>
        ))}
      </StackedTable>
      <StackedTable
        caption={`Education as read (${parsed.education.length})`}
        columns={["School", "Degree", "Start", "End"]}
      >
        {parsed.education.map((school, i) => (
          <tr key={`${school.header}:${i}`} className={ROW}>
            <th scope="row" className={ROW_HEADER}>
              {school.institution ?? "School not found"}
            </th>
            <td data-label="Degree" className={CELL}>
              {[school.degree, school.field].filter(Boolean).join(", ") || "Not found"}
            </td>
            <td data-label="Start" className={CELL}>
              {school.start ?? "—"}
            </td>
            <td data-label="End" className={CELL}>
              {school.end ?? "—"}
            </td>
          </tr>
        ))}
      </StackedTable>
      <div>
        <h4 className="font-medium">Skills ({parsed.skills.length})</h4>
        <p className="text-sm">{parsed.skills.length > 0 ? parsed.skills.join(", ") : "No skills section read."}</p>
      </div>
      <div>
        <h4 className="font-medium">Sections</h4>
        <ul className="list-disc pl-5 text-sm">
          {parsed.sections
            .filter((section) => section.name !== "")
            .map((section, i) => (
              <li key={`${section.name}:${i}`}>
                {section.name}
                {section.kind === "other" ? " (not a standard heading)" : ""}
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}

export function ResumeReport({ report }: { report: ResumeReportData }) {
  const id = useId();
  const ids = {
    title: `${id}-title`,
    gates: `${id}-gates`,
    breakdown: `${id}-breakdown`,
    fixes: `${id}-fixes`,
    match: `${id}-match`,
    suggestions: `${id}-suggestions`,
    ats: `${id}-ats`,
    text: `${id}-text`,
  };
  const { score } = report;
  const categoriesWithFindings = score.items.filter((item) => item.findings.length > 0);
  return (
    <article aria-labelledby={ids.title} className="space-y-8">
      <header className="space-y-2">
        {report.match ? (
          <>
            <h2 id={ids.title} className="text-2xl font-bold">
              Job match: {report.match.score} out of 100
            </h2>
            <meter
              className="w-full"
              min={0}
              max={100}
              low={50}
              high={75}
              optimum={100}
              value={report.match.score}
              aria-label="Job match"
            >
              {report.match.score} out of 100
            </meter>
            <p className="text-sm text-slate-700">
              How well this resume shows what {report.match.jobTitle ? `“${report.match.jobTitle}”` : "the posting"}{" "}
              asks for. Separately, the <a href={`#${ids.breakdown}`}>ATS readability score</a> is{" "}
              <strong>
                {score.total} out of {score.max}
              </strong>
              .
            </p>
          </>
        ) : (
          <>
            <h2 id={ids.title} className="text-2xl font-bold">
              ATS readability score: {score.total} out of {score.max}
            </h2>
            <meter
              className="w-full"
              min={0}
              max={score.max}
              low={50}
              high={80}
              optimum={100}
              value={score.total}
              aria-label="Score"
            >
              {score.total} out of {score.max}
            </meter>
          </>
        )}
        <p className="text-sm text-slate-600">
          {plural(report.pages, "page")}, {plural(report.words, "word")}. Scored with rules {report.rulesetVersion}.
        </p>
        {report.needsOcr ? (
          <p role="alert" className="rounded bg-red-50 p-3 font-medium text-red-800">
            Needs OCR: this PDF has no text layer, so an ATS reads nothing from it.
          </p>
        ) : null}
        {report.warnings.length > 0 ? (
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </header>

      {report.match ? <JobMatchSection match={report.match} headingId={ids.match} /> : null}

      {score.gates.length > 0 ? (
        <section aria-labelledby={ids.gates} className="space-y-3">
          <h3 id={ids.gates} className="text-xl font-semibold">
            What caps your score
          </h3>
          <ul className="space-y-2">
            {score.gates.map((gate) => (
              <GateItem key={gate.id} gate={gate} />
            ))}
          </ul>
        </section>
      ) : null}

      {score.items.length > 0 ? (
        <section aria-labelledby={ids.breakdown} className="space-y-3">
          <h3 id={ids.breakdown} className="text-xl font-semibold">
            ATS readability score: breakdown
          </h3>
          <table className="w-full border-collapse text-left">
            <caption className="mb-1 text-left text-sm text-slate-600">
              Points kept in each part
              {score.total < score.uncapped ? `; the total is capped at ${score.total} (see above)` : ""}
            </caption>
            <thead>
              <ColumnHeads labels={["Part", "Points", "Out of", "Fixes"]} className="border-b p-1" />
            </thead>
            <tbody>
              {score.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className="border-b p-1 font-normal">
                    {item.label}
                  </th>
                  <td className="border-b p-1">{item.points}</td>
                  <td className="border-b p-1">{item.max}</td>
                  <td className="border-b p-1">{item.findings.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {categoriesWithFindings.length > 0 ? (
        <section aria-labelledby={ids.fixes} className="space-y-4">
          <h3 id={ids.fixes} className="text-xl font-semibold">
            Fixes
          </h3>
          {categoriesWithFindings.map((item) => (
            <div key={item.id} className="space-y-2">
              <h4 className="font-semibold">{item.label}</h4>
              <ul className="space-y-2">
                {item.findings.map((finding, i) => (
                  <FindingItem key={`${finding.ruleId}:${i}`} finding={finding} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      {report.suggestions.length > 0 ? (
        <section aria-labelledby={ids.suggestions} className="space-y-3">
          <h3 id={ids.suggestions} className="text-xl font-semibold">
            Suggested rewrites
          </h3>
          <p className="text-sm text-slate-600">
            Replace each [bracket] with your real figure or detail; nothing in brackets should be sent as is.
          </p>
          <ol className="list-decimal space-y-3 pl-5">
            {report.suggestions.map((suggestion, i) => (
              <li key={`${suggestion.original}:${i}`}>
                <p className="text-sm text-slate-600">{suggestion.entry}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="font-medium">Before</dt>
                  <dd>{suggestion.original}</dd>
                  <dt className="font-medium">After</dt>
                  <dd>{suggestion.rewrite}</dd>
                  <dt className="font-medium">Why</dt>
                  <dd>{suggestion.reasons.join("; ")}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby={ids.ats} className="space-y-3">
        <h3 id={ids.ats} className="text-xl font-semibold">
          What the ATS sees
        </h3>
        <AtsSystems report={report} />
        <div className="grid gap-6 md:grid-cols-2">
          <ParsedFields report={report} />
          <div>
            <h4 id={ids.text} className="font-medium">
              Extracted text, in reading order
            </h4>
            {/* Focusable so keyboard users can scroll it. */}
            <pre
              aria-labelledby={ids.text}
              tabIndex={0}
              className="max-h-[40rem] overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 text-xs"
            >
              {report.text || "(no text)"}
            </pre>
          </div>
        </div>
      </section>
    </article>
  );
}
