// PDFs made on the fly for the resume scanner's tests: ordinary resumes in one and two
// columns and with a table (pdf-lib), and hostile files written byte by byte (no text
// layer, encrypted, broken cross-reference table, decompression bomb, flood of text).
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

const PAGE = { width: 612, height: 792, margin: 50 };

// ---------------------------------------------------------------------------
// Resumes drawn with pdf-lib
// ---------------------------------------------------------------------------

export interface ResumeEntrySpec {
  /** Bold first line, e.g. "Senior Engineer, Acme Corp". */
  title: string;
  /** Printed right-aligned on the title's line. */
  dates?: string;
  /** Plain lines under the title (a second heading line, a degree). */
  lines?: string[];
  bullets?: string[];
}

export interface ResumeSectionSpec {
  heading: string;
  entries?: ResumeEntrySpec[];
  lines?: string[];
}

export interface ResumeSpec {
  name: string;
  contact: string[];
  sections: ResumeSectionSpec[];
}

export const SAMPLE_RESUME: ResumeSpec = {
  name: "Jane Rivera",
  contact: ["Austin, TX", "jane.rivera@example.com", "+1 512 555 0142", "linkedin.com/in/janerivera"],
  sections: [
    {
      heading: "Summary",
      lines: ["Backend engineer with eight years of experience building payment and data platforms in Go and Python."],
    },
    {
      heading: "Experience",
      entries: [
        {
          title: "Senior Software Engineer, Stripe",
          dates: "Mar 2021 – Present",
          bullets: [
            "Led migration of the ledger service to Kubernetes, cutting deploy time by 40%",
            "Designed an idempotent payouts API in Go handling 3M requests a day",
            "Mentored 4 engineers and ran the on-call rotation for 12 services",
          ],
        },
        {
          title: "Software Engineer, Plaid",
          dates: "Jun 2017 – Feb 2021",
          bullets: [
            "Built a Python data pipeline on Airflow that cut reconciliation errors by 35%",
            "Reduced PostgreSQL query latency by 60% by redesigning indexes",
            "Shipped a fraud-scoring service used by 200 bank partners",
          ],
        },
      ],
    },
    {
      heading: "Education",
      entries: [
        { title: "University of Texas at Austin", dates: "Sep 2013 – May 2017", lines: ["BS in Computer Science"] },
      ],
    },
    { heading: "Skills", lines: ["Languages: Go, Python, SQL", "Infrastructure: Kubernetes, AWS, PostgreSQL, Kafka"] },
  ],
};

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Splits text into lines that fit `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

class Writer {
  page: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  private advance(lineHeight: number): void {
    if (this.y - lineHeight < PAGE.margin) {
      this.page = this.doc.addPage([PAGE.width, PAGE.height]);
      this.y = PAGE.height - PAGE.margin;
    }
    this.y -= lineHeight;
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; x?: number; right?: string; gapBefore?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    this.advance(size * 1.35 + (options.gapBefore ?? 0));
    this.page.drawText(text, { x: options.x ?? PAGE.margin, y: this.y, size, font });
    if (options.right) {
      const width = this.fonts.regular.widthOfTextAtSize(options.right, size);
      this.page.drawText(options.right, {
        x: PAGE.width - PAGE.margin - width,
        y: this.y,
        size,
        font: this.fonts.regular,
      });
    }
  }

  bullet(text: string): void {
    const lines = wrap(text, this.fonts.regular, 10, PAGE.width - 2 * PAGE.margin - 14);
    lines.forEach((line, i) => this.text(i === 0 ? `• ${line}` : line, { x: PAGE.margin + (i === 0 ? 4 : 12) }));
  }
}

async function newDocument(): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  // Fixed dates keep the bytes identical from run to run.
  doc.setCreationDate(new Date(Date.UTC(2025, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2025, 0, 1)));
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  return { doc, fonts };
}

const save = async (doc: PDFDocument) => new Uint8Array(await doc.save({ useObjectStreams: false }));

/** A plain single-column resume. */
export async function resumePdf(spec: ResumeSpec = SAMPLE_RESUME): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument();
  const writer = new Writer(doc, fonts);
  writer.text(spec.name, { size: 22, bold: true });
  writer.text(spec.contact.join(" | "), { gapBefore: 4 });
  for (const section of spec.sections) {
    writer.text(section.heading, { size: 13, bold: true, gapBefore: 10 });
    for (const line of section.lines ?? []) {
      for (const wrapped of wrap(line, fonts.regular, 10, PAGE.width - 2 * PAGE.margin)) writer.text(wrapped);
    }
    for (const entry of section.entries ?? []) {
      writer.text(entry.title, { bold: true, right: entry.dates, gapBefore: 4 });
      for (const line of entry.lines ?? []) writer.text(line);
      for (const bullet of entry.bullets ?? []) writer.bullet(bullet);
    }
  }
  return save(doc);
}

/**
 * A sidebar resume: contact, skills and education in a narrow left column, experience
 * on the right. Lines are drawn row by row across both columns, so the content stream
 * interleaves them the way a naive reader would.
 */
export async function twoColumnResumePdf(): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawText("Sam Okafor", { x: 40, y: 740, size: 24, font: fonts.bold });
  const left: [string, boolean][] = [
    ["CONTACT", true],
    ["sam.okafor@example.com", false],
    ["+44 20 7946 0958", false],
    ["London, UK", false],
    ["", false],
    ["SKILLS", true],
    ["TypeScript", false],
    ["React", false],
    ["Node.js", false],
    ["PostgreSQL", false],
    ["AWS", false],
    ["", false],
    ["EDUCATION", true],
    ["University of Leeds", false],
    ["BSc Computer Science", false],
    ["Sep 2012 – Jun 2015", false],
  ];
  const right: [string, boolean][] = [
    ["EXPERIENCE", true],
    ["Frontend Lead, Monzo", false],
    ["Jan 2020 – Present", false],
    ["• Rebuilt the card-controls app in React and TypeScript", false],
    ["• Cut page load time by 45% with server rendering", false],
    ["• Hired and mentored a team of 5 engineers", false],
    ["", false],
    ["Software Engineer, Deliveroo", false],
    ["Jul 2015 – Dec 2019", false],
    ["• Built the rider-tracking map used by 2M customers", false],
    ["• Migrated 30 services from REST to GraphQL", false],
    ["• Reduced checkout errors by 20% with end-to-end tests", false],
  ];
  for (let row = 0; row < Math.max(left.length, right.length); row++) {
    const y = 690 - row * 15;
    const [leftText, leftBold] = left[row] ?? ["", false];
    const [rightText, rightBold] = right[row] ?? ["", false];
    if (leftText)
      page.drawText(leftText, { x: 40, y, size: leftBold ? 12 : 10, font: leftBold ? fonts.bold : fonts.regular });
    if (rightText)
      page.drawText(rightText, { x: 230, y, size: rightBold ? 12 : 10, font: rightBold ? fonts.bold : fonts.regular });
  }
  return save(doc);
}

/** Experience laid out as a bordered table: title, employer, dates per row. */
export async function tableResumePdf(): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawText("Priya Natarajan", { x: 50, y: 740, size: 22, font: fonts.bold });
  page.drawText("Chicago, IL | priya.n@example.com | +1 312 555 0199", {
    x: 50,
    y: 715,
    size: 10,
    font: fonts.regular,
  });
  page.drawText("Experience", { x: 50, y: 680, size: 13, font: fonts.bold });
  const columns = [50, 230, 400, 562];
  const rows = [
    ["Title", "Employer", "Dates"],
    ["Data Analyst", "Allstate", "Feb 2021 – Present"],
    ["Junior Analyst", "Groupon", "Jan 2019 – Jan 2021"],
    ["Analytics Intern", "Motorola", "Jun 2018 – Dec 2018"],
  ];
  rows.forEach((cells, r) => {
    const top = 665 - r * 22;
    cells.forEach((cell, c) => {
      page.drawRectangle({
        x: columns[c],
        y: top - 22,
        width: columns[c + 1] - columns[c],
        height: 22,
        borderColor: rgb(0, 0, 0),
        borderWidth: 0.5,
      });
      page.drawText(cell, { x: columns[c] + 6, y: top - 15, size: 10, font: r === 0 ? fonts.bold : fonts.regular });
    });
  });
  page.drawText("Skills", { x: 50, y: 540, size: 13, font: fonts.bold });
  page.drawText("SQL, Python, Tableau, Excel", { x: 50, y: 522, size: 10, font: fonts.regular });
  return save(doc);
}

// ---------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A grey-scale PNG with dark stripes, like a photographed page of text. */
export function stripedPng(width = 170, height = 220): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey, no interlace
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    const inkRow = y % 12 < 4 && y > 10 && y < height - 10;
    for (let x = 0; x < width; x++)
      raw[y * (width + 1) + 1 + x] = inkRow && x > 12 && x < width - 12 && (x * 7 + y) % 11 > 2 ? 40 : 235;
  }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk("IHDR", header),
      pngChunk("IDAT", deflateSync(raw)),
      pngChunk("IEND", new Uint8Array()),
    ]),
  );
}

/** A "scanned" resume: each page is one full-page image, with no text layer. */
export async function scannedResumePdf(pages = 1): Promise<Uint8Array> {
  const { doc } = await newDocument();
  const image = await doc.embedPng(stripedPng());
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  }
  return save(doc);
}

/** A text resume with one more page that is only a picture of text. */
export async function resumeWithPicturePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await resumePdf());
  const image = await doc.embedPng(stripedPng());
  doc.addPage([PAGE.width, PAGE.height]).drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  return save(doc);
}

// ---------------------------------------------------------------------------
// Raw PDFs
// ---------------------------------------------------------------------------

const latin1 = (text: string) => Buffer.from(text, "latin1");

/**
 * Writes objects 1..n with a correct cross-reference table. Each object is its body
 * (without "n 0 obj"); a Buffer body is written as is (stream data).
 */
export function rawPdf(objects: (string | Buffer)[], trailer: string): Uint8Array {
  const parts: Buffer[] = [latin1("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([
      latin1(`${i + 1} 0 obj\n`),
      typeof body === "string" ? latin1(body) : body,
      latin1("\nendobj\n"),
    ]);
    offsets.push(length);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    "0000000000 65535 f \n",
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

const streamObject = (dictionary: string, data: Buffer) =>
  Buffer.concat([latin1(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, latin1("\nendstream")]);

function onePagePdf(content: Buffer, contentDictionary = ""): Uint8Array {
  return rawPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      streamObject(contentDictionary, content),
    ],
    "/Root 1 0 R",
  );
}

/** A page with far more text runs than any resume (the worker keeps a bounded number). */
export function textFloodPdf(runs = 5200): Uint8Array {
  // Each run on its own baseline, so pdf.js cannot merge neighbours into one item.
  const ops = Array.from(
    { length: runs },
    (_, i) => `BT /F1 4 Tf ${20 + Math.floor(i / 700) * 50} ${780 - (i % 700) * 1.1} Td (w${i % 10}) Tj ET`,
  );
  return onePagePdf(latin1(ops.join("\n")));
}

/**
 * A zlib stream that inflates to `1 + 258 × copies` zero bytes: one literal 0, then
 * back-references "copy 258 bytes from 1 back", in one fixed-Huffman block. Written bit
 * by bit, so a gigabyte of output costs milliseconds to make.
 */
function zeroBombZlib(copies: number): Buffer {
  // Huffman codes are stored most significant bit first in a least-significant-first
  // bit stream, so each code is written reversed.
  const reversed = (code: number, bits: number) => {
    let out = 0;
    for (let i = 0; i < bits; i++) out |= ((code >> i) & 1) << (bits - 1 - i);
    return out;
  };
  const totalBits = 3 + 8 + 13 * copies + 7;
  const out = Buffer.alloc(2 + Math.ceil(totalBits / 8) + 4);
  out[0] = 0x78; // zlib header: deflate, 32K window
  out[1] = 0x01;
  let position = 2;
  let accumulator = 0;
  let used = 0;
  const write = (value: number, bits: number) => {
    accumulator |= value << used;
    used += bits;
    while (used >= 8) {
      out[position++] = accumulator & 0xff;
      accumulator >>>= 8;
      used -= 8;
    }
  };
  write(0b011, 3); // final block, fixed Huffman codes
  write(reversed(0b00110000, 8), 8); // literal 0
  const copy = reversed(0b11000101, 8); // length 258 (code 285), then distance 1 (code 0, five zero bits)
  for (let i = 0; i < copies; i++) write(copy, 13);
  write(0, 7); // end of block
  if (used > 0) out[position++] = accumulator & 0xff;
  const size = 1 + 258 * copies;
  out.writeUInt32BE((((size % 65521) << 16) | 1) >>> 0, position); // Adler-32 of `size` zero bytes
  return out.subarray(0, position + 4);
}

const zeroCopies = (decodedMb: number) => Math.ceil((decodedMb * 1024 * 1024) / 258);

/** A page whose content stream inflates to `decodedMb` megabytes of zeros (3.3 MB on disk for 512). */
export function flateBombPdf(decodedMb = 512): Uint8Array {
  return onePagePdf(zeroBombZlib(zeroCopies(decodedMb)), "/Filter /FlateDecode");
}

/**
 * A readable page beside `streams` unused Flate streams of `eachMb` megabytes of zeros
 * each, compressed as tightly as zlib can (about 1,030 to 1): the decoded total is what
 * counts, not one stream's size.
 */
export function manyFlateStreamsPdf(streams: number, eachMb = 10): Uint8Array {
  const zeros = deflateSync(Buffer.alloc(eachMb * 1024 * 1024), { level: 9 });
  return rawPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      streamObject("", latin1("BT /F1 12 Tf 72 700 Td (Jane Rivera) Tj ET")),
      ...Array.from({ length: streams }, () => streamObject("/Filter /FlateDecode", zeros)),
    ],
    "/Root 1 0 R",
  );
}

/**
 * The same through two nested FlateDecode filters: a few kilobytes on disk for a
 * gigabyte of zeros.
 */
export function nestedBombPdf(decodedMb = 1024): Uint8Array {
  return onePagePdf(
    deflateSync(zeroBombZlib(zeroCopies(decodedMb)), { level: 9 }),
    "/Filter [/FlateDecode /FlateDecode]",
  );
}

/**
 * "Billion laughs" in PDF: form XObjects nested `depth` deep, each drawing the next one
 * `fanOut` times (each time shifted a little, so no two runs coincide), so one page asks
 * for fanOut^depth text runs. Small, uncompressed, and endless work for a parser.
 */
export function nestedFormsPdf(depth = 9, fanOut = 10): Uint8Array {
  const firstForm = 5;
  const forms = Array.from({ length: depth }, (_, level) => {
    const last = level === depth - 1;
    const content = last
      ? "BT /F1 1 Tf (laugh) Tj ET"
      : Array.from({ length: fanOut }, (_, i) => `q 1 0 0 1 ${i * 0.37} ${i * 0.53} cm /X Do Q`).join("\n");
    const resources = last ? "/Font << /F1 4 0 R >>" : `/XObject << /X ${firstForm + level + 1} 0 R >>`;
    return streamObject(
      `/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << ${resources} >>`,
      latin1(content),
    );
  });
  return rawPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X ${firstForm} 0 R >> >> /Contents ${firstForm + depth} 0 R >>`,
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      ...forms,
      streamObject("", latin1("/X Do")),
    ],
    "/Root 1 0 R",
  );
}

// Standard security handler, revision 2 (PDF 1.7 §7.6.3): RC4 with a 40-bit key.
const PASSWORD_PADDING = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();
const padPassword = (password: string) => Buffer.concat([latin1(password), PASSWORD_PADDING]).subarray(0, 32);

/** A one-page resume encrypted with a user password: it cannot be opened without it. */
export function encryptedPdf(userPassword = "open-sesame", ownerPassword = "owner-secret"): Uint8Array {
  const fileId = md5(latin1("career-recovery-toolkit test"));
  const permissions = -4; // all permissions
  const owner = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padPassword(userPassword), owner, p, fileId).subarray(0, 5);
  const user = rc4(key, PASSWORD_PADDING);
  const objectKey = (objectNumber: number) => {
    const suffix = Buffer.from([objectNumber & 255, (objectNumber >> 8) & 255, (objectNumber >> 16) & 255, 0, 0]);
    return md5(key, suffix).subarray(0, 10);
  };
  const content = rc4(objectKey(5), latin1("BT /F1 24 Tf 50 700 Td (Jane Rivera) Tj ET"));
  return rawPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      streamObject("", content),
      `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString("hex")}> /U <${user.toString("hex")}> /P ${permissions} >>`,
    ],
    `/Root 1 0 R /Encrypt 6 0 R /ID [<${fileId.toString("hex")}> <${fileId.toString("hex")}>]`,
  );
}

/** The PDF with its cross-reference offsets and startxref pointing at the wrong bytes. */
export function breakXref(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const broken = text
    .replace(
      /^(\d{10}) (\d{5}) n/gmu,
      (_, offset: string, generation: string) => `${String(Number(offset) + 7).padStart(10, "0")} ${generation} n`,
    )
    .replace(/startxref\s+\d+/u, "startxref\n123");
  return new Uint8Array(Buffer.from(broken, "latin1"));
}

/** A PNG file under a .pdf name: the bytes say PNG. */
export function pngRenamedPdf(): Uint8Array {
  return stripedPng(32, 32);
}

/** `megabytes` of bytes that start like a PDF. */
export function oversizedPdf(megabytes = 6): Uint8Array {
  const bytes = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  bytes.set(latin1("%PDF-1.4\n"));
  return bytes;
}
