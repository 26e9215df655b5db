/** A saved document as the document page hands it to its kind's view component. */
export interface DocumentForView {
  id: string;
  kind: string;
  title: string;
  input: unknown;
  output: unknown;
  /** Plain text written at generation time. */
  text: string;
  /** The user's edit of `text`, if any. */
  editedText: string | null;
  engine: string;
  engineNote: string | null;
  rulesetVersion: string | null;
  createdAt: string;
}

/** Each tool exports one of these as the default of `app/<tool>/ui/DocumentView.tsx` and names
 *  it in its ToolDefinition (documents/tool.ts). */
export type DocumentViewComponent = (props: { document: DocumentForView }) => JSX.Element;

/** The text people see and download: their edit when they made one. */
export function currentText(doc: { text: string; editedText: string | null }): string {
  return doc.editedText ?? doc.text;
}
