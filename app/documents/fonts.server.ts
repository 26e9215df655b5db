// The fonts PDF downloads are drawn with: a chain tried character by character (Noto Sans
// first, then scripts it lacks, symbols, CJK, emoji), each subset to the characters a
// document uses with HarfBuzz's subsetter before pdf-lib embeds it. (pdf-lib's own
// subsetting dropped glyphs of the CJK font; embedding whole fonts made 3 MB files.)
// fontkit's Indic and Universal shapers (Devanagari, …) are compiled to generator code
// that expects a global regeneratorRuntime; this import defines it.
import "regenerator-runtime/runtime.js";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import type fontkit from "@pdf-lib/fontkit";
import { lazyPackage } from "~/server/lazy-package";

const require = createRequire(import.meta.url);

/** fontkit, loaded on the first PDF download rather than at server start (about 11 MB and 1 s). */
export const loadFontkit = lazyPackage<typeof fontkit>("@pdf-lib/fontkit");
// Beside this module: app/documents/fonts/ from source, build/fonts/ in the server bundle
// (copied there by `npm run build`; see PROVENANCE.md in the folder).
const FONT_DIR = fileURLToPath(new URL("./fonts/", import.meta.url));

export type FontStyle = "regular" | "bold";

const SCRIPT_FALLBACKS = [
  "NotoSansHebrew-Regular.ttf",
  "NotoSansArabic-Regular.ttf",
  "NotoSansDevanagari-Regular.ttf",
  "NotoSansThai-Regular.ttf",
  "NotoSansSymbols-Regular.ttf",
  "NotoSansSymbols2-Regular.ttf",
  "DroidSansFallback.ttf",
];

function emojiFiles(): string[] {
  const dir = path.dirname(require.resolve("@fontsource/noto-emoji/files/noto-emoji-emoji-400-normal.woff"));
  return fs
    .readdirSync(dir)
    .filter((name) => /^noto-emoji-[\w]+-400-normal\.woff$/u.test(name))
    .sort((a, b) => (a.includes("-emoji-") ? -1 : b.includes("-emoji-") ? 1 : a.localeCompare(b)))
    .map((name) => path.join(dir, name));
}

const CHAIN_FILES: Record<FontStyle, () => string[]> = {
  regular: () => [
    path.join(FONT_DIR, "NotoSans-Regular.ttf"),
    ...SCRIPT_FALLBACKS.map((name) => path.join(FONT_DIR, name)),
    ...emojiFiles(),
  ],
  bold: () => [
    path.join(FONT_DIR, "NotoSans-Bold.ttf"),
    ...SCRIPT_FALLBACKS.map((name) => path.join(FONT_DIR, name)),
    ...emojiFiles(),
  ],
};

/** WOFF 1.0 → the plain OpenType file it wraps (each table zlib-compressed or stored). */
export function unwrapWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      data: compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored,
    };
  });
  const headerLength = 12 + 16 * numTables;
  const total = tables.reduce((sum, table) => sum + ((table.data.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  outView.setUint32(0, view.getUint32(4));
  outView.setUint16(4, numTables);
  outView.setUint16(6, 2 ** entrySelector * 16);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - 2 ** entrySelector * 16);
  let offset = headerLength;
  tables.forEach((table, i) => {
    outView.setUint32(12 + i * 16, table.tag);
    outView.setUint32(16 + i * 16, table.checksum);
    outView.setUint32(20 + i * 16, offset);
    outView.setUint32(24 + i * 16, table.data.length);
    out.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}

export interface ChainFont {
  file: string;
  bytes: Uint8Array;
  face: fontkit.Font;
}

const chains = new Map<FontStyle, ChainFont[]>();

/** The fonts of a style, parsed once per process. */
export function fontChain(style: FontStyle): ChainFont[] {
  let chain = chains.get(style);
  if (!chain) {
    chain = CHAIN_FILES[style]().map((file) => {
      const raw = new Uint8Array(fs.readFileSync(file));
      const bytes = file.endsWith(".woff") ? unwrapWoff(raw) : raw;
      return { file, bytes, face: loadFontkit().create(bytes) };
    });
    chains.set(style, chain);
  }
  return chain;
}

const coverage = new Map<string, number>();

/** Index in the chain of the first font with a glyph for the code point; -1 when none has. */
export function fontIndexFor(style: FontStyle, codePoint: number): number {
  const key = `${style}:${codePoint}`;
  let index = coverage.get(key);
  if (index === undefined) {
    index = fontChain(style).findIndex((font) => font.face.hasGlyphForCodePoint(codePoint));
    coverage.set(key, index);
  }
  return index;
}

// ---------------------------------------------------------------------------
// HarfBuzz subsetter (harfbuzzjs's hb-subset build: a WebAssembly module with no imports)
// ---------------------------------------------------------------------------

interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

let harfbuzz: HarfBuzzSubset | null = null;

function subsetter(): HarfBuzzSubset {
  if (!harfbuzz) {
    const wasm = fs.readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"));
    harfbuzz = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HarfBuzzSubset;
  }
  return harfbuzz;
}

const HB_MEMORY_MODE_WRITABLE = 2;

/** The font cut down to the given code points (with what shaping them needs); null if HarfBuzz fails. */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array | null {
  const hb = subsetter();
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  let result: Uint8Array | null = null;
  if (subset) {
    const out = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(out, 0);
    const length = hb.hb_blob_get_length(out);
    result = length > 0 ? new Uint8Array(hb.memory.buffer).slice(data, data + length) : null;
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
  }
  hb.hb_face_destroy(face);
  hb.free(pointer);
  return result;
}
