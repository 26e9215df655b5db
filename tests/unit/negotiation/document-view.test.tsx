import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DocumentForView } from "~/documents/view";
import NegotiationDocumentView from "~/negotiation/ui/DocumentView";
import { composeNegotiationEmail, negotiationToText } from "~/negotiation/email";
import { SOFTWARE_DEVELOPERS_RANGE, compute, offerFrom } from "../../fixtures/negotiation/computations";
import { decodeHtml } from "../../support/html";

const computation = compute(offerFrom({ baseSalary: "$120,000" }), SOFTWARE_DEVELOPERS_RANGE);
const email = composeNegotiationEmail(computation);

function documentFor(changes: Partial<DocumentForView> = {}): DocumentForView {
  return {
    id: "cm0negotiation0000000001",
    kind: "negotiation_email",
    title: "Negotiation email: Senior Software Engineer at Acme Robotics",
    // As the store hands them over: parsed from the saved JSON.
    input: JSON.parse(JSON.stringify(computation)),
    output: JSON.parse(JSON.stringify(email)),
    text: negotiationToText(email),
    editedText: null,
    engine: "builtin",
    engineNote: null,
    rulesetVersion: "negotiation-2",
    createdAt: "2025-06-02T12:00:00.000Z",
    ...changes,
  };
}

const render = (document: DocumentForView) => renderToStaticMarkup(<NegotiationDocumentView document={document} />);

describe("a saved negotiation email on its page", () => {
  const html = render(documentFor());

  it("shows the market position with its sources, the counter, the email, the script and the pushback, in that order", () => {
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      "Where the offer sits in the market",
      "Your plan (for you, not the employer)",
      "Your email",
      "If you talk on the phone",
      "If they push back",
    ]);
    expect(html).toContain("data as of May 12, 2024; covering an estimated 1,654,440 jobs");
    expect(html).toContain("n = 776");
    expect(html).toContain("A base salary of $144,000");
    expect(decodeHtml(html)).toContain(email.body);
    expect(decodeHtml(html)).toContain(`“${email.pushback[0].objection}”`);
  });

  it("opens the email in the person's email app with its subject and body, lines ending in CRLF", () => {
    const href = decodeHtml(/href="(mailto:[^"]+)"/.exec(html)![1]);
    expect(href.startsWith("mailto:?subject=")).toBe(true);
    const params = new URLSearchParams(href.slice("mailto:?".length));
    expect(params.get("subject")).toBe(email.subject);
    expect(params.get("body")).toBe(email.body.replace(/\n/g, "\r\n"));
    expect(href).not.toMatch(/[ \n]/);
  });

  it("links to the form filled with this offer, to edit and regenerate", () => {
    expect(html).toContain('<a href="/toolkit/negotiate?from=cm0negotiation0000000001"');
    expect(html).toContain("Edit and regenerate");
  });

  it("renders no copy buttons on the server: without JavaScript they could do nothing", () => {
    expect(html).not.toContain("<button");
  });

  it("falls back to the plain text for a document it can't read, still offering to regenerate", () => {
    const unreadable = render(documentFor({ output: { something: "else" }, text: "Subject: An older document" }));
    expect(unreadable).toContain("Subject: An older document");
    expect(unreadable).toContain("Edit and regenerate");
    expect(unreadable).not.toContain("Your plan");
  });
});
