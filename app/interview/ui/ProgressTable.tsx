// Progress by competency across sessions, as a table: one row per competency, weakest
// latest result first, with the rating of every session that practised it.
import type { CompetencyProgress } from "../summary.ts";
import { ColumnHeads } from "~/ui/ColumnHeads";
import { RatingBadge } from "./RatingBadge.tsx";

const PROGRESS_COLUMNS = ["Competency", "Answers", "Sessions", "Latest", "Best", "Trend", "Each session, oldest first"];

const TREND_TEXT: Record<CompetencyProgress["trend"], string> = {
  new: "First session",
  improving: "Improving",
  steady: "Steady",
  declining: "Slipping",
};

export function ProgressTable({ progress }: { progress: CompetencyProgress[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-stone-700">
          Your ratings by competency, weakest latest rating first.
        </caption>
        <thead>
          <ColumnHeads labels={PROGRESS_COLUMNS} className="py-2 pr-4" rowClassName="border-b border-stone-300" />
        </thead>
        <tbody>
          {progress.map((entry) => (
            <tr key={entry.competency} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {entry.label}
              </th>
              <td className="py-2 pr-4">{entry.attempts}</td>
              <td className="py-2 pr-4">{entry.sessions}</td>
              <td className="py-2 pr-4">
                <RatingBadge rating={entry.latest} />
              </td>
              <td className="py-2 pr-4">
                <RatingBadge rating={entry.best} />
              </td>
              <td className="py-2 pr-4">{TREND_TEXT[entry.trend]}</td>
              <td className="py-2">{entry.history.map((point) => point.rating).join(" → ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
