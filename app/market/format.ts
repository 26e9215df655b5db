// How market data is written for people: money, levels, sources. One place for each.

import type { Level, PayBasis, PayFigureView } from "./types";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("en-US");

/** Annual cents as whole dollars: 13308000 → "$133,080". */
export function formatUsd(cents: number): string {
  return usd.format(Math.round(cents / 100));
}

export function formatCount(value: number): string {
  return count.format(value);
}

export const LEVEL_LABELS: Record<Level | "all", string> = {
  early: "Early career",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff / principal",
  all: "All levels",
};

const SOURCE_LEVEL_LABELS: Record<string, string> = {
  EN: "EN (entry level)",
  MI: "MI (mid level)",
  SE: "SE (senior)",
  EX: "EX (executive / director)",
};

/** The source's own level name, spelled out where it is a code. */
export function sourceLevelLabel(sourceLevel: string): string {
  return SOURCE_LEVEL_LABELS[sourceLevel] ?? sourceLevel;
}

export const BASIS_LABELS: Record<PayBasis, string> = {
  observed: "pay reported for the period",
  wage_floor: "legal wage floor, not observed pay",
  survey_median: "survey median",
};

/** "n = 1,238" or "employment 1,654,440" or "" — the size behind a figure. */
export function sampleLabel(figure: Pick<PayFigureView, "sampleSize" | "employment">): string {
  if (figure.sampleSize !== null) return `n = ${formatCount(figure.sampleSize)}`;
  if (figure.employment !== null) return `employment ${formatCount(figure.employment)}`;
  return "";
}

/** One line naming where a figure comes from, its period, basis and size. */
export function citation(figure: PayFigureView): string {
  const parts = [figure.sourceName, BASIS_LABELS[figure.basis], sampleLabel(figure)].filter((p) => p !== "");
  return `${parts.join("; ")}. ${figure.licence}.`;
}
