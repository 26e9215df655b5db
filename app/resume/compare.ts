// Two scans of (versions of) one resume, side by side: what the new version fixed, what
// it broke, and how each part of the score moved.
import type { Finding, Gate, ResumeReport, ScoreCategoryId } from "./types.ts";

export interface CategoryChange {
  id: ScoreCategoryId;
  label: string;
  previous: number | null;
  current: number | null;
  delta: number;
}

export interface ScanComparison {
  previousTotal: number;
  currentTotal: number;
  delta: number;
  /** False when the two reports were scored by different rule versions. */
  sameRuleset: boolean;
  previousVersion: string;
  currentVersion: string;
  categories: CategoryChange[];
  /** Findings of the previous scan that the current one no longer has. */
  fixed: Finding[];
  /** Findings that are new in the current scan. */
  added: Finding[];
  gatesFixed: Gate[];
  gatesAdded: Gate[];
  match: { previous: number | null; current: number | null; delta: number | null };
}

function findings(report: ResumeReport): Finding[] {
  return report.score.items.flatMap((item) => item.findings);
}

/**
 * Findings of `from` with no counterpart in `to`. A rule that fires once in both (the
 * word count, the share of bullets with numbers) is the same finding even if its numbers
 * moved; a rule that fires per line is matched line by line.
 */
function unmatched(from: Finding[], to: Finding[]): Finding[] {
  const count = (list: Finding[], ruleId: string) => list.filter((item) => item.ruleId === ruleId).length;
  return from.filter((item) => {
    if (count(from, item.ruleId) === 1 && count(to, item.ruleId) === 1) return false;
    return !to.some(
      (other) => other.ruleId === item.ruleId && (other.where ?? other.what) === (item.where ?? item.what),
    );
  });
}

export function compareScans(previous: ResumeReport, current: ResumeReport): ScanComparison {
  const before = findings(previous);
  const after = findings(current);
  const previousGates = new Set(previous.score.gates.map((gate) => gate.id));
  const currentGates = new Set(current.score.gates.map((gate) => gate.id));

  const ids = [...new Set([...previous.score.items, ...current.score.items].map((item) => item.id))];
  const categories = ids.map((id) => {
    const was = previous.score.items.find((item) => item.id === id);
    const now = current.score.items.find((item) => item.id === id);
    return {
      id,
      label: (now ?? was)?.label ?? id,
      previous: was?.points ?? null,
      current: now?.points ?? null,
      delta: (now?.points ?? 0) - (was?.points ?? 0),
    };
  });

  const previousMatch = previous.match?.score ?? null;
  const currentMatch = current.match?.score ?? null;
  return {
    previousTotal: previous.score.total,
    currentTotal: current.score.total,
    delta: current.score.total - previous.score.total,
    sameRuleset: previous.rulesetVersion === current.rulesetVersion,
    previousVersion: previous.rulesetVersion,
    currentVersion: current.rulesetVersion,
    categories,
    fixed: unmatched(before, after),
    added: unmatched(after, before),
    gatesFixed: previous.score.gates.filter((gate) => !currentGates.has(gate.id)),
    gatesAdded: current.score.gates.filter((gate) => !previousGates.has(gate.id)),
    match: {
      previous: previousMatch,
      current: currentMatch,
      delta: previousMatch !== null && currentMatch !== null ? currentMatch - previousMatch : null,
    },
  };
}

/** The comparison in a line, above the report (in its text and downloads). */
export function comparisonSummary(comparison: ScanComparison): string {
  const sign = comparison.delta > 0 ? "+" : "";
  return (
    `Compared with your previous scan: ${comparison.previousTotal} → ${comparison.currentTotal} (${sign}${comparison.delta}); ` +
    `${comparison.fixed.length} fixed, ${comparison.added.length} new.`
  );
}
