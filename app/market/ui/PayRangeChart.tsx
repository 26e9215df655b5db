import { scaleLinear } from "d3-scale";
import { formatMoneyRounded, formatMoneyThousands } from "~/format";
import type { LevelCell, LevelRow } from "../comparison";
import { ROLE_STYLES, STAND_IN_STYLE, type RoleStyle } from "./role-styles";

// Salary by level as range bars: the bar spans the middle half of salaries (25th to 75th
// percentile) and the dark mark is the median. Server-rendered SVG, no script. Two
// layouts of one drawing: a wide one for larger screens and one drawn at phone width, so
// text is never scaled below a readable size; CSS shows one (the other is display:none,
// which also hides it from screen readers).

interface Layout {
  name: "wide" | "narrow";
  width: number;
  ticks: number;
  /** Room at the right for the median's amount. */
  valueWidth: number;
}

const WIDE: Layout = { name: "wide", width: 720, ticks: 6, valueWidth: 84 };
const NARROW: Layout = { name: "narrow", width: 360, ticks: 4, valueWidth: 70 };

const PAD_X = 2;
const HEADER = 26;
const LABEL = 16;
const BAR = 16;
const BAR_GAP = 10;
const GROUP_GAP = 14;
const AXIS = 26;

export interface ChartRole {
  name: string;
}

interface Bar {
  key: string;
  label: string;
  cell: LevelCell;
  style: RoleStyle;
  standIn: boolean;
}

/** One bar per role, or a single one when every role shows the same stand-in figure:
 *  the same number is never drawn twice as if it compared two roles. */
function barsOf(row: LevelRow, roles: ChartRole[]): Bar[] {
  if (row.shared) {
    return [{ key: "shared", label: row.shared.label, cell: row.cells[0], style: STAND_IN_STYLE, standIn: true }];
  }
  return row.cells.map((cell, i) => ({
    key: cell.role,
    label: cell.standIn ? `${roles[i].name}: ${cell.standIn}` : roles[i].name,
    cell,
    style: cell.standIn ? STAND_IN_STYLE : ROLE_STYLES[i % ROLE_STYLES.length],
    standIn: cell.standIn !== null,
  }));
}

const groupHeight = (bars: number) => HEADER + bars * (LABEL + BAR + BAR_GAP) + GROUP_GAP;

function Drawing({ rows, roles, layout }: { rows: LevelRow[]; roles: ChartRole[]; layout: Layout }) {
  const hatchId = `stand-in-hatch-${layout.name}`;
  const values = rows.flatMap((r) =>
    r.cells.flatMap((c) => (c.figure ? [c.figure.p25 ?? c.figure.p50, c.figure.p75 ?? c.figure.p50] : [])),
  );
  const x = scaleLinear()
    .domain([Math.min(...values) * 0.94, Math.max(...values) * 1.03])
    // Room on the left for half an axis label centred on the first tick.
    .range([PAD_X + 18, layout.width - layout.valueWidth])
    .nice(layout.ticks);
  const groups = rows.map((row) => ({ row, bars: barsOf(row, roles) }));
  const plotHeight = groups.reduce((sum, g) => sum + groupHeight(g.bars.length), 0);
  let top = 0;

  return (
    <>
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={STAND_IN_STYLE.band} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#a8a29e" strokeWidth="2.5" />
        </pattern>
      </defs>
      {x.ticks(layout.ticks).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} stroke="#e7e5e4" />
          <text x={x(tick)} y={plotHeight + 17} textAnchor="middle" fontSize="12" fill="#57534e">
            {formatMoneyThousands(tick)}
          </text>
        </g>
      ))}
      {groups.map(({ row, bars }) => {
        const groupTop = top;
        top += groupHeight(bars.length);
        return (
          <g key={row.level} data-level={row.level}>
            <line x1={0} x2={layout.width} y1={groupTop + 0.5} y2={groupTop + 0.5} stroke="#d6d3d1" />
            <text x={PAD_X} y={groupTop + 18} fontSize="14" fontWeight="600" fill="#1c1917">
              {row.label}
            </text>
            {row.verdict ? (
              <text x={layout.width - PAD_X} y={groupTop + 18} fontSize="12" textAnchor="end" fill="#44403c">
                {row.verdict.label}
              </text>
            ) : null}
            {bars.map((bar, i) => {
              const labelTop = groupTop + HEADER + i * (LABEL + BAR + BAR_GAP);
              const y = labelTop + LABEL;
              const figure = bar.cell.figure;
              if (!figure) {
                return (
                  <text key={bar.key} x={PAD_X} y={labelTop + 12} fontSize="12" fill="#78716c">
                    {`${roles[i].name}: no figure at this level`}
                  </text>
                );
              }
              const low = x(figure.p25 ?? figure.p50);
              const high = x(figure.p75 ?? figure.p50);
              const mid = x(figure.p50);
              return (
                <g key={bar.key} data-bar={bar.standIn ? "stand-in" : "own"} data-median={figure.p50}>
                  <text x={PAD_X} y={labelTop + 12} fontSize="12" fill={bar.standIn ? "#57534e" : "#1c1917"}>
                    {bar.label}
                  </text>
                  <rect
                    x={low}
                    y={y}
                    width={Math.max(2, high - low)}
                    height={BAR}
                    rx="3"
                    fill={bar.standIn ? `url(#${hatchId})` : bar.style.band}
                    stroke={bar.style.mark}
                    strokeDasharray={bar.standIn ? "3 2" : undefined}
                  />
                  <rect x={mid - 1.5} y={y - 3} width="3" height={BAR + 6} rx="1" fill={bar.style.mark} />
                  <text
                    x={layout.width - PAD_X}
                    y={y + 12}
                    fontSize="12"
                    textAnchor="end"
                    fontWeight="600"
                    fill="#1c1917"
                  >
                    {formatMoneyRounded(figure.p50)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </>
  );
}

/** Median salary and middle half by level, for one role or two. `labelledBy` and
 *  `describedBy` name the HTML title and the sentence pointing to the table of the same
 *  figures. */
export function PayRangeChart({
  rows,
  roles,
  labelledBy,
  describedBy,
}: {
  rows: LevelRow[];
  roles: ChartRole[];
  labelledBy: string;
  describedBy: string;
}) {
  const drawn = rows.filter((r) => r.cells.some((c) => c.figure !== null));
  if (drawn.length === 0) return null;
  return (
    <div data-chart>
      {[WIDE, NARROW].map((layout) => {
        const height = drawn.reduce((sum, row) => sum + groupHeight(barsOf(row, roles).length), 0) + AXIS;
        return (
          <svg
            key={layout.name}
            viewBox={`0 0 ${layout.width} ${height}`}
            role="img"
            aria-labelledby={labelledBy}
            aria-describedby={describedBy}
            data-layout={layout.name}
            className={
              layout.name === "wide" ? "hidden h-auto w-full max-w-3xl sm:block" : "h-auto w-full max-w-md sm:hidden"
            }
          >
            <Drawing rows={drawn} roles={roles} layout={layout} />
          </svg>
        );
      })}
    </div>
  );
}
