// A saved negotiation document read back: Document.input is the computation the email was
// written from, Document.output the email, script and pushback answers. Both are JSON
// that this tool wrote, but possibly under an older ruleset, so each is checked for the
// shape the page reads before it is used; anything else reads as null and the page falls
// back to the document's plain text.
import { z } from "zod";
import type { NegotiationComputation, NegotiationDocument } from "./types";

const offerShape = z.looseObject({
  company: z.string(),
  role: z.string(),
  level: z.string(),
  companyLevel: z.string(),
  location: z.string(),
  baseCents: z.number(),
  bonusPercent: z.number(),
  signOnCents: z.number(),
  priorities: z.array(z.string()),
  recruiterName: z.string(),
  tone: z.string(),
});

const computationShape = z.looseObject({
  offer: offerShape,
  position: z.looseObject({
    value: z.looseObject({ baseCents: z.number(), yearlyTotalCents: z.number() }),
    sources: z.array(z.looseObject({ sourceName: z.string(), period: z.string(), asOf: z.string() })),
    notes: z.array(z.string()),
    valuation: z.array(z.string()),
  }),
  plan: z.looseObject({
    mode: z.enum(["negotiate", "accept"]),
    base: z.looseObject({ kind: z.string() }),
    asks: z.array(z.looseObject({ kind: z.string() })),
    rationale: z.array(z.string()),
    leftOut: z.array(z.looseObject({ what: z.string(), why: z.string() })),
    time: z.looseObject({ kind: z.string() }),
  }),
});

const documentShape = z.object({
  subject: z.string(),
  body: z.string(),
  phoneScript: z.array(z.string()),
  pushback: z.array(z.object({ objection: z.string(), answer: z.string() })),
});

/** The computation a document was written from; null when the input isn't one. */
export function savedComputation(input: unknown): NegotiationComputation | null {
  // The check covers what the page reads first; the rest was written by the same code.
  return computationShape.safeParse(input).success ? (input as NegotiationComputation) : null;
}

export function savedNegotiationDocument(output: unknown): NegotiationDocument | null {
  const parsed = documentShape.safeParse(output);
  return parsed.success ? parsed.data : null;
}
