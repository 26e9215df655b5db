import { formatMoneyRounded } from "~/format";
import { toneOf, type SurveyComparison } from "../comparison";
import type { RoleSlug } from "../roles";
import { Cited } from "./Cited";
import { RoleColumnsHead } from "./LevelPayTable";
import { Refs } from "./Refs";
import { VerdictBadge } from "./VerdictBadge";

/** The developer survey's all-level medians by year, and what they say. */
export function SurveyMedians({
  survey,
  roles,
}: {
  survey: SurveyComparison;
  roles: { slug: RoleSlug; name: string }[];
}) {
  if (survey.years.length === 0) return null;
  const verdict = survey.verdict;
  return (
    <section aria-labelledby="survey-title" className="space-y-3">
      <h2 id="survey-title" className="text-2xl font-semibold tracking-tight">
        All levels: developer survey
      </h2>
      <p className="max-w-3xl text-stone-700">
        The Stack Overflow Developer Survey publishes, for each developer type, the median yearly total compensation of
        US respondents (salary, bonus and stock together, as they report it), all levels at once. Medians only: no
        spread, so no interval.
      </p>
      <Cited label="Developer survey medians">
        <table className="w-full border-collapse text-left text-sm" data-survey-table>
          <caption className="mb-2 text-left text-stone-600">
            US median yearly total compensation, and the number of respondents.
          </caption>
          <RoleColumnsHead first="Year" roles={roles} />
          <tbody>
            {survey.years.map((year) => (
              <tr key={year.period} className="border-b border-stone-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium tabular-nums">
                  {year.period}
                </th>
                {year.cells.map((cell) => (
                  <td key={cell.role} className="py-2 pr-3">
                    {cell.figure ? (
                      <>
                        <span className="font-semibold tabular-nums text-stone-900">
                          {formatMoneyRounded(cell.figure.p50)}
                        </span>
                        <span className="block text-xs text-stone-500">
                          {cell.figure.size} · “{cell.devType}”
                          <Refs refs={[cell.figure.ref]} />
                        </span>
                      </>
                    ) : (
                      <span className="text-stone-500">No developer type of its own</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {verdict ? (
          <p
            className="mt-3 flex flex-wrap items-start gap-2 text-sm text-stone-700"
            data-survey-verdict={verdict.kind}
          >
            <VerdictBadge
              tone={toneOf(verdict)}
              kind={verdict.kind}
              label={verdict.label}
              higherIndex={verdict.higher ? roles.findIndex((r) => r.slug === verdict.higher) : null}
            />
            <span className="min-w-0 flex-1 basis-64">
              {verdict.sentence}
              <Refs refs={verdict.refs} />
            </span>
          </p>
        ) : null}
      </Cited>
    </section>
  );
}
