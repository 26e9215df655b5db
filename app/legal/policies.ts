// The terms and the privacy policy, from the facts of this deployment: which services it
// really uses and the limits the code really enforces. The text is data
// (./content/policies.json, checked against the schema below at load); routes pass the
// facts in (from config and the modules that own each number), so the text cannot drift
// from what the product does. Pure.
import { z } from "zod";
import { fillTemplate, parseContent, placeholdersOf } from "~/content";
import policiesData from "./content/policies.json";

export interface PolicyFacts {
  price: string;
  refundWindowDays: number;
  trashDays: number;
  sessionDays: number;
  supportEmail: string;
  payments: "stripe" | "local";
  email: "resend" | "outbox";
  /** The model provider's host when one is configured ("api.openai.com"), else null. */
  modelHost: string | null;
}

export interface PolicySection {
  id: string;
  heading: string;
  paragraphs: string[];
  /** Optional bullet points after the paragraphs. */
  points?: string[];
}

const FACTS = ["price", "refundWindowDays", "trashDays", "sessionDays", "supportEmail"] as const;

function template(allowed: readonly string[]) {
  return z
    .string()
    .trim()
    .min(1)
    .refine((t) => placeholdersOf(t).every((p) => allowed.includes(p)), {
      message: `the only placeholders here are ${allowed.map((p) => `{${p}}`).join(", ")}`,
    });
}

const plain = template(FACTS);
/** A string, or one string for each value of one fact of the deployment. */
const text = z.union([
  plain,
  z.strictObject({ payments: z.strictObject({ stripe: plain, local: plain }) }),
  z.strictObject({ email: z.strictObject({ resend: plain, outbox: plain }) }),
  z.strictObject({ model: z.strictObject({ configured: template([...FACTS, "modelHost"]), none: plain }) }),
]);
type Text = z.infer<typeof text>;

const section = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  heading: plain,
  paragraphs: z.array(text),
  points: z.array(text).min(1).optional(),
});

export const policiesSchema = z.strictObject({
  about: z.string(),
  date: z.string().regex(/^\d{1,2} [A-Z][a-z]+ \d{4}$/),
  privacy: z.array(section).min(1),
  terms: z.array(section).min(1),
});

const POLICIES = parseContent(policiesSchema, policiesData, "app/legal/content/policies.json");

export const POLICY_DATE = POLICIES.date;

function textFor(t: Text, f: PolicyFacts): string {
  const chosen =
    typeof t === "string"
      ? t
      : "payments" in t
        ? t.payments[f.payments]
        : "email" in t
          ? t.email[f.email]
          : f.modelHost
            ? t.model.configured
            : t.model.none;
  return fillTemplate(chosen, {
    price: f.price,
    refundWindowDays: String(f.refundWindowDays),
    trashDays: String(f.trashDays),
    sessionDays: String(f.sessionDays),
    supportEmail: f.supportEmail,
    ...(f.modelHost ? { modelHost: f.modelHost } : {}),
  });
}

function sectionsFor(sections: z.infer<typeof section>[], f: PolicyFacts): PolicySection[] {
  return sections.map(({ id, heading, paragraphs, points }) => ({
    id,
    heading,
    paragraphs: paragraphs.map((p) => textFor(p, f)),
    ...(points ? { points: points.map((p) => textFor(p, f)) } : {}),
  }));
}

export function privacySections(f: PolicyFacts): PolicySection[] {
  return sectionsFor(POLICIES.privacy, f);
}

export function termsSections(f: PolicyFacts): PolicySection[] {
  return sectionsFor(POLICIES.terms, f);
}
