import { formatMoneyRounded } from "~/format";
import { toneOf, type OfficialFigures } from "../comparison";
import { rolePlural } from "../format";
import type { RoleSlug } from "../roles";
import { Cited } from "./Cited";
import { Refs } from "./Refs";
import { VerdictBadge } from "./VerdictBadge";

/** The official statistics: one figure when both roles fall in one occupation. */
export function OfficialStatistics({ official, roles }: { official: OfficialFigures; roles: RoleSlug[] }) {
  if (official.figures.length === 0) return null;
  return (
    <section aria-labelledby="official-title" className="space-y-3">
      <h2 id="official-title" className="text-2xl font-semibold tracking-tight">
        Official statistics
      </h2>
      <p className="max-w-3xl text-stone-700">
        The U.S. Bureau of Labor Statistics surveys employers every year. It publishes no levels, so each figure covers
        every level of an occupation together.
      </p>
      <Cited label="Official statistics">
        <ul className="grid gap-3 sm:grid-cols-2">
          {official.figures.map((entry) => (
            <li key={entry.occupation} className="rounded-lg border border-stone-200 bg-white p-4" data-official>
              <p className="text-sm text-stone-600">
                {entry.occupation}
                {official.shared ? null : ` (${entry.roles.map(rolePlural).join(", ")})`}
              </p>
              {official.shared ? (
                <p className="text-sm font-medium text-stone-800">
                  One figure for both {roles.map(rolePlural).join(" and ")}: no split, no levels.
                </p>
              ) : null}
              <p className="mt-1 text-xl font-semibold tabular-nums text-stone-900">
                {formatMoneyRounded(entry.figure.p50)}
                <span className="ml-1 text-sm font-normal text-stone-600">median</span>
              </p>
              {entry.figure.p25 !== null && entry.figure.p75 !== null ? (
                <p className="text-sm tabular-nums text-stone-600">
                  middle half {formatMoneyRounded(entry.figure.p25)}–{formatMoneyRounded(entry.figure.p75)}
                </p>
              ) : null}
              <p className="mt-1 text-xs text-stone-500">
                {entry.figure.size} · {entry.figure.source}
                <Refs refs={[entry.figure.ref]} />
              </p>
            </li>
          ))}
        </ul>
        {official.verdict ? (
          <p className="mt-3 flex flex-wrap items-start gap-2 text-sm text-stone-700">
            <VerdictBadge
              tone={toneOf(official.verdict)}
              kind={official.verdict.kind}
              label={official.verdict.label}
              higherIndex={official.verdict.higher ? roles.indexOf(official.verdict.higher) : null}
            />
            <span className="min-w-0 flex-1 basis-64">
              {official.verdict.sentence}
              <Refs refs={official.verdict.refs} />
            </span>
          </p>
        ) : null}
      </Cited>
    </section>
  );
}
