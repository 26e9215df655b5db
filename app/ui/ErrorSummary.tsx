// A form's problems listed at the top, each linking to its field, so that a person who
// lands back on a long form (always, without JavaScript) sees at once what to change.
// Fields are `field-<name>` (app/ui/fields.tsx); a group of checkboxes has no
// single control to focus, so its message (`field-<name>-error`) is the target.

export interface ErrorSummaryProps {
  errors: Partial<Record<string, string | undefined>>;
  /** A unique id for the heading, e.g. "layoff-error-summary". */
  id: string;
  /** Field names that are checkbox groups. */
  groups?: readonly string[];
}

export function ErrorSummary({ errors, id, groups = [] }: ErrorSummaryProps) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  const target = (field: string) => (groups.includes(field) ? `field-${field}-error` : `field-${field}`);
  return (
    <div
      role="alert"
      aria-labelledby={id}
      className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      <h2 id={id} className="font-semibold">
        {entries.length === 1 ? "One answer needs a change" : `${entries.length} answers need a change`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${target(field)}`} className="underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
