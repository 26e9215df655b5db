// The form's problems listed at the top, each linking to its field, so that a person who
// lands back on a long form (always, without JavaScript) sees at once what to change.
import type { NegotiationFieldErrors } from "../form-values";

/** The checkbox group has no single control to focus; its message is the target. */
const fieldTarget = (field: string) => (field === "priority" ? "field-priority-error" : `field-${field}`);

export function ErrorSummary({ errors }: { errors: NegotiationFieldErrors }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="negotiate-error-summary" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
      <h2 id="negotiate-error-summary" className="font-semibold">
        {entries.length === 1 ? "One answer needs a change" : `${entries.length} answers need a change`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldTarget(field)}`} className="underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
