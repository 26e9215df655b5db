import type { DocumentViewComponent } from "~/documents/view";

/** A document whose kind no tool shows any more: its text, as saved or as edited. */
export const PlainTextView: DocumentViewComponent = ({ document }) => (
  <pre className="whitespace-pre-wrap break-words text-stone-800">{document.editedText ?? document.text}</pre>
);
