/** The tools that save documents, with the names people see. */
export const DOCUMENT_KINDS = ["resume_scan", "interview_session", "layoff_explanation", "negotiation_email"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  resume_scan: "Resume scan",
  interview_session: "Mock interview",
  layoff_explanation: "Layoff explanation",
  negotiation_email: "Negotiation email",
};

/** Where each tool lives, for "open the tool again". */
export const DOCUMENT_KIND_TOOL: Record<DocumentKind, string> = {
  resume_scan: "/toolkit/resume",
  interview_session: "/toolkit/interview",
  layoff_explanation: "/toolkit/layoff",
  negotiation_email: "/toolkit/negotiate",
};
