import type { RoleProfileView } from "../comparison-page";
import { ATTRIBUTE_LABELS, type AttributeKey } from "../format";

const MAX_SCORE = 5;

/** Each attribute as a row of five marks per role, filled up to the role's score. */
export function AttributeScales({ roles }: { roles: RoleProfileView[] }) {
  const attributes = Object.keys(ATTRIBUTE_LABELS) as AttributeKey[];
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {attributes.map((attribute) => (
        <div key={attribute} className="rounded-lg border border-stone-200 bg-white p-4">
          <dt className="text-sm font-medium text-stone-900">{ATTRIBUTE_LABELS[attribute]}</dt>
          {roles.map((role) => {
            const score = role.attributes[attribute];
            return (
              <dd key={role.role} className="mt-2 flex items-center justify-between gap-3 text-sm text-stone-700">
                <span>{role.name}</span>
                <span role="img" aria-label={`${score} out of ${MAX_SCORE}`} className="flex gap-1">
                  {Array.from({ length: MAX_SCORE }, (_, i) => (
                    <span
                      key={i}
                      aria-hidden="true"
                      className={`inline-block h-2.5 w-5 rounded-sm ${i < score ? "bg-brand-600" : "bg-stone-200"}`}
                    />
                  ))}
                </span>
              </dd>
            );
          })}
        </div>
      ))}
    </dl>
  );
}
