import type { BlocksFromOutput } from "~/documents/export-formats";
import type { DocumentViewComponent } from "~/documents/view";

/**
 * What a tool tells the rest of the app about itself. Each tool exports one from
 * `app/<tool>/tool.ts`; `app/tool-registry.ts` lists them, and only the routes read that
 * list, so `documents/` stays generic: it stores, lists and exports documents of any kind.
 */
export interface ToolDefinition<Kind extends string = string> {
  /** Document.kind of what the tool saves (snake_case; also the quota's tool name). */
  kind: Kind;
  /** The tool's name: "Resume scanner". */
  name: string;
  /** What one of its documents is called: "Resume scan". */
  documentLabel: string;
  /** Its page; `?from=<documentId>` there starts from a saved document. */
  route: string;
  /** One sentence for the toolkit's home page. */
  summary: string;
  /** How a saved document of this kind shows on the document page. */
  View: DocumentViewComponent;
  /** Its saved output as blocks (headings, lists) for the PDF and DOCX downloads; without
   *  one, documents of this kind export their text. */
  exportBlocks?: BlocksFromOutput;
}
