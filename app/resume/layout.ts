// From positioned text runs to lines in reading order: runs on one baseline become a
// row, wide gaps split a row into segments, and a vertical gutter splits a page into
// columns (read one after the other) or into main text plus a side column of dates and
// places (kept on the row they belong to).
import { findDates, isMetadataText } from "./dates.ts";
import type { Layout, LayoutLine, LayoutSegment, PageLayout, PageLayoutKind, PdfDocument, PdfPage } from "./types.ts";

const BOLD_FONT = /bold|black|heavy|semibold|demi|cmbx|\bbd\b/i;
const ITALIC_FONT = /italic|oblique|cmti|cmsl/i;
const ICON_FONT = /awesome|icons?\b|glyphicon|material|octicon|devicon|academicons|ionicons|feather/i;
// Word writes list bullets from the Symbol and Wingdings fonts as private-use characters.
const PRIVATE_USE_BULLETS: Record<string, string> = {
  "\uf0b7": "•",
  "\uf0a7": "▪",
  "\uf0d8": "➢",
  "\uf076": "❖",
  "\uf0fc": "✓",
  "\uf0a8": "•",
};
const PRIVATE_USE = /[\ue000-\uf8ff]/u;
const GARBLED = /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** A gap wider than this many em starts a new segment on the row. */
const SEGMENT_GAP_EM = 1.5;
/** A gap wider than this many em between runs inside a segment separates two items. */
const CHIP_GAP_EM = 0.55;
/** A gap wider than this many em between runs is a word space. */
const WORD_GAP_EM = 0.12;
/** Rows a gutter may be crossed by (centred name, contact line, full-width headings). */
const GUTTER_CROSSING_SHARE = 0.12;
const GUTTER_MIN_WIDTH = 8;
const RAIL_MIN_WIDTH = 5;
/** Share of the page's height from the top that a header (name and contact) fills at most. */
const HEADER_BAND_SHARE = 0.15;
/** Gutters this wide (points) or wider count in full when choosing among candidates. */
const GUTTER_FULL_WIDTH = 24;
/** Share of the narrow side's segments that must be dates or places for a side column. */
const ASIDE_METADATA_SHARE = 0.6;
/**
 * Share of narrow-side rows that also hold main text, for a label column (dates or labels
 * beside each entry; a label wrapped over two rows has one row alone). Real columns run
 * independently: in a two-column resume a third or more of the narrow column's rows have
 * nothing beside them.
 */
const ASIDE_ALIGNED_SHARE = 0.75;
const MARGIN_SHARE = 0.07;
const EMAIL_OR_LINK = /\S@\S|https?:|www\.|linkedin\.com|github\.com/iu;
/** Share of a right-aligned narrow side's rows that hold main text too, for a side column. */
const RIGHT_ALIGNED_ASIDE_SHARE = 0.4;
/** "F A T I M A", "E m p l oy m e n t": letters one by one (kerned pairs stay together). */
function isLetterSpaced(text: string): boolean {
  if (text.length < 5 || !/^\S{1,2} \S{1,2} /u.test(text)) return false;
  const tokens = text.split(" ");
  if (tokens.length < 3 || !tokens.every((token) => /^[\p{L}'’&.-]{1,2}$/u.test(token))) return false;
  return tokens.filter((token) => token.length === 1).length >= 0.75 * tokens.length;
}
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|[–—-]\s*\d{1,3}\s*\/\s*\d{1,3}$/i;

interface Run {
  text: string;
  x0: number;
  x1: number;
  y: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  font: string;
  mono: boolean;
}

interface Row {
  y: number;
  fontSize: number;
  segments: LayoutSegment[];
  label?: boolean;
  /** The field label a grid's rail sets beside this row's value ("Dates", "Employer"). */
  field?: string;
}

interface CharCounts {
  text: number;
  icon: number;
  garbled: number;
}

const PLAIN_TEXT = /^[\x21-\x7e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027 ]*$/u;

/** Cleans one run's text: icon glyphs are dropped, broken characters marked, both counted. */
function cleanRunText(text: string, iconFont: boolean, counts: CharCounts): string {
  // Most runs are plain Latin text: nothing to drop or mark.
  if (!iconFont && PLAIN_TEXT.test(text)) {
    counts.text += text.replace(/[\s\u00a0]/gu, "").length;
    return text.replace(/\u00a0/gu, " ");
  }
  let out = "";
  for (const char of text) {
    if (/\s/u.test(char)) {
      out += " ";
    } else if (PRIVATE_USE_BULLETS[char]) {
      out += PRIVATE_USE_BULLETS[char];
      counts.text += 1;
    } else if (iconFont || PRIVATE_USE.test(char)) {
      counts.icon += 1;
    } else if (GARBLED.test(char)) {
      // Kept as U+FFFD so the text shows where extraction broke, as an ATS would see it.
      out += "\ufffd";
      counts.garbled += 1;
    } else {
      out += char;
      counts.text += 1;
    }
  }
  return out;
}

// Advance widths of Helvetica (thousandths of an em), as a yardstick for how wide a run
// "should" be: a bold face sets the same text about a tenth wider than its regular face.
const YARDSTICK_CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const YARDSTICK_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const YARDSTICK = new Map([...YARDSTICK_CHARS].map((char, i) => [char, YARDSTICK_WIDTHS[i] / 1000]));

interface WidthSample {
  actual: number;
  expected: number;
  chars: number;
}

/** Yardstick width and case of one character; accented letters count as their base letter. */
function yardstickChar(code: number, char: string): { width: number; kase: 0 | 1 | 2 } {
  if (code >= 65 && code <= 90) return { width: YARDSTICK_WIDTHS[code - 32] / 1000, kase: 1 };
  if (code >= 97 && code <= 122) return { width: YARDSTICK_WIDTHS[code - 32] / 1000, kase: 2 };
  if (code >= 32 && code <= 126) return { width: YARDSTICK_WIDTHS[code - 32] / 1000, kase: 0 };
  const base = char.normalize("NFD")[0] ?? char;
  const width = YARDSTICK.get(base) ?? 0.556;
  return { width, kase: base !== base.toLowerCase() ? 1 : base !== base.toUpperCase() ? 2 : 0 };
}

/** How wide a face sets capitals and small letters, against the yardstick, from one run. */
function addSample(
  samples: { upper: WidthSample; lower: WidthSample },
  text: string,
  width: number,
  fontSize: number,
): void {
  let upper = 0;
  let lower = 0;
  let total = 0;
  let upperChars = 0;
  let lowerChars = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue;
    const { width: w, kase } = yardstickChar(code, text[i]);
    total += w;
    if (kase === 1) {
      upper += w;
      upperChars += 1;
    } else if (kase === 2) {
      lower += w;
      lowerChars += 1;
    }
  }
  if (total === 0) return;
  // A run is credited to the case that makes up most of it.
  const target = upper >= lower ? samples.upper : samples.lower;
  target.actual += width;
  target.expected += total * fontSize;
  target.chars += upper >= lower ? upperChars : lowerChars;
}

/** A face this much wider than its typeface's body face, for like text, is bold. */
const BOLD_WIDTH_RATIO = 1.045;
const MIN_SAMPLE_CHARS = 4;

/** Faces' "family|ascent|descent" keys of one typeface: a bold face may rise a little higher (DejaVu's by 1%). */
function sameTypeface(a: string, b: string): boolean {
  if (a === b) return true;
  const [familyA, ascentA, descentA] = a.split("|");
  const [familyB, ascentB, descentB] = b.split("|");
  return (
    familyA === familyB && descentA === descentB && Math.abs(Number(ascentA) - Number(ascentB)) <= ASCENT_TOLERANCE
  );
}
const ASCENT_TOLERANCE = 0.015;

/**
 * Bold faces when the PDF's font names are not at hand: among the faces of one typeface
 * (same generic family and descent, about the same ascent), the one that sets the most text is the body
 * face, and a face whose capitals (or small letters) run clearly wider than the body
 * face's, against a common yardstick, is bold.
 */
function boldByWidth(pages: PdfPage[]): Set<string> {
  const stats = new Map<string, { family: string; upper: WidthSample; lower: WidthSample; chars: number }>();
  for (const page of pages) {
    for (const item of page.items) {
      const chars = item.text.replace(/\s/gu, "").length;
      if (chars === 0 || item.width <= 0) continue;
      const entry = stats.get(item.fontId) ?? {
        family: page.fontFamilies?.[item.fontId] ?? "",
        upper: { actual: 0, expected: 0, chars: 0 },
        lower: { actual: 0, expected: 0, chars: 0 },
        chars: 0,
      };
      addSample(entry, item.text, item.width, item.fontSize);
      entry.chars += chars;
      stats.set(item.fontId, entry);
    }
  }
  const ratio = (sample: WidthSample) => (sample.chars >= MIN_SAMPLE_CHARS ? sample.actual / sample.expected : null);
  const bold = new Set<string>();
  const all = [...stats.entries()];
  for (const [fontId, entry] of all) {
    const faces = all.filter(([, other]) => sameTypeface(entry.family, other.family));
    const [, body] = faces.reduce((best, face) => (face[1].chars > best[1].chars ? face : best));
    if (entry === body) continue;
    const lower = ratio(entry.lower);
    const bodyLower = ratio(body.lower);
    const upper = ratio(entry.upper);
    const bodyUpper = ratio(body.upper);
    // Like with like when both faces set enough of it; capitals against small letters
    // only when the body face sets no capitals (a bold face used for headings in capitals).
    const against = (mine: number | null) => {
      if (mine === null) return null;
      const theirs = mine === lower ? (bodyLower ?? bodyUpper) : (bodyUpper ?? bodyLower);
      return theirs === null ? null : mine >= theirs * BOLD_WIDTH_RATIO;
    };
    const wider = (lower !== null && bodyLower !== null ? against(lower) : null) ?? against(upper) ?? false;
    if (wider) bold.add(fontId);
  }
  return bold;
}

/**
 * Fonts that set every character the same width (a typewriter face): their word space is
 * 0.6 em, as wide as a gap between items drawn apart in a proportional face.
 */
function monospacedFonts(pages: PdfPage[]): Set<string> {
  const ratios = new Map<string, number[]>();
  for (const page of pages) {
    for (const item of page.items) {
      const chars = [...item.text].length;
      if (chars < 4 || item.width <= 0 || item.fontSize <= 0) continue;
      const list = ratios.get(item.fontId) ?? [];
      if (list.length < 40) list.push(item.width / (chars * item.fontSize));
      ratios.set(item.fontId, list);
    }
  }
  const mono = new Set<string>();
  for (const [font, list] of ratios) {
    if (list.length >= 3 && Math.max(...list) - Math.min(...list) < 0.03) mono.add(font);
  }
  return mono;
}

function toRuns(page: PdfPage, counts: CharCounts, widthBold: Set<string>, mono: Set<string>): Run[] {
  const runs: Run[] = [];
  for (const item of page.items) {
    const fontName = page.fonts[item.fontId] ?? "";
    const cleaned = cleanRunText(item.text, ICON_FONT.test(fontName), counts);
    if (cleaned.trim() === "") continue;
    // A letter-spaced word that pdf.js returned as one run with a space between letters.
    const text = isLetterSpaced(cleaned.trim()) ? cleaned.replace(/ /gu, "") : cleaned;
    runs.push({
      text,
      x0: item.x,
      x1: item.x + Math.max(item.width, 0),
      y: item.y,
      fontSize: item.fontSize,
      bold: fontName === "" ? widthBold.has(item.fontId) : BOLD_FONT.test(fontName),
      italic: ITALIC_FONT.test(fontName),
      font: item.fontId,
      mono: mono.has(item.fontId),
    });
  }
  return runs;
}

/** Runs whose baselines are within a fraction of the smaller font size share a row. */
function groupRows(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: Run[][] = [];
  let current: Run[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const run of sorted) {
    const tolerance = Math.max(1.5, 0.45 * Math.min(rowSize, run.fontSize));
    if (current.length > 0 && Math.abs(run.y - rowY) <= tolerance) {
      current.push(run);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [run];
    rowY = run.y;
    rowSize = run.fontSize;
  }
  if (current.length > 0) rows.push(current);
  return rows.map((row) => row.sort((a, b) => a.x0 - b.x0));
}

function dominant<T>(weights: Map<T, number>, fallback: T): T {
  let best = fallback;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Letter-spaced text ("J A N E  D O E") arrives one glyph per run with even gaps; a word
 * space there is a gap clearly wider than the letters' own spacing.
 */
function letterGap(runs: Run[]): number | null {
  if (runs.length < 4) return null;
  const glyphs = runs.filter((run) => run.text.trim().length <= 2).length;
  if (glyphs / runs.length < 0.7) return null;
  const gaps = runs
    .slice(1)
    .map((run, i) => run.x0 - runs[i].x1)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

function toSegment(runs: Run[]): LayoutSegment {
  let text = "";
  let boldChars = 0;
  let italicChars = 0;
  let chars = 0;
  const sizes = new Map<number, number>();
  const spacing = letterGap(runs);
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    let runText = run.text;
    if (previous) {
      const gap = run.x0 - previous.x1;
      const em = Math.min(run.fontSize, previous.fontSize);
      const needsSpace = spacing === null ? gap > WORD_GAP_EM * em : gap > Math.max(spacing, 0) + 0.18 * em;
      // Items drawn apart by more than a stretched word space (chips, cells set close): kept
      // apart with an em space, which lists and contact lines read as a separator.
      if (spacing === null && gap > (run.mono || previous.mono ? 0.6 + CHIP_GAP_EM : CHIP_GAP_EM) * em)
        text = `${text.trimEnd()}\u2003`;
      else if (needsSpace && !/\s$/u.test(text) && !/^\s/u.test(runText)) text += " ";
      // A word broken at a soft hyphen in justified text comes back as two runs of one font,
      // touching, the second opening with a space that is not there on the page.
      if (run.font === previous.font && Math.abs(gap) <= 0.02 * em && /\p{L}$/u.test(text) && /^ \p{Ll}/u.test(runText))
        runText = runText.slice(1);
    }
    text += runText;
    const weight = run.text.replace(/\s/gu, "").length;
    chars += weight;
    if (run.bold) boldChars += weight;
    if (run.italic) italicChars += weight;
    const size = Math.round(run.fontSize * 10) / 10;
    sizes.set(size, (sizes.get(size) ?? 0) + weight);
  });
  return {
    text: text
      .replace(/[^\S\u2003]+/gu, " ")
      .replace(/ ?\u2003[\s\u2003]*/gu, "\u2003")
      .trim(),
    x0: runs[0].x0,
    x1: Math.max(...runs.map((run) => run.x1)),
    fontSize: dominant(sizes, runs[0].fontSize),
    bold: chars > 0 && boldChars / chars >= 0.5,
    startsBold: runs[0].bold,
    italic: chars > 0 && italicChars / chars >= 0.5,
    aside: false,
  };
}

/**
 * A gap this wide (in em) before a run that starts at a column's left edge splits the row
 * there: wider than a word space, even a monospaced one (0.6 em).
 */
const STOP_GAP_EM = 0.8;
const STOP_MIN_ROWS = 3;

/**
 * Left edges that several rows' text starts at: the columns of a grid or a label rail.
 * A run starting at one after a visible gap begins a new segment even when the gap is
 * narrower than a usual column gap ("Work   Senior Backend Engineer").
 */
function alignmentStops(rows: Run[][]): number[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    row.forEach((run, i) => {
      const previous = row[i - 1];
      if (previous && run.x0 - previous.x1 < STOP_GAP_EM * run.fontSize) return;
      const x = Math.round(run.x0);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    });
  }
  const stops: number[] = [];
  for (const [x, count] of counts) {
    const near = count + (counts.get(x - 1) ?? 0) + (counts.get(x + 1) ?? 0);
    if (near >= STOP_MIN_ROWS && count >= (counts.get(x - 1) ?? 0) && count >= (counts.get(x + 1) ?? 0)) stops.push(x);
  }
  return stops;
}

/** Faces this many times apart in size, set apart by a space, are two things (a name and the tagline beside it). */
const SIZE_BREAK_RATIO = 1.6;
const sizeBreak = (run: Run, previous: Run) => {
  const [small, large] = [Math.min(run.fontSize, previous.fontSize), Math.max(run.fontSize, previous.fontSize)];
  return large >= SIZE_BREAK_RATIO * small && run.x0 - previous.x1 > WORD_GAP_EM * small;
};

function toRow(runs: Run[], stops: number[]): Row {
  const segments: LayoutSegment[] = [];
  let group: Run[] = [];
  const atStop = (run: Run, previous: Run) =>
    run.x0 - previous.x1 >= STOP_GAP_EM * run.fontSize &&
    stops.some((x) => Math.abs(x - run.x0) <= 1.5 && previous.x1 < x);
  for (const run of runs) {
    const previous = group[group.length - 1];
    if (
      previous &&
      (run.x0 - previous.x1 > SEGMENT_GAP_EM * Math.max(run.fontSize, previous.fontSize) ||
        atStop(run, previous) ||
        sizeBreak(run, previous))
    ) {
      segments.push(toSegment(group));
      group = [];
    }
    group.push(run);
  }
  if (group.length > 0) segments.push(toSegment(group));
  return {
    y: runs[0].y,
    fontSize: Math.max(...runs.map((run) => run.fontSize)),
    segments: segments.filter((segment) => segment.text !== ""),
  };
}

function isPageFurniture(row: Row, pageHeight: number): boolean {
  const inMargin = row.y < pageHeight * MARGIN_SHARE || row.y > pageHeight * (1 - MARGIN_SHARE);
  const text = row.segments.map((segment) => segment.text).join(" ");
  return inMargin && PAGE_NUMBER.test(text.trim());
}

interface Gutter {
  x: number;
  start: number;
  end: number;
}

/** The vertical strip that almost no row crosses, with the most rows of text on both sides. */
function findGutter(rows: Row[], pageWidth: number, maxX = pageWidth, minWidth = GUTTER_MIN_WIDTH): Gutter | null {
  if (rows.length < 6) return null;
  const width = Math.ceil(pageWidth);
  const crossings = new Array<number>(width + 1).fill(0);
  for (const row of rows) {
    for (const segment of row.segments) {
      const from = Math.max(0, Math.floor(segment.x0));
      const to = Math.min(width, Math.ceil(segment.x1));
      for (let x = from; x <= to; x++) crossings[x] += 1;
    }
  }
  // At least three: a name, a tagline and a contact line often run across the top.
  const allowed = Math.max(3, Math.floor(rows.length * GUTTER_CROSSING_SHARE));
  const candidates: Gutter[] = [];
  let runStart = -1;
  for (let x = Math.floor(width * 0.15); x <= Math.ceil(width * 0.85); x++) {
    const open = crossings[x] <= allowed;
    if (open && runStart < 0) runStart = x;
    if ((!open || x === Math.ceil(width * 0.85)) && runStart >= 0) {
      const end = open ? x : x - 1;
      // A strip still open where the search stops has no column beyond it: taken whole.
      if (end - runStart + 1 >= minWidth)
        candidates.push(
          open ? { start: runStart, end, x: (runStart + end) / 2 } : cleanestPart(crossings, runStart, end, minWidth),
        );
      runStart = -1;
    }
  }
  let best: Gutter | null = null;
  let bestBalance = 0;
  for (const gutter of candidates) {
    if (gutter.end > maxX) continue;
    const left = rows.filter((row) => row.segments.some((segment) => segment.x1 <= gutter.start + 1)).length;
    const right = rows.filter((row) => row.segments.some((segment) => segment.x0 >= gutter.end - 1)).length;
    const balance = Math.min(left, right);
    // A wide gap is a stronger sign of a gutter than a narrow one that short lines happen
    // to leave open (beside dates set flush right inside the main column).
    const score = balance * Math.min(1, (gutter.end - gutter.start + 1) / GUTTER_FULL_WIDTH);
    if (balance >= 3 && score > bestBalance) {
      best = gutter;
      bestBalance = score;
    }
  }
  return best;
}

/**
 * Within an open strip, the middle of its longest stretch crossed by the fewest rows: a
 * strip that runs on over a few dates set flush right has its gutter past them, not in
 * its middle.
 */
function cleanestPart(crossings: number[], start: number, end: number, minWidth: number): Gutter {
  let least = Number.POSITIVE_INFINITY;
  for (let x = start; x <= end; x++) least = Math.min(least, crossings[x]);
  let best = { start, end };
  let bestLength = 0;
  for (let x = start; x <= end; x++) {
    if (crossings[x] !== least) continue;
    let stop = x;
    while (stop + 1 <= end && crossings[stop + 1] === least) stop++;
    if (stop - x + 1 > bestLength) {
      best = { start: x, end: stop };
      bestLength = stop - x + 1;
    }
    x = stop;
  }
  if (bestLength < minWidth) return { start, end, x: (start + end) / 2 };
  return { ...best, x: (best.start + best.end) / 2 };
}

/** A short styled label ("WORK", "Education"): bold or capitals, a few words, no digits or symbols. */
function isLabelText(segment: LayoutSegment): boolean {
  const text = segment.text.trim();
  const letters = text.replace(/[^\p{L}]/gu, "");
  const caps = letters.length >= 2 && letters === letters.toUpperCase();
  return text.split(/\s+/u).length <= 4 && !/[@/\d|,;]/u.test(text) && (segment.bold || caps);
}

interface GutterSides {
  kind: PageLayoutKind;
  narrowSide: "left" | "right";
  /** The lowest row with text on the narrow side. */
  narrowBottom: number;
}

function classifyGutter(rows: Row[], gutter: Gutter): GutterSides {
  const sides = {
    left: [] as { row: Row; segment: LayoutSegment }[],
    right: [] as { row: Row; segment: LayoutSegment }[],
  };
  for (const row of rows) {
    for (const segment of row.segments) {
      if (segment.x1 <= gutter.x) sides.left.push({ row, segment });
      else if (segment.x0 >= gutter.x) sides.right.push({ row, segment });
    }
  }
  const extent = (side: { segment: LayoutSegment }[]) =>
    side.length === 0 ? 0 : Math.max(...side.map((s) => s.segment.x1)) - Math.min(...side.map((s) => s.segment.x0));
  const narrowSide = extent(sides.left) <= extent(sides.right) ? "left" : "right";
  const [narrow, wide] = narrowSide === "left" ? [sides.left, sides.right] : [sides.right, sides.left];
  // Counted by row: a row of chips that runs past the gutter is one item of the side, not many.
  const narrowByRow = new Map<Row, LayoutSegment[]>();
  for (const { row, segment } of narrow) narrowByRow.set(row, [...(narrowByRow.get(row) ?? []), segment]);
  const metadataShare =
    [...narrowByRow.values()].filter((segments) => segments.every((segment) => isMetadataText(segment.text))).length /
    narrowByRow.size;
  const wideRows = new Set(wide.map((s) => s.row));
  const narrowRows = new Set(narrow.map((s) => s.row));
  const alignedShare = [...narrowRows].filter((row) => wideRows.has(row)).length / narrowRows.size;
  // A rail holds labels and metadata; a sidebar holds e-mails, links, lists and sentences.
  const holdsContact = narrow.some((s) => EMAIL_OR_LINK.test(s.segment.text));
  const labelShare =
    narrow.filter((s) => isMetadataText(s.segment.text) || isLabelText(s.segment)).length / narrow.length;
  const aside =
    metadataShare >= ASIDE_METADATA_SHARE ||
    (alignedShare >= ASIDE_ALIGNED_SHARE && labelShare >= ASIDE_METADATA_SHARE && !holdsContact) ||
    (alignedShare >= RIGHT_ALIGNED_ASIDE_SHARE && isRightAligned(narrow.map((s) => s.segment)));
  return {
    kind: aside ? "aside" : "columns",
    narrowSide,
    narrowBottom: Math.max(...[...narrowRows].map((row) => row.y)),
  };
}

/**
 * A narrow side whose text is set flush right (ragged on its left) is labels, dates and
 * contact set against an edge: a Europass-style grid's labels against the gutter, or dates
 * flush right under a contact block stacked at the page's right edge. A sidebar's text, on
 * either side, is set flush left.
 */
function isRightAligned(segments: LayoutSegment[]): boolean {
  if (segments.length < 4) return false;
  const right = Math.max(...segments.map((segment) => segment.x1));
  const left = Math.min(...segments.map((segment) => segment.x0));
  const flushRight = segments.filter((segment) => right - segment.x1 <= 2).length;
  const flushLeft = segments.filter((segment) => segment.x0 - left <= 2).length;
  return flushRight >= 0.8 * segments.length && flushLeft < 0.5 * segments.length;
}

/**
 * A grid's left column of labels and dates, set flush right, may stand closer to its
 * values than columns stand apart: a narrower gap counts when what is left of it is set
 * flush right beside the text (a side column, not a sidebar) and holds the section names
 * on rows of their own (a column of dates and field labels, as moderncv sets it, is read
 * as before).
 */
const GRID_MIN_HEADINGS = 2;
function labelGridGutter(rows: Row[], pageWidth: number): Gutter | null {
  const gutter = findGutter(rows, pageWidth, pageWidth, RAIL_MIN_WIDTH);
  if (!gutter) return null;
  const left = rows.flatMap((row) => row.segments).filter((segment) => segment.x1 <= gutter.x);
  // Section names alone on their row, in words ("Berufserfahrung", often set neither bold
  // nor in capitals), not dates, and not field labels beside a value.
  const headings = rows.filter(
    (row) =>
      row.segments.every((segment) => segment.x1 <= gutter.x) &&
      row.segments.some(
        (segment) =>
          !isMetadataText(segment.text) &&
          /\p{L}{2}/u.test(segment.text) &&
          !/[@/\d|,;]/u.test(segment.text) &&
          segment.text.trim().split(/\s+/u).length <= 4,
      ),
  ).length;
  const sides = classifyGutter(rows, gutter);
  return sides.kind === "aside" && sides.narrowSide === "left" && headings >= GRID_MIN_HEADINGS && isRightAligned(left)
    ? gutter
    : null;
}

/** Rows of three or more cells whose left edges line up with the row before or after. */
function tableRows(rows: Row[]): Set<Row> {
  const table = new Set<Row>();
  let run: Row[] = [];
  const aligned = (a: Row, b: Row) =>
    a.segments.filter((segment) => b.segments.some((other) => Math.abs(other.x0 - segment.x0) <= 4)).length >= 3;
  const flush = () => {
    if (run.length >= 3) for (const row of run) table.add(row);
    run = [];
  };
  for (const row of rows) {
    if (row.segments.length >= 3 && (run.length === 0 || aligned(run[run.length - 1], row))) {
      run.push(row);
    } else {
      flush();
      if (row.segments.length >= 3) run.push(row);
    }
  }
  flush();
  return table;
}

function toLine(page: number, row: Row, segments: LayoutSegment[], column: LayoutLine["column"]): LayoutLine {
  const sizes = new Map<number, number>();
  for (const segment of segments) sizes.set(segment.fontSize, (sizes.get(segment.fontSize) ?? 0) + segment.text.length);
  return {
    page,
    y: row.y,
    x0: segments[0].x0,
    segments,
    text: segments.map((segment) => segment.text).join("\t"),
    fontSize: dominant(sizes, row.fontSize),
    startsBold: segments[0].startsBold,
    column,
    ...(row.label ? { label: true } : {}),
    ...(row.field ? { field: row.field } : {}),
  };
}

/** A line set this many times the body size or larger is a name or title, not a label. */
const NAME_SIZE_RATIO = 1.6;
/**
 * Labels in a left rail ("Work", "Education") become lines of their own, before the row
 * they start on; a label wrapped over several rows is joined back into one.
 */
function splitRailLabels(rows: Row[], gutterX: number): Row[] {
  const out: Row[] = [];
  let open: { row: Row; lastY: number } | null = null;
  const labelsOf = (row: Row) =>
    row.segments.filter((segment) => segment.x1 <= gutterX && !segment.aside && !isMetadataText(segment.text));
  // A grid's rail holds section labels and, set less prominently, field labels ("E-Mail",
  // "Languages") before a value on their row: those stay on the row, as "Label: value".
  const prominence = (segment: LayoutSegment) =>
    segment.fontSize + (segment.bold ? 0.3 : 0) + (isLabelText(segment) && !segment.bold ? 0.2 : 0);
  // The name, set far larger at the rail's top, is not one of its labels.
  const sizes = rows.flatMap((row) => row.segments.map((segment) => segment.fontSize)).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const top = Math.max(
    0,
    ...rows
      .flatMap(labelsOf)
      .filter((segment) => segment.fontSize <= NAME_SIZE_RATIO * body)
      .map(prominence),
  );
  for (const row of rows) {
    const labels = labelsOf(row);
    if (labels.length === 0) {
      out.push(row);
      continue;
    }
    const text = labels.map((segment) => segment.text).join(" ");
    const rest = row.segments.filter((segment) => !labels.includes(segment));
    if (rest.length > 0 && !rest[0].aside && Math.max(...labels.map(prominence)) < top - 0.15) {
      const field = text.replace(/:$/u, "");
      const value: LayoutSegment = { ...rest[0], text: `${field}: ${rest[0].text}` };
      out.push({ ...row, segments: [value, ...rest.slice(1)], field });
      open = null;
      continue;
    }
    if (open && row.y - open.lastY <= 1.8 * open.row.fontSize) {
      const [segment] = open.row.segments;
      segment.text = /\p{L}-$/u.test(segment.text) ? `${segment.text.slice(0, -1)}${text}` : `${segment.text} ${text}`;
      segment.x1 = Math.max(segment.x1, ...labels.map((label) => label.x1));
      open.lastY = row.y;
    } else {
      const merged: LayoutSegment = { ...labels[0], text, x1: Math.max(...labels.map((label) => label.x1)) };
      const labelRow: Row = { y: row.y, fontSize: row.fontSize, segments: [merged], label: true };
      out.push(labelRow);
      open = { row: labelRow, lastY: row.y };
    }
    if (rest.length > 0) out.push({ ...row, segments: rest });
  }
  return out;
}

const SIDE_BY_SIDE_MIN_ROWS = 3;
/** Longer than this, rows of two aligned segments are the page's columns, not a local grid. */
const SIDE_BY_SIDE_MAX_ROWS = 8;

/**
 * Entries set side by side in a stretch of the page (two degree cards in a row): rows of
 * two segments whose left edges line up on both sides, close together, with text (not
 * only dates or labels) on both. Each side is read whole, the left one first.
 */
function sideBySideRuns(rows: Row[]): Row[][] {
  const runs: Row[][] = [];
  let i = 0;
  const pair = (row: Row) => (row.segments.length === 2 && !row.segments.some((s) => s.aside) ? row.segments : null);
  while (i < rows.length) {
    const first = pair(rows[i]);
    let end = i + 1;
    if (first) {
      while (end < rows.length) {
        const next = pair(rows[end]);
        const previous = rows[end - 1];
        if (
          !next ||
          // Within most of an em: a date set in a pill sits a little inside its card.
          Math.abs(next[0].x0 - first[0].x0) > 0.8 * previous.fontSize ||
          Math.abs(next[1].x0 - first[1].x0) > 0.8 * previous.fontSize ||
          rows[end].y - previous.y > 2.2 * previous.fontSize
        )
          break;
        end++;
      }
    }
    const run = rows.slice(i, end);
    const texty = (segment: LayoutSegment) => segment.text.split(/\s+/u).length >= 2 && !isMetadataText(segment.text);
    // Not a table of labels and values: the left side says more than a word or two somewhere.
    const labelsLeft = run.every((row) => row.segments[0].text.split(/\s+/u).length <= 2);
    if (
      first &&
      run.length >= SIDE_BY_SIDE_MIN_ROWS &&
      !labelsLeft &&
      run.filter((row) => row.segments.every(texty)).length >= 2
    )
      runs.push(run);
    i = end;
  }
  return runs;
}

function splitSideBySide(rows: Row[]): Row[] {
  const runs = sideBySideRuns(rows);
  if (runs.length === 0) return rows;
  const startOf = new Map(runs.map((run) => [run[0], run]));
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const run = startOf.get(rows[i]);
    if (!run) {
      out.push(rows[i]);
      continue;
    }
    out.push(...run.map((row) => ({ ...row, segments: [row.segments[0]] })));
    out.push(...run.map((row) => ({ ...row, segments: [row.segments[1]] })));
    i += run.length - 1;
  }
  return out;
}

/**
 * Columns of text, not a column of dates and places beside text: running text on one side
 * at least, and neither side mostly dates or places.
 */
function columnsOfText(rows: Row[], gutter: Gutter): boolean {
  const segments = rows.flatMap((row) => row.segments);
  const sides = [
    segments.filter((segment) => segment.x1 <= gutter.x),
    segments.filter((segment) => segment.x0 >= gutter.x),
  ];
  const prose = (side: LayoutSegment[]) => side.filter((segment) => segment.text.split(/\s+/u).length >= 5).length;
  const metadata = (side: LayoutSegment[]) =>
    side.length === 0 ? 1 : side.filter((segment) => isMetadataText(segment.text)).length / side.length;
  return sides.some((side) => prose(side) >= 3) && sides.every((side) => metadata(side) < 0.35);
}

/**
 * Lines of one page in reading order. Each side of a gutter is read on its own, and a side
 * that is itself set in columns (a main column in two newspaper columns) is split again.
 */
function orderPage(
  page: number,
  rows: Row[],
  kind: PageLayoutKind,
  gutter: Gutter | null,
  pageWidth: number,
  column: LayoutLine["column"] | null = null,
): LayoutLine[] {
  if (kind !== "columns" || !gutter) return rows.map((row) => toLine(page, row, row.segments, column ?? "full"));
  const lines: LayoutLine[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const sideLines = (sideRows: Row[], side: "left" | "right"): LayoutLine[] => {
    const label = column ?? side;
    const inner = column === null && sideRows.length >= 8 ? findGutter(sideRows, pageWidth) : null;
    if (inner && classifyGutter(sideRows, inner).kind === "columns" && columnsOfText(sideRows, inner))
      return orderPage(page, sideRows, "columns", inner, pageWidth, label);
    return sideRows.map((row) => toLine(page, row, row.segments, label));
  };
  const flush = () => {
    lines.push(...sideLines(left, "left"), ...sideLines(right, "right"));
    left = [];
    right = [];
  };
  const crosses = (segment: LayoutSegment) => segment.x0 < gutter.x && segment.x1 > gutter.x;
  // A segment over the gutter belongs to one side when the row's other side still has
  // text beyond it: a long sidebar line that reaches past the gutter beside main text.
  const sideOf = (segment: LayoutSegment, row: Row): "left" | "right" | null => {
    if (!crosses(segment)) return segment.x1 <= gutter.x ? "left" : "right";
    const mostlyLeft = (segment.x0 + segment.x1) / 2 < gutter.x;
    const beyond = row.segments.some((other) =>
      mostlyLeft ? other.x0 >= segment.x1 && other.x0 >= gutter.x : other.x1 <= segment.x0 && other.x1 <= gutter.x,
    );
    return beyond ? (mostlyLeft ? "left" : "right") : null;
  };
  // A name or tagline centred on the page above where both sides begin heads the page.
  const sideTop = (side: "left" | "right") =>
    Math.min(
      ...rows.filter((row) => row.segments.some((segment) => sideOf(segment, row) === side)).map((row) => row.y),
    );
  const columnsTop = Math.max(sideTop("left"), sideTop("right"));
  const centred = (row: Row) =>
    row.segments.length === 1 &&
    row.y < columnsTop &&
    Math.abs((row.segments[0].x0 + row.segments[0].x1) / 2 - pageWidth / 2) <= 0.03 * pageWidth;
  const spanning =
    column === null ? gridHeadings(rows, (row) => row.segments.map((segment) => sideOf(segment, row))) : null;
  if (spanning) return orderCardGrid(page, rows, spanning, sideOf);
  for (const row of rows) {
    const sides = row.segments.map((segment) => sideOf(segment, row));
    if (sides.includes(null) || centred(row)) {
      flush();
      lines.push(toLine(page, row, row.segments, column ?? "full"));
      continue;
    }
    const leftSegments = row.segments.filter((_, i) => sides[i] === "left");
    const rightSegments = row.segments.filter((_, i) => sides[i] === "right");
    if (leftSegments.length > 0) left.push({ ...row, segments: leftSegments });
    if (rightSegments.length > 0) right.push({ ...row, segments: rightSegments });
  }
  flush();
  return lines;
}

/** A heading set well above the body text, or in bold capitals. */
function isHeadingRow(row: Row, bodySize: number): boolean {
  const text = row.segments.map((segment) => segment.text).join(" ");
  return (
    row.segments.length === 1 &&
    wordCountOf(text) <= 5 &&
    (row.fontSize >= bodySize * 1.2 || (row.segments[0].bold && text === text.toUpperCase() && /\p{L}/u.test(text)))
  );
}

const wordCountOf = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * Rows of cards two to a row under full-width headings: two sides of even width, headings
 * only on the left, each with nothing beside it on the right but right-side text above it
 * (the heading spans the grid; a column of its own would go on beside it). Returns those
 * headings' rows, or null when the page is not such a grid.
 */
function gridHeadings(rows: Row[], sidesOf: (row: Row) => ("left" | "right" | null)[]): Set<Row> | null {
  const sides = new Map(rows.map((row) => [row, sidesOf(row)]));
  const on = (side: "left" | "right") =>
    rows.filter((row) => sides.get(row)!.every((s) => s !== null) && sides.get(row)!.includes(side));
  const left = on("left");
  const right = on("right");
  if (left.length < 6 || right.length < 6) return null;
  const width = (side: "left" | "right") => {
    const segments = rows.flatMap((row) => row.segments.filter((_, k) => sides.get(row)![k] === side));
    return Math.max(...segments.map((s) => s.x1)) - Math.min(...segments.map((s) => s.x0));
  };
  if (Math.min(width("left"), width("right")) < 0.75 * Math.max(width("left"), width("right"))) return null;
  const sizes = new Map<number, number>();
  for (const row of rows)
    sizes.set(Math.round(row.fontSize * 2) / 2, (sizes.get(Math.round(row.fontSize * 2) / 2) ?? 0) + 1);
  const body = dominant(sizes, 10);
  if (right.some((row) => isHeadingRow(row, body))) return null;
  const headings = new Set<Row>();
  left.forEach((row, i) => {
    if (!isHeadingRow(row, body) || i === 0 || sides.get(row)!.includes("right")) return;
    // Nothing on the right beside the heading or between it and what it heads.
    const from = row.y - 1.5 * row.fontSize;
    const below = left[i + 1]?.y ?? Infinity;
    const rightYs = right.map((r) => r.y);
    if (rightYs.some((y) => y > from && y < below - 1)) return;
    if (rightYs.some((y) => y < row.y)) headings.add(row);
  });
  return headings.size > 0 ? headings : null;
}

/**
 * A grid page in reading order: rows above and across the grid as they come; between two
 * headings, each side cut into cards at its gaps and the cards read row by row, left first.
 */
function orderCardGrid(
  page: number,
  rows: Row[],
  headings: Set<Row>,
  sideOf: (segment: LayoutSegment, row: Row) => "left" | "right" | null,
): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let band: Row[] = [];
  const cards = (sideRows: Row[]) => {
    const pitches = sideRows
      .slice(1)
      .map((row, i) => row.y - sideRows[i].y)
      .sort((a, b) => a - b);
    const pitch = pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)] : 0;
    const out: Row[][] = [];
    sideRows.forEach((row, i) => {
      if (i === 0 || row.y - sideRows[i - 1].y > CARD_GAP * pitch) out.push([]);
      out[out.length - 1].push(row);
    });
    return out;
  };
  const flush = () => {
    const split = (side: "left" | "right") =>
      band.flatMap((row) => {
        const segments = row.segments.filter((segment) => sideOf(segment, row) === side);
        return segments.length > 0 ? [{ ...row, segments }] : [];
      });
    const all = [
      ...cards(split("left")).map((c) => ({ c, side: 0 })),
      ...cards(split("right")).map((c) => ({ c, side: 1 })),
    ];
    all.sort((a, b) => (Math.abs(a.c[0].y - b.c[0].y) <= 3 ? a.side - b.side : a.c[0].y - b.c[0].y));
    for (const { c } of all) lines.push(...c.map((row) => toLine(page, row, row.segments, "full")));
    band = [];
  };
  for (const row of rows) {
    if (headings.has(row) || row.segments.some((segment) => sideOf(segment, row) === null)) {
      flush();
      lines.push(toLine(page, row, row.segments, "full"));
    } else band.push(row);
  }
  flush();
  return lines;
}

/** A gap this many line pitches high between rows of one side ends a card (a card's coloured top band leaves less). */
const CARD_GAP = 2.2;

/** Whether the fragment below finishes a date begun at the end of the text above. */
function continuesDate(above: string, below: string): boolean {
  const joined = `${above} ${below}`;
  const found = findDates(joined);
  if (!found) return false;
  const start = joined.indexOf(found.text);
  return (
    start < above.length - 1 &&
    start + found.text.length >= joined.length - 1 &&
    found.text.length > (findDates(above)?.text.length ?? 0)
  );
}

/**
 * A line that opens with a range cut after its dash ("2016-09 – Ph.D. in …", the end
 * "2021-07" alone on the line below, under the dates): the end is put back after the dash.
 */
function joinLeadingRange(line: LayoutLine, next: LayoutLine): boolean {
  const first = line.segments[0];
  const dash = first.text.slice(0, 30).search(/[–—-]\s+\S/u);
  // The end may have the entry's first bullet beside it (moderncv's date column).
  if (dash < 0 || next.segments[0].x0 > first.x0 + 8 * line.fontSize) return false;
  const head = first.text.slice(0, dash + 1).trim();
  const below = next.segments[0].text.trim();
  const joined = `${head} ${below}`;
  if (findDates(head)?.text !== head || findDates(joined)?.text !== joined) return false;
  line.segments[0] = { ...first, text: `${joined} ${first.text.slice(dash + 1).trim()}` };
  line.text = line.segments.map((segment) => segment.text).join("\t");
  return true;
}

/**
 * A date range wrapped inside a narrow column ("Aug. 2018 to Jun." above "2022", or
 * "03/2021 –" above "present"): the fragment on the next line, at the same left or right
 * edge, is joined back onto the segment it continues, so the range reads whole.
 */
function joinWrappedDates(lines: LayoutLine[]): LayoutLine[] {
  const out: LayoutLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let next = lines[i + 1];
    while (
      next &&
      next.page === line.page &&
      (next.column === line.column || line.column === "full") &&
      next.y - line.y < 3 * line.fontSize
    ) {
      const match = line.segments.findIndex((segment) => {
        const below = next!.segments[0];
        return (
          // Set flush left or, in a right-aligned date column, flush right.
          (Math.abs(below.x0 - segment.x0) < 2 || Math.abs(below.x1 - segment.x1) < 2) &&
          below.text.length <= 24 &&
          continuesDate(segment.text, below.text)
        );
      });
      if (match < 0) {
        if (joinLeadingRange(line, next)) {
          const rest = next.segments.slice(1);
          if (rest.length === 0) lines.splice(i + 1, 1);
          else
            lines[i + 1] = {
              ...next,
              x0: rest[0].x0,
              segments: rest,
              text: rest.map((segment) => segment.text).join("\t"),
              startsBold: rest[0].startsBold,
            };
        }
        break;
      }
      const [fragment, ...rest] = next.segments;
      const joined = line.segments[match];
      line.segments[match] = {
        ...joined,
        text: `${joined.text} ${fragment.text}`,
        x1: Math.max(joined.x1, fragment.x1),
      };
      line.text = line.segments.map((segment) => segment.text).join("\t");
      if (rest.length > 0) {
        lines[i + 1] = {
          ...next,
          segments: rest,
          text: rest.map((segment) => segment.text).join("\t"),
          startsBold: rest[0].startsBold,
        };
        break;
      }
      i += 1;
      next = lines[i + 1];
    }
    out.push(line);
  }
  return out;
}

export function buildLayout(doc: PdfDocument): Layout {
  const counts: CharCounts = { text: 0, icon: 0, garbled: 0 };
  const lines: LayoutLine[] = [];
  const pages: PageLayout[] = [];
  const sizes = new Map<number, number>();
  const widthBold = boldByWidth(doc.pages);
  const mono = monospacedFonts(doc.pages);
  for (const page of doc.pages) {
    const before = counts.text;
    const runRows = groupRows(toRuns(page, counts, widthBold, mono));
    const stops = alignmentStops(runRows);
    const rows = runRows
      .map((runs) => toRow(runs, stops))
      .filter((row) => row.segments.length > 0 && !isPageFurniture(row, page.height));
    // A table's cell borders are not columns to read one after the other.
    const table = tableRows(rows);
    // Nor is a short stretch of entries set side by side (cards in a row).
    const local = new Set(
      sideBySideRuns(rows)
        .filter((run) => run.length <= SIDE_BY_SIDE_MAX_ROWS)
        .flat(),
    );
    const bodyRows = rows.filter((row) => !table.has(row) && !local.has(row));
    const found = findGutter(bodyRows, page.width) ?? labelGridGutter(bodyRows, page.width);
    const foundSides = found ? classifyGutter(bodyRows, found) : null;
    // A narrow side that ends within the page's top band is a header's contact block set
    // beside the name, not a column: the page below it is read as one.
    const headerOnly = foundSides !== null && foundSides.narrowBottom < page.height * HEADER_BAND_SHARE;
    const gutter = headerOnly ? null : found;
    const sides = headerOnly ? null : foundSides;
    const kind = sides?.kind ?? "single";
    if (gutter && sides?.kind === "aside") {
      for (const segment of rows.flatMap((row) => row.segments)) {
        const onNarrowSide = sides.narrowSide === "left" ? segment.x1 <= gutter.x : segment.x0 >= gutter.x;
        segment.aside = onNarrowSide && isMetadataText(segment.text);
      }
    }
    for (const segment of rows.flatMap((row) => row.segments)) {
      sizes.set(segment.fontSize, (sizes.get(segment.fontSize) ?? 0) + segment.text.length);
    }
    // Labels in a left rail, beside a side column of dates on the right: a second gutter.
    let railX = gutter && sides?.kind === "aside" && sides.narrowSide === "left" ? gutter.x : null;
    if (gutter && sides?.kind === "aside" && sides.narrowSide === "right") {
      const mainRows = bodyRows
        .map((row) => ({ ...row, segments: row.segments.filter((segment) => segment.x0 < gutter.x) }))
        .filter((row) => row.segments.length > 0);
      // Only a rail of labels (classified below) is looked for, so a label that runs close
      // to the text beside it may leave a narrower gap than columns do.
      const rail = findGutter(mainRows, page.width, gutter.start - 40, RAIL_MIN_WIDTH);
      const railSides = rail ? classifyGutter(mainRows, rail) : null;
      if (rail && railSides?.kind === "aside" && railSides.narrowSide === "left") railX = rail.x;
    }
    const railed = railX !== null ? splitRailLabels(rows, railX) : kind === "columns" ? rows : splitSideBySide(rows);
    lines.push(...orderPage(page.number, railed, kind, gutter, page.width));
    pages.push({
      page: page.number,
      kind,
      gutterX: gutter?.x ?? null,
      tableRows: table.size,
      chars: counts.text - before,
      imageCoverage: page.imageCoverage,
    });
  }
  return {
    lines: joinWrappedDates(lines),
    pages,
    bodyFontSize: dominant(sizes, 10),
    textChars: counts.text,
    iconChars: counts.icon,
    garbledChars: counts.garbled,
    pageCount: doc.pageCount,
  };
}
