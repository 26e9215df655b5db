export interface TextSegment {
  text: string;
  /** Set when the segment is a web address. */
  href?: string;
}

// Stops before whitespace, brackets and quotes; trailing sentence punctuation is trimmed below.
const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]]+/g;

/** Splits plain text into runs of text and web addresses, so a page can show the addresses as links. */
export function splitTextLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(/[.,;:!?]+$/, "");
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: href, href });
    last = start + href.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
