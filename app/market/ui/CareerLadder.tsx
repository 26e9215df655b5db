import type { RoleProfileView } from "../comparison-page";
import { LEVEL_LABELS } from "../format";
import { LEVELS } from "../types";

/** The ladder by level, side by side: title, typical band and scope at each step. */
export function CareerLadder({ roles }: { roles: RoleProfileView[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-stone-600">
        Typical steps. Band names (L3, M1…) follow common large-company ladders; ladders differ between employers.
      </caption>
      <thead>
        <tr className="border-b border-stone-300 text-stone-700">
          <th scope="col" className="py-2 pr-3 font-medium">
            Level
          </th>
          {roles.map((r) => (
            <th key={r.role} scope="col" className="py-2 pr-3 font-medium">
              {r.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((level) => (
          <tr key={level} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
              {LEVEL_LABELS[level]}
            </th>
            {roles.map((r) => {
              const step = r.ladder.find((s) => s.level === level);
              return (
                <td key={r.role} className="py-2 pr-3">
                  {step ? (
                    <>
                      <span className="font-medium text-stone-900">{step.title}</span>
                      <span className="ml-1 text-xs text-stone-500">({step.band})</span>
                      <span className="block text-stone-700">{step.scope}</span>
                    </>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
        <tr className="align-top">
          <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
            Beyond
          </th>
          {roles.map((r) => (
            <td key={r.role} className="py-2 pr-3 text-stone-700">
              {r.beyondLadder}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
