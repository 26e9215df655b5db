import type { ReactNode } from "react";
import { PageHeading } from "~/ui/forms";
import type { PolicySection } from "~/legal/policies";

/** A policy page: a title, its date, a list of contents and its sections. */
export function PolicyPage({
  title,
  date,
  intro,
  sections,
}: {
  title: string;
  date: string;
  intro: ReactNode;
  sections: PolicySection[];
}) {
  return (
    <article className="mx-auto max-w-2xl">
      <PageHeading title={title}>
        <p>{intro}</p>
        <p className="mt-1 text-sm text-stone-600">Last changed {date}.</p>
      </PageHeading>
      <nav aria-label="Contents" className="mb-8">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-8">
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <h2 id={section.id} className="text-xl font-semibold">
              {section.heading}
            </h2>
            {section.paragraphs.map((p) => (
              <p key={p} className="mt-2 text-stone-800">
                {p}
              </p>
            ))}
            {section.points ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800">
                {section.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
    </article>
  );
}
