import type { SourceList as Sources } from "../citations";

/** The page's one list of sources, each once, and each licence once with the sources it
 *  covers. Figures cite these by number. */
export function SourceList({ sources }: { sources: Sources }) {
  if (sources.entries.length === 0) return null;
  return (
    <section aria-labelledby="sources-title" className="border-t border-stone-200 pt-6 text-sm text-stone-700">
      <h2 id="sources-title" className="text-lg font-semibold text-stone-900">
        Sources
      </h2>
      <ol className="mt-3 space-y-1.5" data-source-list>
        {sources.entries.map((s) => (
          <li key={s.ref} id={`source-${s.ref}`} className="scroll-mt-4">
            <span className="mr-1 tabular-nums text-stone-500">[{s.ref}]</span>
            <a href={s.url} rel="external">
              {s.name}
            </a>
            <span className="text-stone-600">
              {" "}
              · {s.publisher} · period {s.period} · {s.basis}
              {s.attribution ? ` · ${s.attribution}` : ""}
            </span>
          </li>
        ))}
      </ol>
      <h3 className="mt-4 font-semibold text-stone-900">Licences</h3>
      <ul className="mt-1 space-y-1" data-licences>
        {sources.licences.map((group) => (
          <li key={group.licence}>
            {group.licence}: {group.refs.map((r) => `[${r}]`).join("")}
            {group.licence.includes("ODbL")
              ? ". Our figures derived from this data are shared under the same licence."
              : "."}
          </li>
        ))}
      </ul>
    </section>
  );
}
