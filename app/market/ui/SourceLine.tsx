import type { Citation } from "../citations";

/** The sources under a table, chart or paragraph: name, period, sample, basis, licence,
 *  and the attribution where the licence asks for one (Stack Overflow, ODbL). */
export function SourceLine({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <figcaption data-source-line className="mt-3 text-xs leading-relaxed text-stone-600">
      <span className="font-semibold">Sources: </span>
      {citations.map((c) => (
        <span key={c.ref} className="mr-2 inline">
          [{c.ref}]{" "}
          <a href={c.url} rel="external">
            {c.sourceName}
          </a>
          {` · period ${c.period} · ${c.sample} · ${c.basis} · ${c.licence}.`}
          {c.attribution ? ` ${c.attribution}` : null}
        </span>
      ))}
    </figcaption>
  );
}
