// The browser's side of the streaming route: posts the form with fetch and reads the
// server-sent events as they arrive. Anything that is not a stream (field errors, over
// quota, a sign-in redirect) is left to the plain form post, which renders those answers.
import { decodeStreamEvents, STREAM_CONTENT_TYPE } from "../stream-events";

export type StreamOutcome =
  | { kind: "saved"; documentId: string; replacesStreamedText: boolean }
  | { kind: "failed"; message: string }
  | { kind: "not_streamed" };

/** Resolves when the document is saved or writing failed; rejects with an AbortError when
 *  `signal` aborts, and with a TypeError when the network fails. */
export async function postAndReadStream(
  url: string,
  form: FormData,
  signal: AbortSignal,
  onText: (text: string) => void,
): Promise<StreamOutcome> {
  const response = await fetch(url, { method: "POST", body: form, signal, headers: { Accept: STREAM_CONTENT_TYPE } });
  const isStream = response.headers.get("Content-Type")?.startsWith(STREAM_CONTENT_TYPE) ?? false;
  if (!response.ok || !isStream || !response.body) return { kind: "not_streamed" };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done)
      return {
        kind: "failed",
        message: "The connection closed before your document was saved. Nothing was saved; try again.",
      };
    const { events, rest } = decodeStreamEvents(buffered + value);
    buffered = rest;
    for (const event of events) {
      if (event.type === "chunk") onText(event.text);
      else if (event.type === "done")
        return { kind: "saved", documentId: event.documentId, replacesStreamedText: event.replacesStreamedText };
      else return { kind: "failed", message: event.message };
    }
  }
}
