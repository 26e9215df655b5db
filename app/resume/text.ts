// Small text helpers shared by the parser, the rules and the job match.

/** A list bullet at the start of a line, followed by a space. */
const BULLET_START = /^[•◦◆◇▪▫‣●○■□➢➤►▶❖✓✔*·–-]\s+/u;

export function isBulletLine(text: string): boolean {
  return BULLET_START.test(text.trim());
}

export function stripBullet(text: string): string {
  return text.trim().replace(BULLET_START, "").trim();
}

/** Words: runs of letters or digits, with inner apostrophes, dots, pluses and hyphens. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** Joins a wrapped line to the text before it, undoing end-of-line hyphenation. */
export function joinWrapped(before: string, after: string): string {
  // "-", or the hyphen (U+2010) and soft hyphen a typesetter prints at a break.
  if (/\p{Ll}[-\u2010\u00ad]$/u.test(before) && /^\p{Ll}/u.test(after)) return `${before.slice(0, -1)}${after}`;
  return `${before} ${after}`;
}

const STEM_SUFFIXES: [RegExp, string][] = [
  [/ational$/u, "ate"],
  [/ization$/u, "ize"],
  [/isation$/u, "ize"],
  [/ations?$/u, "ate"],
  [/(?<=\w{3})ements?$/u, ""],
  [/(?<=\w{3})ments?$/u, ""],
  [/(?<=\w{3})ness$/u, ""],
  [/(?<=\w{3})ities$/u, ""],
  [/(?<=\w{3})ity$/u, ""],
  [/(?<=\w{3})ers?$/u, ""],
  [/(?<=\w{3})ings?$/u, ""],
  [/(?<=\w{3})ed$/u, ""],
  [/(?<=\w{3})ies$/u, "y"],
  [/(?<=\w{3})ly$/u, ""],
  [/(?<=\w{2}[^s])s$/u, ""],
];

/**
 * A light suffix-stripping stemmer (in the spirit of Porter's step 1 and 2): "managing",
 * "manager" and "management" share the stem "manag". Deterministic and dependency-free;
 * it only has to make two forms of one word meet.
 */
export function stem(word: string): string {
  let result = word.toLowerCase();
  for (const [pattern, replacement] of STEM_SUFFIXES) {
    if (pattern.test(result)) {
      result = result.replace(pattern, replacement);
      break;
    }
  }
  return result.replace(/e$/u, "");
}
