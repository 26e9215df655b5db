import type { FigureTable } from "../role-page";
import { Refs } from "./Refs";

/** A table of formatted figures whose rows cite their source by number. */
export function FigureTableView({ table, caption }: { table: FigureTable; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm tabular-nums">
        <caption className="mb-2 text-left text-stone-600">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-700">
            {table.columns.map((c) => (
              <th key={c} scope="col" className="py-2 pr-3 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-2 pr-3 font-medium text-stone-900">
                    {cell}
                    {row.ref !== null ? <Refs refs={[row.ref]} /> : null}
                  </th>
                ) : (
                  <td key={i} className="py-2 pr-3">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
