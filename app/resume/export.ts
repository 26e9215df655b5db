import type { ExportBlock } from "~/documents/export-blocks";
import { readSavedScan } from "./saved-scan";
import { comparisonSummary } from "./compare.ts";
import { reportBlocks } from "./report-blocks.ts";

/** A saved scan's report as blocks, with the comparison to the previous scan first when there is one. */
export function resumeScanBlocks(output: unknown): ExportBlock[] | null {
  const saved = readSavedScan(output);
  if (!saved) return null;
  const { comparison } = saved;
  const summary: ExportBlock[] = comparison ? [{ type: "paragraph", lines: [comparisonSummary(comparison)] }] : [];
  return [...summary, ...reportBlocks(saved.report)];
}
