// One numbered list of sources per page. A figure cites its source by number ("[2]"),
// and shows its own sample size and period next to it; the list names each source once,
// and each licence once with the sources it covers.

import { BASIS_LABELS } from "./format";
import type { PayFigureView } from "./types";

export interface SourceEntry {
  ref: number;
  /** "ai-jobs.net salary survey, 2024". */
  name: string;
  publisher: string;
  url: string;
  period: string;
  /** What kind of figures: "pay reported for the period", "survey median"… */
  basis: string;
  licence: string;
  /** The credit line the licence asks for (Stack Overflow's ODbL data), else null. */
  attribution: string | null;
}

export interface LicenceGroup {
  licence: string;
  refs: number[];
}

export interface SourceList {
  entries: SourceEntry[];
  licences: LicenceGroup[];
}

export interface SourceRegistry {
  /** The reference number of a figure's source, adding the source on first use. */
  ref: (figure: PayFigureView) => number;
  list: () => SourceList;
}

/** Stack Overflow's licence asks for attribution; the public-domain and CC0 sources do not. */
function attributionOf(figure: PayFigureView): string | null {
  return figure.licence.includes("ODbL") ? `© ${figure.publisher}, ${figure.url}` : null;
}

export function createSourceRegistry(): SourceRegistry {
  const bySource = new Map<string, SourceEntry>();
  return {
    ref(figure) {
      const existing = bySource.get(figure.sourceId);
      if (existing) return existing.ref;
      const entry: SourceEntry = {
        ref: bySource.size + 1,
        name: figure.sourceName,
        publisher: figure.publisher,
        url: figure.url,
        period: figure.period,
        basis: BASIS_LABELS[figure.basis],
        licence: figure.licence,
        attribution: attributionOf(figure),
      };
      bySource.set(figure.sourceId, entry);
      return entry.ref;
    },
    list() {
      const entries = [...bySource.values()];
      const licences: LicenceGroup[] = [];
      for (const entry of entries) {
        const group = licences.find((g) => g.licence === entry.licence);
        if (group) group.refs.push(entry.ref);
        else licences.push({ licence: entry.licence, refs: [entry.ref] });
      }
      return { entries, licences };
    },
  };
}
