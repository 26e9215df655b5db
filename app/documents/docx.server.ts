// Blocks → DOCX with the `docx` package: real headings, bulleted and numbered lists, line
// breaks kept, right-to-left paragraphs marked as such. Word picks fonts for each script.
// The package loads on the first Word download, not at server start.
import type { HeadingLevel, Paragraph, TextRun } from "docx";
import { cleanExportText, type ExportBlock, type ExportDocument, isRightToLeft } from "~/documents/export-blocks";
import { lazyPackage } from "~/server/lazy-package";

const docx = lazyPackage<typeof import("docx")>("docx");
const heading = (level: 1 | 2 | 3) =>
  ({ 1: docx().HeadingLevel.HEADING_1, 2: docx().HeadingLevel.HEADING_2, 3: docx().HeadingLevel.HEADING_3 })[level];
const NUMBERED = "numbered";
const GREY = "666666";

/** Runs for text whose line breaks are kept. */
function runs(text: string, options: { size?: number; color?: string }): TextRun[] {
  const { TextRun } = docx();
  return cleanExportText(text)
    .split("\n")
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          size: options.size,
          color: options.color,
          rightToLeft: isRightToLeft(line) || undefined,
        }),
    );
}

function paragraph(
  text: string,
  extra: {
    heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
    size?: number;
    color?: string;
    bullet?: boolean;
    numbered?: number;
  } = {},
) {
  const rtl = isRightToLeft(text);
  const { Paragraph } = docx();
  return new Paragraph({
    heading: extra.heading,
    bidirectional: rtl || undefined,
    bullet: extra.bullet ? { level: 0 } : undefined,
    numbering: extra.numbered !== undefined ? { reference: NUMBERED, level: 0, instance: extra.numbered } : undefined,
    children: runs(text, { size: extra.size, color: extra.color }),
  });
}

function blockParagraphs(block: ExportBlock, index: number): Paragraph[] {
  switch (block.type) {
    case "heading":
      return [paragraph(block.text.replace(/\n/gu, " "), { heading: heading(block.level) })];
    case "paragraph":
      return block.lines.length === 0 ? [] : [paragraph(block.lines.join("\n"))];
    case "list":
      return block.items.map((item) => paragraph(item, block.ordered ? { numbered: index } : { bullet: true }));
    case "note":
      return [paragraph(block.text, { size: 18, color: GREY })];
  }
}

/** A Word document of the document's blocks. */
export async function documentDocx(doc: ExportDocument): Promise<Uint8Array> {
  const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer } = docx();
  const title = cleanExportText(doc.title).replace(/\n/gu, " ");
  const file = new Document({
    title,
    creator: "Career Recovery Toolkit",
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        // US Letter with one-inch margins, as the PDF.
        properties: {
          page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } },
        },
        children: [
          paragraph(title, { heading: HeadingLevel.TITLE }),
          ...doc.meta.map((line) => paragraph(line, { size: 18, color: GREY })),
          ...doc.blocks.flatMap(blockParagraphs),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
