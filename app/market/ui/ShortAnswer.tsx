import type { HeadlineLine } from "../comparison";
import type { RoleSlug } from "../roles";
import { Cited } from "./Cited";
import { Refs } from "./Refs";
import { VerdictBadge } from "./VerdictBadge";

const SCOPE_LABELS: Record<HeadlineLine["scope"], string> = {
  by_level: "Salary by level",
  all_levels: "All levels, developer survey",
};

/** The answer first: one line per kind of data, each with its verdict and numbers. */
export function ShortAnswer({ lines, roles }: { lines: HeadlineLine[]; roles: RoleSlug[] }) {
  return (
    <section
      aria-labelledby="answer-title"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="answer-title" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        The short answer
      </h2>
      <Cited label="The short answer" className="mt-3">
        <ul className="space-y-4">
          {lines.map((line) => (
            <li key={line.scope} data-headline={line.scope}>
              <p className="flex flex-wrap items-center gap-2">
                <span className="text-xs font-medium text-stone-500">{SCOPE_LABELS[line.scope]}</span>
                <VerdictBadge
                  tone={line.tone}
                  label={line.label}
                  higherIndex={line.higher ? roles.indexOf(line.higher) : null}
                />
              </p>
              <p className="mt-1.5 text-stone-800">
                {line.sentence}
                <Refs refs={line.refs} />
              </p>
            </li>
          ))}
        </ul>
      </Cited>
      <p className="mt-4 text-xs text-stone-500">
        <a href="#method">How we decide a verdict</a> · <a href="#limits">What this data cannot say</a>
      </p>
    </section>
  );
}
