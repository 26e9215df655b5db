// How market data is written for people: levels, bases, sample sizes, differences. Money
// and counts are written by ~/format.

import { formatCount, formatMoneyRounded } from "~/format";
import { ROLE_PROFILES, type RoleSlug } from "./roles";
import type { Level, PayBasis, PayFigureView } from "./types";

/** A name or sentence as it reads mid-sentence: "Full-stack engineer" → "full-stack
 *  engineer", while acronyms such as "SRE / DevOps engineer" keep their capitals. */
export function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "full-stack engineers", "SRE / DevOps engineers". */
export function rolePlural(role: RoleSlug): string {
  return `${inSentence(ROLE_PROFILES[role].name)}s`;
}

/** Plain level names, as people say them (never a source's code such as "SE"). */
export const LEVEL_LABELS: Record<Level | "all", string> = {
  early: "Early career",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff / principal",
  all: "All levels",
};

/** "at senior level", "early in a career", "across all levels". */
export function atLevel(level: Level | "all"): string {
  switch (level) {
    case "early":
      return "early in a career";
    case "mid":
      return "at mid-level";
    case "senior":
      return "at senior level";
    case "staff":
      return "at staff / principal level";
    case "all":
      return "across all levels";
  }
}

/** The editorial attributes every role is rated on (1–5), as the page names them. */
export const ATTRIBUTE_LABELS = {
  technicalBreadth: "Technical breadth",
  architectureDepth: "System architecture depth",
  uiInvolvement: "User-interface involvement",
  infrastructureFocus: "Infrastructure focus",
} as const;
export type AttributeKey = keyof typeof ATTRIBUTE_LABELS;

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

/** The source as a figure cites it in passing: "ai-jobs.net 2024", "BLS May 2024". */
export function shortSource(figure: Pick<PayFigureView, "publisher" | "period">): string {
  const publisher = figure.publisher.includes("Bureau of Labor Statistics")
    ? "BLS"
    : figure.publisher.includes("Foreign Labor Certification")
      ? "OFLC"
      : figure.publisher.replace(/\s*\([^)]*\)$/, "");
  return `${publisher} ${figure.period}`;
}

/** An interval bound: to the nearest $1,000, or $100 near zero so the side of zero it is
 *  on stays visible ("−$400", not "$0"). */
export function formatBound(cents: number): string {
  return formatSignedUsd(cents, Math.abs(cents) < 100_000 ? 10_000 : 100_000);
}

/** A difference in pay with its sign, rounded to `step` cents: "+$28,520", "−$1,000". */
export function formatSignedUsd(cents: number, step = 100): string {
  const rounded = Math.round(cents / step) * step;
  if (rounded === 0) return "$0";
  return `${rounded > 0 ? "+" : "−"}${formatMoneyRounded(Math.abs(rounded))}`;
}

/** A Stack Overflow developer type as people in it: "Developer, back-end" → "back-end
 *  developers", "Cloud infrastructure engineer" → "cloud infrastructure engineers". */
export function devTypePlural(devType: string): string {
  // Only a plain capitalised word is lowered: "DevOps" and "AI/ML" keep their capitals.
  const lower = (word: string) => (/^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word);
  const name = devType.replace(/ or professional$/, "");
  const inverted = /^([^,]+), (.+)$/.exec(name);
  const words = (inverted ? `${inverted[2]} ${inverted[1]}` : name).split(" ");
  return `${words.map((w, i) => (i === 0 || i === words.length - 1 ? lower(w) : w)).join(" ")}s`;
}
