import type { ToolDefinition } from "~/documents/tool";
import NegotiationDocumentView from "./ui/DocumentView";

export const negotiationTool = {
  kind: "negotiation_email",
  name: "Negotiation-email generator",
  documentLabel: "Negotiation email",
  route: "/toolkit/negotiate",
  summary: "Place an offer against market data and write the counter-offer email.",
  View: NegotiationDocumentView,
} as const satisfies ToolDefinition;
