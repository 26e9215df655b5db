import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_IDS, isExportFormat, toPlainText } from "~/documents/export-formats";
import { layoffExplanationSpec } from "~/layoff/spec";
import { negotiationEmailSpec } from "~/negotiation/spec";
import { DOCUMENT_KINDS, documentLabel, isDocumentKind, toolFor, TOOLS } from "~/tool-registry";

describe("the tool registry", () => {
  it("gives every tool its own snake_case kind, page and names", () => {
    expect(new Set(DOCUMENT_KINDS).size).toBe(TOOLS.length);
    for (const tool of TOOLS) {
      expect(tool.kind).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(tool.route).toMatch(/^\/toolkit\/[a-z-]+$/);
      expect(tool.name.length).toBeGreaterThan(0);
      expect(tool.documentLabel.length).toBeGreaterThan(0);
      expect(toolFor(tool.kind)).toBe(tool);
    }
    expect(new Set(TOOLS.map((tool) => tool.route)).size).toBe(TOOLS.length);
  });

  it("registers the kind each writer-backed tool's spec saves under", () => {
    for (const spec of [layoffExplanationSpec, negotiationEmailSpec]) {
      expect(isDocumentKind(spec.kind), spec.kind).toBe(true);
    }
  });

  it("still labels a document whose kind no tool saves, by its stored kind", () => {
    expect(toolFor("retired_tool")).toBeUndefined();
    expect(documentLabel("retired_tool")).toBe("retired_tool");
    expect(documentLabel("resume_scan")).toBe("Resume scan");
  });

  it("knows the download formats by name only", () => {
    expect(EXPORT_FORMAT_IDS).toEqual(["txt", "md", "pdf", "docx"]);
    expect(isExportFormat("txt")).toBe(true);
    expect(isExportFormat("toString")).toBe(false);
  });

  it("heads an export with the kind's label given by the tool", () => {
    const text = toPlainText({
      title: "Why I left",
      kindLabel: documentLabel("layoff_explanation"),
      engine: "builtin",
      createdAt: "2026-11-29T14:05:00Z",
      text: "Body",
      editedText: null,
    });
    expect(text).toContain("Layoff explanation, created 29 Nov 2026, 14:05 UTC with the built-in writer.");
  });
});
