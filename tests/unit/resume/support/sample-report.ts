// Reports built from literal extraction results, for tests of what is done with a report.
import { buildReport, type ReportOptions } from "../../../../app/resume/report.ts";
import type { ResumeReport } from "../../../../app/resume/types.ts";
import { heading, literalDocument, literalPage, type LiteralRow } from "./literal-pdf.ts";

export interface SampleOptions extends ReportOptions {
  phone?: boolean;
  bullets?: string[];
  /** Start of the current job; an early start closes the gap after the first job. */
  currentJobStart?: string;
}

function sampleRows(options: SampleOptions = {}): (LiteralRow | string)[] {
  const contact = ["Austin, TX", "jane@example.com", ...(options.phone ? ["+1 512 555 0142"] : []), "linkedin.com/in/jane"];
  return [
    { runs: [{ text: "Jane Rivera", size: 22, bold: true }] },
    { runs: [contact.join(" | ")] },
    heading("Experience"),
    { runs: [{ text: "Senior Engineer, Stripe", bold: true }, { text: `${options.currentJobStart ?? "Mar 2021"} – Present`, x: 470 }] },
    ...(options.bullets ?? ["Led the ledger migration to Kubernetes, cutting deploys by 40%", "Responsible for the on-call rotation"]).map(
      (bullet) => ({ runs: [`• ${bullet}`] }),
    ),
    { runs: [{ text: "Engineer, Plaid", bold: true }, { text: "Jun 2017 – Feb 2020", x: 470 }] },
    { runs: ["• Built the reconciliation pipeline in Python for 200 banks"] },
    heading("Education"),
    { runs: [{ text: "University of Texas at Austin", bold: true }, { text: "2013 – 2017", x: 480 }] },
    "BS in Computer Science",
    heading("Skills"),
    "Go, Python, Kubernetes",
  ];
}

export function sampleReport(options: SampleOptions = {}): ResumeReport {
  return buildReport(literalDocument(literalPage(sampleRows(options))), options);
}
