import type { PayCell, PayTable } from "../comparison";
import { formatMoneyRounded } from "~/format";

function CellContent({ cell }: { cell: PayCell }) {
  if (cell.p50 === null) return <span className="text-stone-500">No figures</span>;
  const spread = cell.p25 !== null && cell.p75 !== null ? `${formatMoneyRounded(cell.p25)} – ${formatMoneyRounded(cell.p75)}` : null;
  return (
    <>
      <span className="font-semibold">{formatMoneyRounded(cell.p50)}</span>
      {cell.ref !== null ? <sup className="ml-0.5 text-stone-500">[{cell.ref}]</sup> : null}
      {spread ? <span className="block text-xs text-stone-600">middle half: {spread}</span> : null}
      {cell.approximation ? <span className="block text-xs italic text-stone-500">{cell.approximation}</span> : null}
    </>
  );
}

/** Median (and the 25th–75th percentile range) by level, one column per role. */
export function PayTableView({ table, caption }: { table: PayTable; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium text-stone-700">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4">
              Level
            </th>
            {table.roles.map((r) => (
              <th key={r.slug} scope="col" className="py-2 pr-4">
                {r.name}: median
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={table.roles[i].slug} className="py-2 pr-4">
                  <CellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
