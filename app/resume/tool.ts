import type { ToolDefinition } from "~/documents/tool";
import ResumeScanView from "./ui/DocumentView";
import { resumeScanBlocks } from "./export";

export const resumeTool = {
  kind: "resume_scan",
  name: "Resume scanner",
  documentLabel: "Resume scan",
  route: "/toolkit/resume",
  summary: "Upload a PDF resume: see what an ATS extracts, your explained score and fixes.",
  View: ResumeScanView,
  exportBlocks: resumeScanBlocks,
} as const satisfies ToolDefinition;
