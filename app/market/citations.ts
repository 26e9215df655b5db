// Numbered citations for the figures a table or paragraph shows, so every number on a
// page points at its source, sample size and date.

import { BASIS_LABELS, sampleLabel } from "./format";
import type { PayFigureView } from "./types";

export interface Citation {
  ref: number;
  sourceName: string;
  url: string;
  period: string;
  /** "n = 76", "employment 1,654,440", or why there is no sample. */
  sample: string;
  basis: string;
  licence: string;
  /** Shown where the licence asks for attribution (Stack Overflow's ODbL data). */
  attribution: string | null;
}

export interface CitationList {
  /** The reference number of a figure, adding it on first use. */
  ref: (figure: PayFigureView) => number;
  list: () => Citation[];
}

const NO_SAMPLE: Record<PayFigureView["basis"], string> = {
  observed: "sample size not published",
  wage_floor: "no sample: a legal minimum set from OEWS pay data",
  survey_median: "sample size not published",
};

export function citationFor(figure: PayFigureView, ref: number): Citation {
  return {
    ref,
    sourceName: figure.sourceName,
    url: figure.url,
    period: figure.period,
    sample: sampleLabel(figure) || NO_SAMPLE[figure.basis],
    basis: BASIS_LABELS[figure.basis],
    licence: figure.licence,
    attribution: figure.licence.includes("ODbL") ? figure.attribution : null,
  };
}

/** Figures are the same citation when they are the same published number. */
function figureKey(f: PayFigureView): string {
  return [f.sourceId, f.roleSlug, f.occupationCode, f.level, f.sourceLevel, f.areaCode, f.company].join("|");
}

/** One citation per figure (each has its own sample), or per source where a table shows
 *  many figures of one sample-less source (OFLC wage floors by metro). */
export function createCitations(per: "figure" | "source" = "figure"): CitationList {
  const byKey = new Map<string, Citation>();
  return {
    ref(figure) {
      const key = per === "figure" ? figureKey(figure) : figure.sourceId;
      const existing = byKey.get(key);
      if (existing) return existing.ref;
      const citation = citationFor(figure, byKey.size + 1);
      byKey.set(key, citation);
      return citation.ref;
    },
    list: () => [...byKey.values()],
  };
}
