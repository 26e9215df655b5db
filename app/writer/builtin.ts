// The built-in writer: each spec's deterministic composer, presented like a model so the
// streaming page works the same with or without one.

/** Document.engine and UsageEvent.engine for the built-in writer. */
export const BUILTIN_ENGINE = "builtin";

/** A composed text in a few chunks (its paragraphs, grouped), for streaming. */
export function textChunks(text: string, count = 4): string[] {
  const paragraphs = text.split(/(?<=\n\n)/);
  const size = Math.ceil(paragraphs.length / count);
  const chunks: string[] = [];
  for (let i = 0; i < paragraphs.length; i += size) chunks.push(paragraphs.slice(i, i + size).join(""));
  return chunks;
}
