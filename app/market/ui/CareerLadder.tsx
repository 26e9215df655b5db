import { LEVEL_LABELS } from "../format";
import type { RoleProfile } from "../roles";
import { LEVELS } from "../types";

/** The ladder by level, side by side: typical band, title and scope at each step. */
export function CareerLadder({ roles }: { roles: RoleProfile[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium text-stone-700">
          Typical steps; band names follow common large-company ladders, and ladders differ between employers.
        </caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4">
              Level
            </th>
            {roles.map((r) => (
              <th key={r.slug} scope="col" className="py-2 pr-4">
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((level) => (
            <tr key={level} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {LEVEL_LABELS[level]}
              </th>
              {roles.map((r) => {
                const step = r.ladder.find((s) => s.level === level);
                return (
                  <td key={r.slug} className="py-2 pr-4">
                    {step ? (
                      <>
                        <span className="font-medium">
                          {step.band} · {step.title}
                        </span>
                        <span className="block text-stone-700">{step.scope}</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="align-top">
            <th scope="row" className="py-2 pr-4 font-medium">
              Beyond
            </th>
            {roles.map((r) => (
              <td key={r.slug} className="py-2 pr-4 text-stone-700">
                {r.beyondLadder}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
