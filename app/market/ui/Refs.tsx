/** Citation marks "[1][3]" linking to the page's source list. */
export function Refs({ refs }: { refs: readonly number[] }) {
  if (refs.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-[0.7em] font-normal">
      {refs.map((ref) => (
        <a
          key={ref}
          href={`#source-${ref}`}
          className="text-stone-500 no-underline hover:text-brand-700 hover:underline"
        >
          [{ref}]
        </a>
      ))}
    </sup>
  );
}
