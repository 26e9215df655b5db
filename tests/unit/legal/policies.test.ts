// The policies are data: each deployment fact picks its sentence, every placeholder is
// filled, and a malformed file is refused naming the file and the field.
import { describe, expect, it } from "vitest";
import { parseContent } from "~/content";
import policiesData from "~/legal/content/policies.json";
import { policiesSchema, privacySections, termsSections, type PolicyFacts } from "~/legal/policies";

const FACTS: PolicyFacts = {
  price: "$49",
  refundWindowDays: 14,
  trashDays: 30,
  sessionDays: 30,
  supportEmail: "help@example.com",
  payments: "local",
  email: "outbox",
  modelHost: null,
};
const all = (f: PolicyFacts) =>
  [...privacySections(f), ...termsSections(f)].flatMap((s) => [s.heading, ...s.paragraphs, ...(s.points ?? [])]);

describe("policies", () => {
  it("say what this deployment uses, with every placeholder filled", () => {
    const local = all(FACTS).join("\n");
    expect(local).toContain("Payments: none.");
    expect(local).toContain("Language models: none.");
    expect(local).toContain("within 14 days of paying");
    const hosted = all({ ...FACTS, payments: "stripe", email: "resend", modelHost: "api.openai.com" }).join("\n");
    expect(hosted).toContain("Stripe (payments)");
    expect(hosted).toContain("Resend (email delivery)");
    expect(hosted).toContain("A language-model provider at api.openai.com");
    expect(hosted).not.toContain("Payments: none.");
    for (const text of [local, hosted]) expect(text).not.toMatch(/[{}]/);
  });

  it("refuse a malformed file, naming the file and the field", () => {
    const file = "app/legal/content/policies.json";
    const noVariant = structuredClone(policiesData) as { terms: { paragraphs: unknown[] }[] };
    noVariant.terms[0].paragraphs[2] = { payments: { stripe: "Paid by Stripe." } };
    expect(() => parseContent(policiesSchema, noVariant, file)).toThrow(
      /^Content file app\/legal\/content\/policies\.json is malformed: terms\.0\.paragraphs\.2: /,
    );
    const unknownFact = structuredClone(policiesData) as { privacy: { heading: string }[] };
    unknownFact.privacy[1].heading = "Kept for {retentionDays} days";
    expect(() => parseContent(policiesSchema, unknownFact, file)).toThrow(
      "privacy.1.heading: the only placeholders here are {price}",
    );
  });
});
