import type { DocumentKind } from "~/documents/kinds";
import type { DocumentViewComponent } from "~/documents/view";
import InterviewDocumentView from "~/interview/ui/DocumentView";
import LayoffDocumentView from "~/layoff/DocumentView";
import NegotiationDocumentView from "~/negotiation/DocumentView";
import ResumeScanView from "~/resume/DocumentView";

/** Each tool's view of its saved documents. */
export const DOCUMENT_VIEWS: Record<DocumentKind, DocumentViewComponent> = {
  resume_scan: ResumeScanView,
  interview_session: InterviewDocumentView,
  layoff_explanation: LayoffDocumentView,
  negotiation_email: NegotiationDocumentView,
};
