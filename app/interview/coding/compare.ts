// Whether a candidate's output matches the expected one, by the problem's rule.
import type { CompareMode } from "./types.ts";

function canonical(value: unknown): string {
  return JSON.stringify(value);
}

function sortedCopy(values: readonly unknown[]): unknown[] {
  return [...values]
    .map((value) => canonical(value))
    .sort()
    .map((text) => JSON.parse(text) as unknown);
}

export function outputsMatch(mode: CompareMode, got: unknown, expected: unknown): boolean {
  if (mode === "exact" || !Array.isArray(got) || !Array.isArray(expected))
    return canonical(got) === canonical(expected);
  if (mode === "any_order") return canonical(sortedCopy(got)) === canonical(sortedCopy(expected));
  const groups = (value: unknown[]) =>
    sortedCopy(value.map((group) => (Array.isArray(group) ? sortedCopy(group) : group)));
  return canonical(groups(got)) === canonical(groups(expected));
}
