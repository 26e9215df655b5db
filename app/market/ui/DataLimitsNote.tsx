import type { DataLimit } from "../comparison-page";

/** What the figures cannot say, in plain words, next to them. */
export function DataLimitsNote({ limits }: { limits: DataLimit[] }) {
  return (
    <aside
      id="limits"
      aria-labelledby="limits-title"
      className="rounded-lg border border-amber-200 bg-amber-50 p-4 sm:p-5"
    >
      <h2 id="limits-title" className="font-semibold text-stone-900">
        What this data cannot say
      </h2>
      <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-stone-800">
        {limits.map((limit) => (
          <li key={limit.id} data-limit={limit.id}>
            {limit.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
