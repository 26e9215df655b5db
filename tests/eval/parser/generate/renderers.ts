// One renderer per rendering path: each turns a person and a template into PDF bytes and
// the ground truth of what that PDF prints.
import { chromiumRenderer } from "./render-chromium.ts";
import { docxRenderer } from "./render-docx.ts";
import { latexRenderer } from "./render-latex.ts";
import { pdfkitRenderer } from "./render-pdfkit.ts";
import { pdflibRenderer } from "./render-pdflib.ts";
import { reactPdfRenderer } from "./render-react-pdf.tsx";
import type { TemplateEntry } from "./corpus.ts";
import type { Person } from "./people.ts";
import type { Truth } from "./truth.ts";

export interface RenderJob {
  entry: TemplateEntry;
  seed: number;
  id: string;
  person: Person;
}

export interface Renderer {
  open(): Promise<void>;
  render(job: RenderJob): Promise<{ pdf: Uint8Array; truth: Truth }>;
  close(): Promise<void>;
}

export const RENDERERS: Record<string, Renderer> = {
  "chromium-html": chromiumRenderer,
  "libreoffice-docx": docxRenderer,
  latex: latexRenderer,
  pdfkit: pdfkitRenderer,
  "pdf-lib": pdflibRenderer,
  "react-pdf": reactPdfRenderer,
};
