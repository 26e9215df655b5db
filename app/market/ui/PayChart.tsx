import { useId } from "react";
import type { PayTable } from "../comparison";
import { formatMoneyRounded } from "~/format";

const WIDTH = 640;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 90;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const GROUP_GAP = 18;
const LEGEND_HEIGHT = 28;
const BAR_CLASSES = ["fill-brand-600", "fill-stone-400"];

/** Median pay by level as grouped horizontal bars, with the 25th–75th percentile range as a
 *  line across each bar. Server-rendered SVG: the table above is the text alternative. */
export function PayChart({ table, title }: { table: PayTable; title: string }) {
  const id = useId();
  const rows = table.rows.filter((r) => r.cells.some((c) => c.p50 !== null));
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.flatMap((c) => [c.p75 ?? 0, c.p50 ?? 0])));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (cents: number) => LABEL_WIDTH + (cents / max) * plotWidth;
  const groupHeight = table.roles.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const height = LEGEND_HEIGHT + rows.length * groupHeight;
  const description = rows
    .map(
      (r) =>
        `${r.label}: ${r.cells.map((c, i) => `${table.roles[i].name} ${c.p50 === null ? "no figure" : formatMoneyRounded(c.p50)}`).join(", ")}`,
    )
    .join(". ");

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-3xl text-stone-800"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{`Median annual pay. ${description}.`}</desc>
      {table.roles.map((role, i) => (
        <g key={role.slug} transform={`translate(${LABEL_WIDTH + i * 220}, 4)`}>
          <rect width="14" height="14" className={BAR_CLASSES[i % BAR_CLASSES.length]} />
          <text x="20" y="12" className="fill-current text-[12px]">
            {role.name}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const top = LEGEND_HEIGHT + r * groupHeight;
        return (
          <g key={row.key}>
            <text x="0" y={top + BAR_HEIGHT} className="fill-current text-[12px]">
              {row.shortLabel}
            </text>
            {row.cells.map((cell, i) => {
              const y = top + i * (BAR_HEIGHT + BAR_GAP);
              if (cell.p50 === null) {
                return (
                  <text key={i} x={LABEL_WIDTH} y={y + 12} className="fill-stone-500 text-[11px]">
                    no figure
                  </text>
                );
              }
              return (
                <g key={i}>
                  <rect
                    x={LABEL_WIDTH}
                    y={y}
                    width={Math.max(1, x(cell.p50) - LABEL_WIDTH)}
                    height={BAR_HEIGHT}
                    className={BAR_CLASSES[i % BAR_CLASSES.length]}
                  />
                  {cell.p25 !== null && cell.p75 !== null ? (
                    <line
                      x1={x(cell.p25)}
                      x2={x(cell.p75)}
                      y1={y + BAR_HEIGHT / 2}
                      y2={y + BAR_HEIGHT / 2}
                      className="stroke-stone-900"
                      strokeWidth="2"
                    />
                  ) : null}
                  <text x={x(Math.max(cell.p50, cell.p75 ?? 0)) + 6} y={y + 12} className="fill-current text-[11px]">
                    {formatMoneyRounded(cell.p50)}
                    {cell.ref !== null ? ` [${cell.ref}]` : ""}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
