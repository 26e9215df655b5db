// Per real ATS: what its vendor documents that this file runs into, with the vendor's page
// (title, address, date read) beside each warning, what else it documents, and what it
// documents nothing about. Plain lists and <details>: works without JavaScript and wraps
// at 390 px.
import { useId } from "react";
import { formatCalendarDate } from "~/format";
import { atsSystemsView, type AtsSource } from "../ats-systems.ts";
import type { ResumeReport } from "../types.ts";

function Citation({ source }: { source: AtsSource }) {
  return (
    <span className="block text-xs text-slate-600">
      Source:{" "}
      <a href={source.url} className="break-all text-sky-800 underline" rel="noreferrer">
        {source.publisher}, “{source.title}”
      </a>{" "}
      (read {formatCalendarDate(source.read)})
    </span>
  );
}

export function AtsSystems({ report }: { report: ResumeReport }) {
  const headingId = useId();
  const systems = atsSystemsView(report);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h4 id={headingId} className="font-medium">
        What Greenhouse, Lever, Workday and Taleo document about a file like this
      </h4>
      <p className="text-sm text-slate-700">
        From each vendor’s own public help pages. Each employer configures its own system, so one career site may
        differ; where a vendor documents nothing on a point, we say so rather than guess.
      </p>
      {report.ats ? null : (
        <p className="text-sm text-slate-700">
          This scan was saved before file size, images and page margins were measured; scan the file again for those
          checks.
        </p>
      )}
      <ul className="space-y-3">
        {systems.map((system) => (
          <li key={system.id} className="rounded-md border border-slate-200 p-3">
            <details open={system.warnings.length > 0}>
              <summary className="cursor-pointer font-medium">
                {system.name}: {system.summary}
              </summary>
              <div className="mt-2 space-y-3 break-words text-sm">
                {system.warnings.length > 0 ? (
                  <ul className="list-disc space-y-2 pl-5">
                    {system.warnings.map((warning, index) => (
                      <li key={`${warning.point}-${index}`}>
                        <strong>{warning.label}.</strong> {warning.text}
                        <Citation source={warning.source} />
                      </li>
                    ))}
                  </ul>
                ) : null}
                {system.documented.length > 0 ? (
                  <div>
                    <p className="font-medium">Also documented (this file is fine on these)</p>
                    <ul className="list-disc space-y-2 pl-5">
                      {system.documented.map((entry) => (
                        <li key={entry.point}>
                          <strong>{entry.label}.</strong> {entry.says}
                          <Citation source={entry.source} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {system.undocumented.length > 0 ? (
                  <p>
                    <span className="font-medium">Not documented:</span> {system.undocumented.join(", ")}.{" "}
                    {system.undocumentedNote}
                  </p>
                ) : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
