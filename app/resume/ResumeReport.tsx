// A saved resume scan, rendered: score and its caps, the breakdown, every fix (what,
// where, why, how), the job match, suggested rewrites, and what the ATS read side by
// side with the extracted text. Everything from the resume is rendered as text.
import { useId } from "react";
import { CONTACT_LABELS } from "./labels.ts";
import type { Finding, Gate, JobMatch, KeywordMatch, ResumeReport as ResumeReportData } from "./types.ts";

const EVIDENCE_LABELS: Record<KeywordMatch["evidence"], string> = {
  shown: "Shown in your experience",
  listed: "Only listed",
  missing: "Missing",
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
        {finding.points > 0 ? <span className="ml-2 text-sm text-red-700">−{finding.points} points</span> : null}
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

function JobMatchSection({ match, headingId }: { match: JobMatch; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-xl font-semibold">
        Job match: {match.score} out of 100
      </h3>
      {match.notices.map((notice) => (
        <p key={notice} className="text-sm text-slate-600">
          {notice}
        </p>
      ))}
      <p>
        Job title: {match.jobTitle ?? "not found in the posting"}
        {match.jobTitle ? (match.titleMatched ? " — matches your experience." : " — not found among your job titles.") : null}
      </p>
      {match.keywords.length > 0 ? (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-medium">Keywords from the job description</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b p-1">
                Keyword
              </th>
              <th scope="col" className="border-b p-1">
                In your resume
              </th>
              <th scope="col" className="border-b p-1">
                Where
              </th>
            </tr>
          </thead>
          <tbody>
            {match.keywords.map((keyword) => (
              <tr key={`${keyword.kind}:${keyword.keyword}`}>
                <th scope="row" className="border-b p-1 font-normal">
                  {keyword.keyword}
                </th>
                <td className="border-b p-1">{EVIDENCE_LABELS[keyword.evidence]}</td>
                <td className="border-b p-1">{keyword.where ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {match.stuffing ? (
        <ul className="space-y-2">
          <FindingItem finding={match.stuffing} />
        </ul>
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
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium">Jobs as read ({parsed.experience.length})</caption>
        <thead>
          <tr>
            {["Title", "Employer", "Location", "Start", "End", "Bullets"].map((column) => (
              <th key={column} scope="col" className="border-b p-1">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parsed.experience.map((job, i) => (
            <tr key={`${job.header}:${i}`}>
              <th scope="row" className="border-b p-1 font-normal">
                {job.title ?? "Not found"}
              </th>
              <td className="border-b p-1">{job.company ?? "Not found"}</td>
              <td className="border-b p-1">{job.location ?? "—"}</td>
              <td className="border-b p-1">{job.start ?? "Not found"}</td>
              <td className="border-b p-1">{job.end ?? "—"}</td>
              <td className="border-b p-1">{job.bullets.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium">Education as read ({parsed.education.length})</caption>
        <thead>
          <tr>
            {["School", "Degree", "Start", "End"].map((column) => (
              <th key={column} scope="col" className="border-b p-1">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parsed.education.map((school, i) => (
            <tr key={`${school.header}:${i}`}>
              <th scope="row" className="border-b p-1 font-normal">
                {school.institution ?? "Not found"}
              </th>
              <td className="border-b p-1">{[school.degree, school.field].filter(Boolean).join(", ") || "Not found"}</td>
              <td className="border-b p-1">{school.start ?? "—"}</td>
              <td className="border-b p-1">{school.end ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <h2 id={ids.title} className="text-2xl font-bold">
          Resume scan: {score.total} out of {score.max}
        </h2>
        <meter className="w-full" min={0} max={score.max} low={50} high={80} optimum={100} value={score.total} aria-label="Score">
          {score.total} out of {score.max}
        </meter>
        <p className="text-sm text-slate-600">
          {report.pages} {report.pages === 1 ? "page" : "pages"}, {report.words} words. Scored with rules {report.rulesetVersion}.
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
            Score breakdown
          </h3>
          <table className="w-full border-collapse text-left">
            <caption className="mb-1 text-left text-sm text-slate-600">
              Points kept in each part{score.total < score.uncapped ? `; the total is capped at ${score.total} (see above)` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border-b p-1">
                  Part
                </th>
                <th scope="col" className="border-b p-1">
                  Points
                </th>
                <th scope="col" className="border-b p-1">
                  Out of
                </th>
                <th scope="col" className="border-b p-1">
                  Fixes
                </th>
              </tr>
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

      {report.match ? <JobMatchSection match={report.match} headingId={ids.match} /> : null}

      {report.suggestions.length > 0 ? (
        <section aria-labelledby={ids.suggestions} className="space-y-3">
          <h3 id={ids.suggestions} className="text-xl font-semibold">
            Suggested rewrites
          </h3>
          <p className="text-sm text-slate-600">Replace each [bracket] with your real figure or detail; nothing in brackets should be sent as is.</p>
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
