// @ts-check
// The extraction worker: loads one PDF at a time with pdf.js and sends back positioned
// text, font names, link annotations and how much of each page images cover.
//
// It is plain JavaScript because a worker thread starts without the TypeScript loader
// the app runs under. pdf.js is imported from the same legacy build that pdf-parse wraps
// (pdf-parse pins the version), because PDFParse.getText() flattens away the positions
// and fonts the layout analysis needs. Decompression bombs are refused here, before
// pdf.js decodes anything; the pool in extract.server.ts enforces the time and heap
// limits by terminating this thread.
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { constants as zlibConstants, inflateSync } from "node:zlib";
import { AnnotationMode, getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** @typedef {import("./types.ts").PdfDocument} PdfDocument */
/** @typedef {import("./types.ts").PdfPage} PdfPage */
/** @typedef {import("./types.ts").PdfTextItem} PdfTextItem */
/** @typedef {import("./types.ts").PdfLink} PdfLink */
/** @typedef {[number, number, number, number, number, number]} Matrix */

const PDFJS_ROOT = new URL("../../", import.meta.resolve("pdfjs-dist/legacy/build/pdf.mjs"));
const localDir = (/** @type {string} */ name) => `${fileURLToPath(new URL(`${name}/`, PDFJS_ROOT))}/`;

// Hardened pdf.js options: no eval of font programs (CVE-2024-4367), no system fonts, no
// font faces, no XFA, only local resource folders, and data passed in (never a url).
const LOAD_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  stopAtErrors: false,
  verbosity: 0,
  // Images above this many pixels are skipped rather than decoded (a 300 dpi letter
  // scan is 8.4 megapixels).
  maxImageSize: 40_000_000,
  cMapUrl: localDir("cmaps"),
  cMapPacked: true,
  standardFontDataUrl: localDir("standard_fonts"),
  wasmUrl: localDir("wasm"),
};

// Decoded bytes allowed across all Flate streams of one PDF. pdf.js keeps decoded streams
// in ArrayBuffers, which the worker's V8 heap limit does not cover, so a decompression
// bomb would grow the process by gigabytes before the time limit ends it. A resume's
// fonts, images and text decode to a few megabytes.
const MAX_DECODED_BYTES = 100 * 1024 * 1024;
const COMPRESSING_FILTERS = new Set(["FlateDecode", "Fl", "LZWDecode", "LZW", "RunLengthDecode", "RL"]);

// Deflate expands data at most 1032 times (zlib's figure for its format: one 258-byte
// copy per two bits), so Flate streams this small cannot reach the budget together.
const MAX_DEFLATE_RATIO = 1032;

/**
 * Inflates every Flate stream natively, with a cap, before pdf.js sees the file; throws
 * for a decompression bomb (too much decoded data, or compression nested in compression).
 * Streams that do not inflate cleanly are left for pdf.js to judge. Once the streams left
 * could not exceed the budget even at deflate's highest ratio, they are not inflated: most
 * resumes hold well under 100 KB of them, and pdf.js inflates each again anyway. Also tells
 * whether the file holds any image XObjects or annotations at all, so pages without them
 * skip the costly reads that only those need.
 * @param {Uint8Array} data
 * @returns {{ images: boolean, annotations: boolean }}
 */
function refuseDecompressionBombs(data) {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
  const facts = { images: /\/Subtype\s*\/Image\b/.test(text), annotations: /\/Annots\b/.test(text) };
  const streams = [...text.matchAll(/>>\s*stream(?:\r\n|\n|\r)/g)].map((match) => {
    const at = match.index ?? 0;
    const dictionary = text.slice(Math.max(text.lastIndexOf("obj", at), at - 4096), at + 2);
    const filter = dictionary.match(/\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/);
    const filters = (filter?.[1].match(/\/[A-Za-z0-9]+/g) ?? []).map((name) => name.slice(1));
    const start = at + match[0].length;
    const end = text.indexOf("endstream", start);
    return { filters, start, end: end < 0 ? data.length : end };
  });
  const isFlate = (/** @type {string[]} */ filters) => filters[0] === "FlateDecode" || filters[0] === "Fl";
  let budget = MAX_DECODED_BYTES;
  let uninflated = streams.reduce((sum, { filters, start, end }) => sum + (isFlate(filters) ? end - start : 0), 0);
  for (const { filters, start, end } of streams) {
    if (filters.filter((name) => COMPRESSING_FILTERS.has(name)).length > 1) {
      throw Object.assign(new Error("stream compressed more than once"), { name: "DecompressionBomb" });
    }
    if (!isFlate(filters) || uninflated * MAX_DEFLATE_RATIO <= budget) continue;
    uninflated -= end - start;
    let decodedLength;
    try {
      decodedLength = inflateSync(data.subarray(start, end), {
        maxOutputLength: budget + 1,
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ERR_BUFFER_TOO_LARGE") continue;
      decodedLength = budget + 1;
    }
    if (decodedLength > budget) {
      throw Object.assign(new Error(`streams decode to over ${MAX_DECODED_BYTES} bytes`), {
        name: "DecompressionBomb",
      });
    }
    budget -= decodedLength;
  }
  return facts;
}

// Below this many characters a page may be a scanned image: measure its images.
const SPARSE_PAGE_CHARS = 200;

const IMAGE_OPS = new Set([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
]);

/** @param {Matrix} m @param {Matrix} n @returns {Matrix} */
function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/**
 * Share of the page painted by images: each image fills the unit square of the current
 * transformation matrix, so its area is the matrix determinant.
 * @param {{ fnArray: number[], argsArray: any[] }} operatorList
 * @param {number} pageArea
 */
function imageCoverage(operatorList, pageArea) {
  /** @type {Matrix} */
  let ctm = [1, 0, 0, 1, 0, 0];
  /** @type {Matrix[]} */
  const stack = [];
  let area = 0;
  operatorList.fnArray.forEach((fn, i) => {
    const args = operatorList.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0]) && args[0].length === 6) ctm = multiply(ctm, /** @type {Matrix} */ (args[0]));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (IMAGE_OPS.has(fn)) area += Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
  });
  return pageArea > 0 ? Math.min(1, area / pageArea) : 0;
}

/**
 * @param {any} page pdf.js PDFPageProxy
 * @param {number} maxItems
 * @param {{ images: boolean, annotations: boolean }} facts
 * @returns {Promise<PdfPage>}
 */
async function readPage(page, maxItems, facts) {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();

  /** @type {PdfTextItem[]} */
  const items = [];
  let itemsTruncated = false;
  let chars = 0;
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a, b, c, d, e, f] = item.transform;
    // Rotated or vertical runs are left out: ATS parsers do not read them either.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    if (items.length === maxItems) {
      itemsTruncated = true;
      break;
    }
    const [x, y] = viewport.convertToViewportPoint(e, f);
    items.push({ text: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d), fontId: item.fontName });
    chars += item.str.length;
  }

  // The operator list costs as much as the text again. It is read only where it can
  // matter: a file with images (how much of the page they cover) or a page with almost
  // no text (a scan). It also loads the fonts' real names; elsewhere the layout tells
  // bold from regular by the glyphs' widths.
  const needsOperators = facts.images || chars < SPARSE_PAGE_CHARS;
  const operatorList = needsOperators ? await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }) : null;

  /** @type {Record<string, string>} */
  const fonts = {};
  /** @type {Record<string, string>} */
  const fontFamilies = {};
  for (const { fontId } of items) {
    if (fontId in fonts) continue;
    fonts[fontId] = operatorList && page.commonObjs.has(fontId) ? String(page.commonObjs.get(fontId)?.name ?? "") : "";
    // The generic family with the face's ascent and descent: faces of one typeface share them.
    const style = content.styles?.[fontId];
    fontFamilies[fontId] = style ? `${style.fontFamily}|${style.ascent}|${style.descent}` : "";
  }

  // Contact links (LinkedIn, GitHub, a website behind an icon) sit at the top of the first
  // page, so only there. The "print" intent reads the same links for a fraction of the
  // cost of "display", which also prepares what an annotation layer on screen needs.
  /** @type {PdfLink[]} */
  const links = [];
  const annotations = page.pageNumber === 1 && facts.annotations ? await page.getAnnotations({ intent: "print" }) : [];
  for (const annotation of annotations) {
    const url = annotation.subtype === "Link" ? (annotation.url ?? annotation.unsafeUrl) : null;
    if (typeof url !== "string") continue;
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(annotation.rect);
    links.push({ url, x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) });
  }

  return {
    number: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    items,
    fonts,
    fontFamilies,
    links,
    imageCoverage: operatorList ? imageCoverage(operatorList, viewport.width * viewport.height) : 0,
    itemsTruncated,
  };
}

/**
 * @param {Uint8Array} data
 * @param {{ maxPages: number, maxItemsPerPage: number }} limits
 * @returns {Promise<PdfDocument>}
 */
async function extract(data, limits) {
  const facts = refuseDecompressionBombs(data);
  const task = getDocument({ ...LOAD_OPTIONS, data });
  try {
    const doc = await task.promise;
    /** @type {PdfPage[]} */
    const pages = [];
    for (let number = 1; number <= Math.min(doc.numPages, limits.maxPages); number++) {
      const page = await doc.getPage(number);
      pages.push(await readPage(page, limits.maxItemsPerPage, facts));
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await task.destroy();
  }
}

const port = parentPort;
if (!port) throw new Error("extract-worker.server.mjs must run in a worker thread");

port.on(
  "message",
  async (/** @type {{ id: number, data: Uint8Array, maxPages: number, maxItemsPerPage: number }} */ job) => {
    try {
      const document = await extract(job.data, job);
      port.postMessage({ id: job.id, ok: true, document });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      port.postMessage({
        id: job.id,
        ok: false,
        reason: name === "PasswordException" ? "encrypted" : "unreadable",
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  },
);

// One tiny PDF read before reporting ready, so the first real upload does not pay for
// compiling pdf.js (a cold read takes several times longer than a warm one).
const WARM_UP_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n" +
    "4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n" +
    "5 0 obj<</Length 38>>stream\nBT /F1 12 Tf 20 100 Td (Warm up) Tj ET\nendstream endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
);
await extract(WARM_UP_PDF, { maxPages: 1, maxItemsPerPage: 10 }).catch(() => undefined);
port.postMessage({ ready: true });
