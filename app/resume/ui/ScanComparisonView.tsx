// A re-scan's comparison with the user's previous scan of the same resume: how the score
// and each part of it moved, what the new version fixed and what it added.
import type { ScanComparison } from "../compare.ts";
import type { Finding, Gate } from "../types.ts";

const signed = (delta: number) => (delta > 0 ? `+${delta}` : String(delta));

function ChangeList({ title, items }: { title: string; items: (Finding | Gate)[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">
        {title} ({items.length})
      </h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {items.map((item, i) => (
          <li key={`${item.what}:${i}`}>
            {item.what}
            {item.where ? (
              <>
                {": "}
                <q className="break-words">{item.where}</q>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ScanComparisonView({
  comparison,
  previousHref,
}: {
  comparison: ScanComparison;
  previousHref: string | null;
}) {
  const { match } = comparison;
  return (
    <section aria-labelledby="scan-comparison" className="space-y-4 rounded-lg border border-sky-200 bg-sky-50 p-5">
      <h2 id="scan-comparison" className="text-xl font-semibold">
        Compared with your previous scan
      </h2>
      <p>
        Score {comparison.previousTotal} → {comparison.currentTotal} ({signed(comparison.delta)})
        {match.delta !== null ? `; job match ${match.previous} → ${match.current} (${signed(match.delta)})` : ""}.
        {previousHref ? (
          <>
            {" "}
            <a href={previousHref}>Open the previous scan</a>.
          </>
        ) : null}
      </p>
      {comparison.sameRuleset ? null : (
        <p className="text-sm">
          The previous scan was scored with rules {comparison.previousVersion} and this one with{" "}
          {comparison.currentVersion}, so part of the change may come from the rules rather than your resume.
        </p>
      )}
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium">Points by part</caption>
        <thead>
          <tr>
            {["Part", "Before", "Now", "Change"].map((column) => (
              <th key={column} scope="col" className="border-b border-sky-200 p-1">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.categories.map((category) => (
            <tr key={category.id}>
              <th scope="row" className="border-b border-sky-200 p-1 font-normal">
                {category.label}
              </th>
              <td className="border-b border-sky-200 p-1">{category.previous ?? "—"}</td>
              <td className="border-b border-sky-200 p-1">{category.current ?? "—"}</td>
              <td className="border-b border-sky-200 p-1">{signed(category.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChangeList title="Fixed since the previous scan" items={[...comparison.gatesFixed, ...comparison.fixed]} />
      <ChangeList title="New in this version" items={[...comparison.gatesAdded, ...comparison.added]} />
    </section>
  );
}
