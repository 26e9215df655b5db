import type { ToolDefinition } from "~/documents/tool";
import InterviewDocumentView from "./ui/DocumentView";

export const interviewTool = {
  kind: "interview_session",
  name: "Interview prep",
  documentLabel: "Mock interview",
  route: "/toolkit/interview",
  summary: "Practise a company's real loop for your role and level, with feedback on every answer.",
  View: InterviewDocumentView,
} as const satisfies ToolDefinition;
