/** The link that opens a tool with its form filled in from a saved document (read by
 *  prefillFromDocument on the tool's page). */
export function prefillHref(toolRoute: string, documentId: string): string {
  return `${toolRoute}?from=${encodeURIComponent(documentId)}`;
}
