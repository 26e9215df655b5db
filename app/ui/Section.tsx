import type { ReactNode } from "react";

const STYLES = {
  /** A group of a form's fields. */
  form: { section: "space-y-5", heading: "text-lg font-semibold" },
  /** A part of a long public page. */
  page: { section: "space-y-3", heading: "text-2xl font-semibold tracking-tight" },
};

/** A titled part of a page: a section labelled by its h2. */
export function Section({
  id,
  title,
  kind = "form",
  children,
}: {
  id: string;
  title: string;
  kind?: keyof typeof STYLES;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={STYLES[kind].section}>
      <h2 id={id} className={STYLES[kind].heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
