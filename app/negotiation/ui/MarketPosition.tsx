// Where the offer sits in the market: a range bar (inline SVG with a title and a
// description), the same facts as a table, and the sources with their n and date.
import { useId } from "react";
import type { PayBasis } from "~/market/types";
import { formatCalendarDate, formatMoney } from "~/format";
import { describePlacement, describeSample, ordinal } from "../wording";
import type { MarketBand, MarketPosition, Placement, SourceCitation } from "../position";

const BASIS_LABELS: Record<PayBasis, string> = {
  observed: "observed pay",
  wage_floor: "legal wage floor, not observed pay",
  survey_median: "self-reported survey median",
};

interface Marker {
  label: string;
  /** Label on the bar itself, where space is short. */
  shortLabel: string;
  cents: number;
  placement: Placement | null;
}

function offerMarkers(position: MarketPosition): Marker[] {
  const value = position.value;
  const markers: Marker[] = [
    { label: "Offer base", shortLabel: "Base", cents: value.baseCents, placement: position.base },
  ];
  if (value.yearlyTotalCents !== value.baseCents) {
    markers.push({
      label: "Offer yearly total",
      shortLabel: "Total",
      cents: value.yearlyTotalCents,
      placement: position.yearlyTotal,
    });
  }
  return markers;
}

const placementText = (marker: Marker) => (marker.placement ? `, ${describePlacement(marker.placement)}` : "");

// SVG geometry, in viewBox units.
const WIDTH = 640;
const HEIGHT = 110;
const MARGIN = 40;
const BAR_Y = 52;

function RangeBar({ band, markers }: { band: MarketBand; markers: Marker[] }) {
  const id = useId();
  const amounts = [...band.points.map((point) => point.cents), ...markers.map((marker) => marker.cents)];
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  const span = high - low || 1;
  const x = (cents: number) => MARGIN + ((cents - low) / span) * (WIDTH - 2 * MARGIN);
  const at = (percentile: number) => band.points.find((point) => point.percentile === percentile);
  const p25 = at(25);
  const p75 = at(75);
  const first = band.points[0];
  const last = band.points[band.points.length - 1];
  const description = [
    ...markers.map((marker) => `${marker.label} ${formatMoney(marker.cents)}${placementText(marker)}.`),
    `Published percentiles: ${band.points.map((point) => `${ordinal(point.percentile)} ${formatMoney(point.cents)}`).join(", ")}.`,
  ].join(" ");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-2xl"
    >
      <title id={`${id}-title`}>The offer against the market range</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={x(first.cents)} x2={x(last.cents)} y1={BAR_Y} y2={BAR_Y} className="stroke-slate-400" strokeWidth={2} />
      {p25 && p75 && (
        <rect
          x={x(p25.cents)}
          y={BAR_Y - 10}
          width={x(p75.cents) - x(p25.cents)}
          height={20}
          className="fill-sky-200"
        />
      )}
      {band.points.map((point) => (
        <g key={point.percentile}>
          <line
            x1={x(point.cents)}
            x2={x(point.cents)}
            y1={BAR_Y - 12}
            y2={BAR_Y + 12}
            className="stroke-slate-600"
            strokeWidth={point.percentile === 50 ? 3 : 1.5}
          />
          <text x={x(point.cents)} y={BAR_Y + 28} textAnchor="middle" className="fill-slate-700 text-[11px]">
            {ordinal(point.percentile)}
          </text>
        </g>
      ))}
      {markers.map((marker, index) => (
        <g key={marker.label}>
          <circle
            cx={x(marker.cents)}
            cy={BAR_Y}
            r={7}
            className={index === 0 ? "fill-emerald-600" : "fill-amber-500"}
          />
          <text
            x={x(marker.cents)}
            y={index === 0 ? 22 : 100}
            textAnchor="middle"
            className="fill-slate-900 text-[12px] font-semibold"
          >
            {marker.shortLabel}
          </text>
        </g>
      ))}
    </svg>
  );
}

function RangeTable({ band, markers }: { band: MarketBand; markers: Marker[] }) {
  const rows = [
    ...band.points.map((point) => ({
      key: `p${point.percentile}`,
      label: `${ordinal(point.percentile)} percentile`,
      cents: point.cents,
      offer: false,
    })),
    ...markers.map((marker) => ({
      key: marker.label,
      label: `${marker.label}${placementText(marker)}`,
      cents: marker.cents,
      offer: true,
    })),
  ].sort((a, b) => a.cents - b.cents);
  return (
    <table className="mt-3 w-full max-w-2xl text-left text-sm">
      <caption className="text-left font-medium text-slate-700">
        Market range ({band.areaName}) and the offer, yearly
      </caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1 pr-4">
            What
          </th>
          <th scope="col" className="py-1 text-right">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.offer ? "bg-emerald-50 font-semibold" : "border-b border-slate-100"}>
            <th scope="row" className="py-1 pr-4 font-normal">
              {row.label}
            </th>
            <td className="py-1 text-right tabular-nums">{formatMoney(row.cents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Only web links become links: the address comes from imported data, not from us. */
function SourceName({ source }: { source: SourceCitation }) {
  const isWebLink = /^https?:\/\//i.test(source.url);
  return isWebLink ? (
    <a href={source.url} className="text-sky-800 underline" rel="noreferrer">
      {source.sourceName}
    </a>
  ) : (
    <span>{source.sourceName}</span>
  );
}

function SourceList({ sources }: { sources: SourceCitation[] }) {
  return (
    <ul className="mt-1 space-y-1 text-sm text-slate-700">
      {sources.map((source) => (
        <li key={`${source.sourceName}|${source.period}|${source.asOf}`}>
          <SourceName source={source} /> ({source.publisher}), {source.period}, data as of{" "}
          {formatCalendarDate(source.asOf)}; {describeSample(source)}; {BASIS_LABELS[source.basis]}; licence:{" "}
          {source.licence}.
          {source.primary && <span className="font-medium"> The range is taken from this source.</span>}
        </li>
      ))}
    </ul>
  );
}

function SentenceList({ title, sentences }: { title: string; sentences: string[] }) {
  if (sentences.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 font-semibold">{title}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}

export function MarketPositionView({ position }: { position: MarketPosition }) {
  const headingId = useId();
  const markers = offerMarkers(position);
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        Where the offer sits in the market
      </h2>
      {position.band ? (
        <>
          <RangeBar band={position.band} markers={markers} />
          <RangeTable band={position.band} markers={markers} />
        </>
      ) : (
        <p>There is no market range to place the offer against.</p>
      )}
      {position.sources.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Sources</h3>
          <SourceList sources={position.sources} />
        </>
      )}
      <SentenceList title="What the data doesn't cover" sentences={position.notes} />
      <SentenceList title="How the yearly figures were worked out" sentences={position.valuation} />
    </section>
  );
}
