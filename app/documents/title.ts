// Document titles as they are stored and shown: one line of plain text. A title comes from
// what a person typed or uploaded (a company name, a PDF's file name, a rename), and it is
// shown in lists, page titles, downloads' file names and terminals (logs, exports), so
// anything that could change how the text around it reads is taken out: control
// characters (NUL, C0, C1), terminal escape sequences and bidirectional overrides and
// isolates, which can make "exe.pdf" read as "fdp.exe". Shared with the pages (not .server).
import stripAnsi from "strip-ansi";

export const TITLE_MAX_CHARS = 200;

// Line breaks of every kind, tabs and the other control characters that stand for space.
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
// What is left of the controls, and the bidi embeddings, overrides (U+202A–U+202E) and
// isolates (U+2066–U+2069).
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** The title to store: escapes, controls and bidi controls removed, on one line, trimmed, at most TITLE_MAX_CHARS. */
export function cleanTitle(raw: string): string {
  const line = stripAnsi(raw).replace(BREAKS, " ").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  // By code point, so a cut never leaves half a surrogate pair.
  const chars = Array.from(line);
  return chars.length > TITLE_MAX_CHARS ? chars.slice(0, TITLE_MAX_CHARS).join("").trimEnd() : line;
}
