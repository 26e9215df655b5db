import type { ToolDefinition } from "~/documents/tool";
import LayoffDocumentView from "./ui/DocumentView";

export const layoffTool = {
  kind: "layoff_explanation",
  name: "Layoff-explanation writer",
  documentLabel: "Layoff explanation",
  route: "/toolkit/layoff",
  summary: "Honest, short words for interviews, cover letters, LinkedIn and resume gaps.",
  View: LayoffDocumentView,
} as const satisfies ToolDefinition;
