// How market data is written for people: money, levels, sources. One place for each.

import type { Level, PayBasis, PayFigureView } from "./types";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("en-US");

/** Annual cents as whole dollars: 13308000 → "$133,080". */
export function formatUsd(cents: number): string {
  return usd.format(Math.round(cents / 100));
}

/** A name or sentence as it reads mid-sentence: "Full-stack engineer" → "full-stack
 *  engineer", while acronyms such as "SRE / DevOps engineer" keep their capitals. */
export function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
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
