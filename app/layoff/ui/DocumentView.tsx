// A saved layoff explanation on the document page, and a way to write it again in another
// tone: a GET form to the writer with the document's id, which fills the writer's form
// from this document's input. A plain form, so it works without JavaScript.
import type { DocumentViewComponent } from "~/documents/view";
import { savedLayoffValues } from "./form-values";
import { LayoffDocument } from "./LayoffDocument";
import { readLayoffExplanation, TONES } from "../schema";

const LayoffDocumentView: DocumentViewComponent = ({ document }) => {
  // The store hands over Document.output parsed; read it through the schema either way.
  const output = typeof document.output === "string" ? document.output : JSON.stringify(document.output ?? null);
  const explanation = readLayoffExplanation(output);
  const originalTone = savedLayoffValues(document.input)?.tone;
  const otherTone = TONES.find((tone) => tone.value !== originalTone)?.value;
  return (
    <div className="space-y-10">
      {explanation ? (
        <LayoffDocument explanation={explanation} engine={document.engine} engineNote={document.engineNote} />
      ) : (
        <p className="whitespace-pre-line text-stone-800">{document.editedText ?? document.text}</p>
      )}
      <form method="get" action="/toolkit/layoff" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 className="text-lg font-semibold text-stone-900">Regenerate with another tone</h2>
        <p className="text-sm text-stone-600">
          Opens the writer with this document's answers filled in and the tone you choose.
        </p>
        <input type="hidden" name="from" value={document.id} />
        <div className="flex flex-wrap items-end gap-3">
          {/* A select is as wide as its longest option; on a phone it must shrink to the card. */}
          <div className="min-w-0 max-w-full space-y-1">
            <label htmlFor="regenerate-tone" className="block text-sm font-medium text-stone-800">
              Tone
            </label>
            <select
              id="regenerate-tone"
              name="tone"
              defaultValue={otherTone}
              className="block w-full max-w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm"
            >
              {TONES.map((tone) => (
                <option key={tone.value} value={tone.value}>
                  {tone.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Open in the writer
          </button>
        </div>
      </form>
    </div>
  );
};

export default LayoffDocumentView;
