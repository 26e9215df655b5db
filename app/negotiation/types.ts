// The shapes the negotiation tool computes and saves: the computation an email is written
// from (Document.input) and the written document (Document.output).
import type { ArgumentContext } from "./arguments";
import type { CounterPlan } from "./strategy";

/** The arguments' context as saved (the priorities are in the offer), and the plan. */
export interface NegotiationComputation extends Omit<ArgumentContext, "priorities"> {
  plan: CounterPlan;
}

export interface Pushback {
  objection: string;
  answer: string;
}

export interface NegotiationDocument {
  subject: string;
  body: string;
  phoneScript: string[];
  pushback: Pushback[];
}
