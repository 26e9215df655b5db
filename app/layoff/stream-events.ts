// The streaming route's wire format, shared by the route (encoding) and the page's reader
// (decoding): server-sent events, each one `data: <JSON>` line and a blank line. Text
// arrives as chunk events; the stream ends with exactly one done or error event.

export type StreamEvent =
  /** More of the text, as it is written. */
  | { type: "chunk"; text: string }
  /** The document is saved. `replacesStreamedText`: the saved text differs from the
   *  chunks (the model's draft failed a check and the built-in writer's text was saved). */
  | { type: "done"; documentId: string; replacesStreamedText: boolean }
  /** Nothing was saved; the message says why, for the person. */
  | { type: "error"; message: string };

export const STREAM_CONTENT_TYPE = "text/event-stream";

export function encodeStreamEvent(event: StreamEvent): string {
  // JSON.stringify escapes line breaks, so one event is always one data line.
  return `data: ${JSON.stringify(event)}\n\n`;
}

/** The complete events in `buffered`, and the unfinished rest to keep for the next read. */
export function decodeStreamEvents(buffered: string): { events: StreamEvent[]; rest: string } {
  const blocks = buffered.split("\n\n");
  const rest = blocks.pop() ?? "";
  const events = blocks
    .map((block) => block.split("\n").find((line) => line.startsWith("data: ")))
    .filter((line): line is string => line !== undefined)
    .map((line) => JSON.parse(line.slice("data: ".length)) as StreamEvent);
  return { events, rest };
}
