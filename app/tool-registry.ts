// The four tools, composed in one place. Only route modules (and root.tsx) import this:
// documents/ stays generic and each tool knows only itself. Adding a tool is writing its
// app/<tool>/tool.ts and adding it to TOOLS.
import type { ToolDefinition } from "~/documents/tool";
import { interviewTool } from "~/interview/tool";
import { layoffTool } from "~/layoff/tool";
import { negotiationTool } from "~/negotiation/tool";
import { resumeTool } from "~/resume/tool";

/** In the order the toolkit lists them. */
export const TOOLS = [resumeTool, interviewTool, layoffTool, negotiationTool] as const satisfies readonly ToolDefinition[];

/** Document.kind of every registered tool. */
export type DocumentKind = (typeof TOOLS)[number]["kind"];

export const DOCUMENT_KINDS: readonly DocumentKind[] = TOOLS.map((tool) => tool.kind);

const BY_KIND = new Map<string, ToolDefinition>(TOOLS.map((tool) => [tool.kind, tool]));

/** The tool that saves documents of this kind; undefined for a kind no tool saves (any more). */
export function toolFor(kind: string): ToolDefinition | undefined {
  return BY_KIND.get(kind);
}

export function isDocumentKind(kind: string): kind is DocumentKind {
  return BY_KIND.has(kind);
}

/** What a document of this kind is called; the stored kind itself for one no tool saves. */
export function documentLabel(kind: string): string {
  return toolFor(kind)?.documentLabel ?? kind;
}
