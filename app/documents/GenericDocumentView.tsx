import type { DocumentForView } from "~/documents/view";

/** Any document as plain text: the view for kinds without a richer one. */
export default function GenericDocumentView({ document }: { document: DocumentForView }) {
  return (
    <section aria-labelledby="document-text" className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id="document-text" className="text-xl font-semibold">Text</h2>
      <div className="mt-3 whitespace-pre-wrap text-stone-800">{document.editedText ?? document.text}</div>
    </section>
  );
}
