import type { ToolDefinition } from "~/documents/tool";
import NegotiationDocumentView from "./DocumentView";

export const negotiationTool = {
  kind: "negotiation_email",
  name: "Negotiation-email generator",
  documentLabel: "Negotiation email",
  route: "/toolkit/negotiate",
  summary: "Place an offer against market data and write the counter-offer email.",
  View: NegotiationDocumentView,
} as const satisfies ToolDefinition;
