// "What the ATS sees", per real system: what Greenhouse, Lever, Workday and Oracle Taleo
// publicly document about reading a resume file (data/ats-systems.json, each point with
// the vendor's own page), turned into warnings about this file from its measured layout:
// columns, tables, text repeated in the page margins, size, images, headings, spaced-out
// letters. A point a vendor documents nothing about is said to be undocumented, never
// guessed. Pure: the features are measured at scan time and stored on the report.
import { z } from "zod";
import { formatCalendarDate, formatFileSize } from "~/format";
import { listPhrase } from "~/writer/lists";
import data from "./data/ats-systems.json";
import { plural } from "./plural.ts";
import type { AtsFileFeatures, Layout, ParsedResume, PdfDocument, ResumeReport } from "./types.ts";

const POINT_IDS = [
  "columns",
  "tables",
  "header_footer",
  "file_size",
  "file_type",
  "images",
  "headings",
  "letter_spacing",
  "acronyms",
  "paste",
] as const;
export type AtsPointId = (typeof POINT_IDS)[number];

const point = z.union([
  z.object({ documented: z.literal(false) }).strict(),
  z
    .object({
      documented: z.literal(true),
      source: z.string(),
      says: z.string().min(1),
      warning: z.string().optional(),
      contact_warning: z.string().optional(),
      scanned_warning: z.string().optional(),
      limit_bytes: z.number().int().positive().optional(),
    })
    .strict(),
]);

const schema = z
  .object({
    _comment: z.string(),
    sources: z.record(
      z.string(),
      z.object({
        publisher: z.string(),
        title: z.string(),
        url: z.string().url(),
        read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
      }),
    ),
    systems: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        points: z.partialRecord(z.enum(POINT_IDS), point),
      }),
    ),
    points: z.record(z.enum(POINT_IDS), z.string()),
    searched: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    not_documented: z.string(),
  })
  .superRefine((value, ctx) => {
    for (const system of value.systems)
      for (const [id, entry] of Object.entries(system.points))
        if (entry.documented && !value.sources[entry.source])
          ctx.addIssue({ code: "custom", message: `${system.id}.${id}: unknown source ${entry.source}` });
  });

const ATS = schema.parse(data);

export type AtsSource = (typeof ATS.sources)[string];

/** Share of a page's height that counts as its top or bottom margin. */
const MARGIN_SHARE = 0.1;
/** Images covering less of a page than this are icons or rules, not graphics. */
const IMAGE_MIN_SHARE = 0.03;
const TABLE_MIN_ROWS = 3;
const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$/iu;

export function atsFileFeatures(
  doc: PdfDocument,
  layout: Layout,
  parsed: ParsedResume,
  fileBytes: number | null,
): AtsFileFeatures {
  const heights = new Map(doc.pages.map((page) => [page.number, page.height]));
  const pagesByText = new Map<string, { text: string; pages: Set<number>; lines: number[] }>();
  layout.lines.forEach((line, index) => {
    const height = heights.get(line.page);
    if (!height || (line.y > height * MARGIN_SHARE && line.y < height * (1 - MARGIN_SHARE))) return;
    const key = line.text.trim().toLowerCase().replace(/\d+/gu, "#");
    if (key === "" || PAGE_NUMBER.test(key)) return;
    const entry = pagesByText.get(key) ?? { text: line.text.trim(), pages: new Set<number>(), lines: [] };
    entry.pages.add(line.page);
    entry.lines.push(index);
    pagesByText.set(key, entry);
  });
  const repeated = [...pagesByText.values()].filter((entry) => entry.pages.size >= 2);
  const marginIndexes = new Set(repeated.flatMap((entry) => entry.lines));
  return {
    fileBytes,
    imagePages: doc.pages
      .filter((page) => page.imageCoverage >= IMAGE_MIN_SHARE)
      .map((page) => ({ page: page.number, share: Math.round(page.imageCoverage * 100) / 100 })),
    tablePages: layout.pages.filter((page) => page.tableRows >= TABLE_MIN_ROWS).map((page) => page.page),
    marginLines: repeated.map((entry) => entry.text),
    contactInMargin: Object.values(parsed.contactSources).some((source) => source && marginIndexes.has(source.line)),
  };
}

// ---------------------------------------------------------------------------

export interface AtsWarning {
  point: AtsPointId;
  label: string;
  text: string;
  source: AtsSource;
}

export interface AtsSystemView {
  id: string;
  name: string;
  /** Documented behaviour this file runs into. */
  warnings: AtsWarning[];
  /** Documented behaviour this file does not run into, for the record. */
  documented: { point: AtsPointId; label: string; says: string; source: AtsSource }[];
  /** Points the vendor documents nothing about. */
  undocumented: string[];
  undocumentedNote: string;
  sources: AtsSource[];
  /** "2 warnings for this file", "nothing documented that this file runs into", "no public documentation found". */
  summary: string;
}

/** "Page 2 is", "Pages 1 and 2 are"; "Parts of this file are" when the pages are not known. */
function pagesPhrase(pages: number[]): string {
  if (pages.length === 0) return "Parts of this file are";
  if (pages.length === 1) return `Page ${pages[0]} is`;
  return `Pages ${listPhrase(pages.map(String))} are`;
}

const quoted = (items: string[], most = 3) =>
  listPhrase(items.slice(0, most).map((item) => `“${item}”`)) + (items.length > most ? " and others" : "");

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole);

// A word written letter by letter ("J O H N"): four or more single letters, one space apart.
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L} ){3,}\p{L}(?![\p{L}\p{N}])/gu;

/** What each system's documentation says about this file. */
export function atsSystemsView(report: ResumeReport): AtsSystemView[] {
  const features = report.ats ?? null;
  // Only pages in real columns (read one after the other). Dates or places set in a side
  // column stay on the row they belong to ("aside"), as in most one-column resumes.
  const columnPages = report.layout.pageKinds.flatMap((kind, index) => (kind === "columns" ? [index + 1] : []));
  const headings = report.parsed.sections.filter((section) => section.kind === "other").map((section) => section.name);
  const spaced = [...new Set([...report.text.matchAll(SPACED_LETTERS)].map((match) => match[0]))];
  // Each point's trigger for this file, and the text it fills in; null when the file does not trigger it.
  const triggers: Partial<Record<AtsPointId, (entry: z.infer<typeof point> & { documented: true }) => string[]>> = {
    columns: (entry) => (columnPages.length > 0 && entry.warning ? [entry.warning] : []),
    tables: (entry) =>
      entry.warning && (features ? features.tablePages.length > 0 : report.layout.tables) ? [entry.warning] : [],
    header_footer: (entry) => [
      ...(features && features.marginLines.length > 0 && entry.warning ? [entry.warning] : []),
      ...(features?.contactInMargin && entry.contact_warning ? [entry.contact_warning] : []),
    ],
    file_size: (entry) =>
      features?.fileBytes && entry.limit_bytes && features.fileBytes > entry.limit_bytes && entry.warning
        ? [entry.warning]
        : [],
    images: (entry) =>
      report.needsOcr
        ? entry.scanned_warning
          ? [entry.scanned_warning]
          : []
        : features && features.imagePages.length > 0 && entry.warning
          ? [entry.warning]
          : [],
    headings: (entry) => (headings.length > 0 && entry.warning ? [entry.warning] : []),
    letter_spacing: (entry) => (spaced.length > 0 && entry.warning ? [entry.warning] : []),
  };
  return ATS.systems.map((system) => {
    const view: AtsSystemView = {
      id: system.id,
      name: system.name,
      warnings: [],
      documented: [],
      undocumented: [],
      undocumentedNote: fill(ATS.not_documented, { vendor: system.name, searched: formatCalendarDate(ATS.searched) }),
      sources: [],
      summary: "",
    };
    for (const id of POINT_IDS) {
      const entry = system.points[id];
      if (!entry) continue;
      const label = ATS.points[id];
      if (!entry.documented) {
        view.undocumented.push(label);
        continue;
      }
      const source = ATS.sources[entry.source];
      if (!view.sources.includes(source)) view.sources.push(source);
      const values = {
        vendor: system.name,
        pages: pagesPhrase(
          id === "columns"
            ? columnPages
            : id === "tables"
              ? (features?.tablePages ?? [])
              : (features?.imagePages.map((page) => page.page) ?? []),
        ),
        size: features?.fileBytes ? formatFileSize(features.fileBytes) : "",
        limit: entry.limit_bytes ? formatFileSize(entry.limit_bytes) : "",
        lines: id === "letter_spacing" ? quoted(spaced) : quoted(features?.marginLines ?? []),
        headings: quoted(headings),
      };
      const texts = triggers[id]?.(entry) ?? [];
      for (const text of texts) view.warnings.push({ point: id, label, text: fill(text, values), source });
      if (texts.length === 0) view.documented.push({ point: id, label, says: entry.says, source });
    }
    view.summary =
      view.warnings.length > 0
        ? `${plural(view.warnings.length, "warning")} for this file`
        : view.sources.length > 0
          ? "nothing documented that this file runs into"
          : "no public documentation found";
    return view;
  });
}
