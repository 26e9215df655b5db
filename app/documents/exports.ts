import type { BlocksFromOutput } from "~/documents/export-formats";
import type { DocumentKind } from "~/documents/kinds";
import { resumeScanBlocks } from "~/resume/export";

/** The tools that describe their saved output as blocks for the PDF and DOCX downloads; others export their text. */
export const DOCUMENT_BLOCKS: Partial<Record<DocumentKind, BlocksFromOutput>> = {
  resume_scan: resumeScanBlocks,
};
