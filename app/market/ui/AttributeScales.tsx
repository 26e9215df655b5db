import { ATTRIBUTE_LABELS, type RoleAttributes, type RoleProfile } from "../roles";

const MAX_SCORE = 5;

/** Each attribute as a row of five marks per role, filled up to the role's score. */
export function AttributeScales({ roles }: { roles: RoleProfile[] }) {
  const attributes = Object.keys(ATTRIBUTE_LABELS) as (keyof RoleAttributes)[];
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {attributes.map((attribute) => (
        <div key={attribute} className="rounded-lg border border-stone-200 bg-white p-4">
          <dt className="font-medium">{ATTRIBUTE_LABELS[attribute]}</dt>
          {roles.map((role) => {
            const score = role.attributes[attribute];
            return (
              <dd key={role.slug} className="mt-2 flex items-center justify-between gap-3 text-sm">
                <span>{role.name}</span>
                <span role="img" aria-label={`${score} out of ${MAX_SCORE}`} className="flex gap-1">
                  {Array.from({ length: MAX_SCORE }, (_, i) => (
                    <span
                      key={i}
                      aria-hidden="true"
                      className={`inline-block h-3 w-5 rounded-sm ${i < score ? "bg-brand-600" : "bg-stone-200"}`}
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
