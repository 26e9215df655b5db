import type { FigureTable } from "../role-page";

/** A table of formatted figures whose rows cite their source by number. */
export function FigureTableView({ table, caption }: { table: FigureTable; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium text-stone-700">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            {table.columns.map((c) => (
              <th key={c} scope="col" className="py-2 pr-4">
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
                  <th key={i} scope="row" className="py-2 pr-4 font-medium">
                    {cell}
                    {row.ref !== null ? <sup className="ml-0.5 text-stone-500">[{row.ref}]</sup> : null}
                  </th>
                ) : (
                  <td key={i} className="py-2 pr-4">
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
