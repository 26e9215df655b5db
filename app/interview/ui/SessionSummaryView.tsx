// The summary of one session, and optionally progress across sessions.
import { RATINGS } from "../types.ts";
import type { CompetencyProgress, SessionSummary } from "../summary.ts";
import { Heading, subLevel, type HeadingLevel } from "./Heading.tsx";
import { RatingBadge } from "./RatingBadge.tsx";

const TREND_TEXT: Record<CompetencyProgress["trend"], string> = {
  new: "first attempt",
  improving: "improving",
  steady: "steady",
  declining: "slipping",
};

function TextList({
  title,
  items,
  empty,
  level,
}: {
  title: string;
  items: string[];
  empty: string;
  level: HeadingLevel;
}) {
  return (
    <section aria-label={title}>
      <Heading level={level} className="text-base font-semibold">
        {title}
      </Heading>
      {items.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SessionSummaryView({
  summary,
  progress,
  headingLevel = 2,
}: {
  summary: SessionSummary;
  /** From progressByCompetency(); shown as a table when given. */
  progress?: CompetencyProgress[];
  headingLevel?: HeadingLevel;
}) {
  const inner = subLevel(headingLevel);
  return (
    <section className="space-y-6" aria-label="Session summary">
      <header className="space-y-2">
        <Heading level={headingLevel} className="flex items-center gap-3 text-lg font-semibold">
          Session summary {summary.overall && <RatingBadge rating={summary.overall} />}
        </Heading>
        <p>
          {summary.answered} of {summary.total} questions answered
          {summary.complete ? "." : "; you can resume where you stopped."}
        </p>
        {summary.answered > 0 && (
          <p className="text-sm text-slate-700">
            {RATINGS.map((rating) => `${summary.ratings[rating]} ${rating}`).join(" · ")}
          </p>
        )}
      </header>

      <TextList
        title="Strengths"
        items={summary.strengths}
        empty="Answer a few questions to see your strengths."
        level={inner}
      />
      <TextList
        title="What to practise next"
        items={summary.practiseNext}
        empty="Nothing stands out yet."
        level={inner}
      />

      {summary.byCompetency.length > 0 && (
        <section aria-label="By competency">
          <Heading level={inner} className="text-base font-semibold">
            By competency
          </Heading>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Answers</th>
                <th scope="col">Rating</th>
              </tr>
            </thead>
            <tbody>
              {summary.byCompetency.map((result) => (
                <tr key={result.competency} className="border-t border-slate-200">
                  <th scope="row" className="font-normal">
                    {result.label}
                  </th>
                  <td>{result.answered}</td>
                  <td>
                    <RatingBadge rating={result.rating} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {progress && progress.length > 0 && (
        <section aria-label="Progress across sessions">
          <Heading level={inner} className="text-base font-semibold">
            Progress across sessions
          </Heading>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Sessions</th>
                <th scope="col">Latest</th>
                <th scope="col">Best</th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((entry) => (
                <tr key={entry.competency} className="border-t border-slate-200">
                  <th scope="row" className="font-normal">
                    {entry.label}
                  </th>
                  <td>{entry.sessions}</td>
                  <td>
                    <RatingBadge rating={entry.latest} />
                  </td>
                  <td>
                    <RatingBadge rating={entry.best} />
                  </td>
                  <td>{TREND_TEXT[entry.trend]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
