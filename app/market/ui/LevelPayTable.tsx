import { formatMoneyRounded } from "~/format";
import type { LevelCell, LevelRow, ShownFigure } from "../comparison";
import { Refs } from "./Refs";
import { ROLE_STYLES, STAND_IN_STYLE } from "./role-styles";

export function Swatch({ className }: { className: string }) {
  return <span aria-hidden="true" className={`inline-block h-3 w-4 shrink-0 rounded-sm border ${className}`} />;
}

/** A table's head row: the first column's name, then one column per role with its colour
 *  when there are several roles. */
export function RoleColumnsHead({ first, roles }: { first: string; roles: { name: string }[] }) {
  return (
    <thead>
      <tr className="border-b border-stone-300 text-stone-700">
        <th scope="col" className="py-2 pr-3 font-medium last:pr-0">
          {first}
        </th>
        {roles.map((r, i) => (
          <th key={r.name} scope="col" className="py-2 pr-3 font-medium last:pr-0">
            <span className="inline-flex items-center gap-1.5">
              {roles.length > 1 ? <Swatch className={ROLE_STYLES[i % ROLE_STYLES.length].swatch} /> : null}
              {r.name}
            </span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function FigureCell({ figure, standIn }: { figure: ShownFigure | null; standIn: string | null }) {
  if (!figure) return <span className="text-stone-500">No figure at this level</span>;
  const spread =
    figure.p25 !== null && figure.p75 !== null
      ? [formatMoneyRounded(figure.p25), formatMoneyRounded(figure.p75)]
      : null;
  return (
    <>
      <span className="text-base font-semibold tabular-nums text-stone-900" data-median>
        {formatMoneyRounded(figure.p50)}
      </span>
      {spread ? (
        <span className="block text-stone-600">
          {/* A narrow column may break the range after its dash, never inside a figure. */}
          middle half{" "}
          <span className="tabular-nums">
            <span className="whitespace-nowrap">{spread[0]}–</span>
            <wbr />
            <span className="whitespace-nowrap">{spread[1]}</span>
          </span>
        </span>
      ) : null}
      <span className="block text-xs text-stone-500">
        {figure.size} · {figure.source}
        <Refs refs={[figure.ref]} />
      </span>
      {standIn ? <span className="mt-0.5 block text-xs italic text-stone-600">Stand-in: {standIn}</span> : null}
    </>
  );
}

function Cell({ cell }: { cell: LevelCell }) {
  return (
    <td className="py-2.5 pr-3 align-top last:pr-0" data-stand-in={cell.standIn ? "" : undefined}>
      <FigureCell figure={cell.figure} standIn={cell.standIn} />
    </td>
  );
}

/** The chart's figures as a table: median, middle half, sample and source per level. A
 *  stand-in shown for every role is one cell across the role columns, never repeated. */
export function LevelPayTable({
  rows,
  roles,
  caption,
}: {
  rows: LevelRow[];
  roles: { name: string }[];
  caption: string;
}) {
  // A phone's width fits three columns; the scroll box keeps a longer label from widening the page.
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-level-table>
        <caption className="mb-2 text-left text-sm text-stone-600">{caption}</caption>
        <RoleColumnsHead first="Level" roles={roles} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.level} className="border-b border-stone-200">
              <th scope="row" className="py-2.5 pr-3 align-top font-medium text-stone-900">
                {row.label}
              </th>
              {row.shared ? (
                <td colSpan={roles.length} className="py-2.5 pr-3 align-top last:pr-0" data-shared-stand-in="">
                  <span className="mb-1 flex items-start gap-1.5 text-xs font-medium text-stone-600">
                    <Swatch className={`mt-0.5 ${STAND_IN_STYLE.swatch}`} />
                    {row.shared.note}
                  </span>
                  <FigureCell figure={row.cells[0].figure} standIn={null} />
                </td>
              ) : (
                row.cells.map((cell) => <Cell key={cell.role} cell={cell} />)
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
