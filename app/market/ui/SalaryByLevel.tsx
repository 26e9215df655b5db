import { useId } from "react";
import { toneOf, type LevelRow } from "../comparison";
import { Cited } from "./Cited";
import { LevelPayTable, Swatch } from "./LevelPayTable";
import { PayRangeChart } from "./PayRangeChart";
import { Refs } from "./Refs";
import { ROLE_STYLES, STAND_IN_STYLE } from "./role-styles";
import { VerdictBadge } from "./VerdictBadge";

/** Salary by level: the chart, its table, and (for two roles) the verdict at each level. */
export function SalaryByLevel({ rows, roles, title }: { rows: LevelRow[]; roles: { name: string }[]; title: string }) {
  const id = useId();
  const hasStandIn = rows.some((r) => r.shared || r.cells.some((c) => c.standIn));
  const drawn = rows.some((r) => r.cells.some((c) => c.figure));
  const sources = [...new Set(rows.flatMap((r) => r.cells.flatMap((c) => (c.figure ? [c.figure.source] : []))))];
  return (
    <section aria-labelledby="levels-title" className="space-y-4">
      <h2 id="levels-title" className="text-2xl font-semibold tracking-tight">
        Salary by level
      </h2>
      <p className="max-w-3xl text-stone-700">
        Yearly salaries that US residents at US companies, working full time, reported on job boards
        {sources.length > 0 ? ` (${sources.join("; ")})` : ""}. Each bar spans the middle half of salaries, from the
        25th to the 75th percentile; the dark mark is the median.
      </p>
      {drawn ? (
        <Cited label={title} className="space-y-4">
          <figcaption>
            <h3 id={`${id}-title`} className="font-semibold text-stone-900">
              {title}
            </h3>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label="Key">
              {roles.length > 1
                ? roles.map((role, i) => (
                    <li key={role.name} className="flex items-center gap-1.5">
                      <Swatch className={ROLE_STYLES[i % ROLE_STYLES.length].swatch} />
                      {role.name}
                    </li>
                  ))
                : null}
              {hasStandIn ? (
                <li className="flex items-center gap-1.5">
                  <Swatch className={STAND_IN_STYLE.swatch} />
                  Stand-in: a broader role&apos;s figure, not the role&apos;s own
                </li>
              ) : null}
            </ul>
            <p id={`${id}-desc`} className="sr-only">
              The table after the chart lists every figure it shows.
            </p>
          </figcaption>
          <PayRangeChart rows={rows} roles={roles} labelledBy={`${id}-title`} describedBy={`${id}-desc`} />
          <LevelPayTable
            rows={rows}
            roles={roles}
            caption="The chart's figures: median yearly salary, the middle half (25th to 75th percentile), the number of salaries and the source."
          />
        </Cited>
      ) : (
        <p className="text-stone-600">The salary surveys have no level figures for this role.</p>
      )}
      {rows.some((r) => r.verdict) ? (
        <Cited label="Verdict by level" className="space-y-1">
          <h3 className="font-semibold text-stone-900">Verdict by level</h3>
          <dl className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {rows.map((row) =>
              row.verdict ? (
                <div key={row.level} className="p-3 sm:flex sm:gap-4" data-level-verdict={row.level}>
                  <dt className="flex shrink-0 items-center justify-between gap-2 sm:block sm:w-44">
                    <span className="font-medium text-stone-900">{row.label}</span>
                    <span className="sm:mt-1 sm:block">
                      <VerdictBadge
                        tone={toneOf(row.verdict)}
                        kind={row.verdict.kind}
                        label={row.verdict.label}
                        higherIndex={
                          row.verdict.higher ? row.cells.findIndex((c) => c.role === row.verdict!.higher) : null
                        }
                      />
                    </span>
                  </dt>
                  <dd className="mt-1.5 text-sm text-stone-700 sm:mt-0">
                    {row.verdict.sentence}
                    <Refs refs={row.verdict.refs} />
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
        </Cited>
      ) : null}
    </section>
  );
}
