// The layoff document view as the document page uses it: a document saved by the writer,
// read back through the store, rendered on the server.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { findOwnDocument } from "~/documents/store.server";
import type { DocumentForView } from "~/documents/view";
import LayoffDocumentView from "~/layoff/ui/DocumentView";
import { layoffExplanationSpec } from "~/layoff/spec";
import type { WriterDeps } from "~/writer/generate.server";
import { writeAndSaveDocument } from "~/writer/save.server";
import { layoffInput, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

// The built-in writer, whatever the environment configures.
const BUILTIN: WriterDeps = {
  db,
  engine: null,
  quotas: { perUserPerToolDaily: 100, globalDaily: 10_000 },
  now: () => new Date(),
};

async function savedDocument(overrides: Record<string, unknown> = {}): Promise<DocumentForView> {
  const user = await db.user.create({ data: { email: `${crypto.randomUUID()}@view.test`, passwordHash: "x" } });
  const input = layoffInput(TYPICAL_FORM, overrides);
  const written = await writeAndSaveDocument(BUILTIN, layoffExplanationSpec, { userId: user.id, input });
  if (!written.ok) throw new Error(`not saved: ${written.reason}`);
  const row = await findOwnDocument(user.id, written.documentId);
  if (!row) throw new Error("saved document not found");
  return { ...row, kind: "layoff_explanation", createdAt: row.createdAt.toISOString() };
}

const render = (document: DocumentForView) => renderToStaticMarkup(<LayoffDocumentView document={document} />);

describe("the layoff document view", () => {
  it("shows every part of the saved explanation and who wrote it", async () => {
    const html = render(await savedDocument());
    for (const heading of [
      "Interview answer",
      "Why were you chosen?",
      "Cover letter",
      "LinkedIn post",
      "LinkedIn headline",
      "Things not to say",
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain("Acme Payments");
    expect(html).toContain("Written by the built-in writer.");
  });

  it("renders HTML and script from the person's answers as text", async () => {
    const html = render(
      await savedDocument({ lastRole: "<script>alert(1)</script>", company: "<img src=x onerror=alert(2)>" }),
    );
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("offers to regenerate in another tone through a GET form to the writer with the document's id", async () => {
    const document = await savedDocument({ tone: "plain" });
    const html = render(document);
    expect(html).toContain("Regenerate with another tone");
    expect(html).toMatch(/<form method="get" action="\/toolkit\/layoff"/);
    expect(html).toContain(`<input type="hidden" name="from" value="${document.id}"/>`);
    // The tone it was written in is not the one offered first.
    expect(html).toMatch(/<option value="warm" selected="">/);
  });

  it("falls back to the document's text when its output can't be read", async () => {
    const document = await savedDocument();
    const html = render({ ...document, output: { unexpected: true }, text: "Plain text of the document" });
    expect(html).toContain("Plain text of the document");
    expect(html).toContain("Regenerate with another tone");
  });
});
