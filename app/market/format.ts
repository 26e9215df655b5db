// How market data is written for people: levels, bases, sample sizes. Money and counts are
// written by ~/format.

import { formatCount } from "~/format";
import type { Level, PayBasis, PayFigureView } from "./types";

/** A name or sentence as it reads mid-sentence: "Full-stack engineer" → "full-stack
 *  engineer", while acronyms such as "SRE / DevOps engineer" keep their capitals. */
export function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
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
