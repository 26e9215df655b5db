// The shapes the negotiation tool computes and saves: the computation an email is written
// from (Document.input) and the written document (Document.output).
import type { CompanyFacts } from "./company-facts";
import type { MarketPosition } from "./position";
import type { NegotiationInput } from "./schema";
import type { CounterPlan } from "./strategy";

export interface NegotiationComputation {
  offer: NegotiationInput;
  position: MarketPosition;
  /** The same offer placed at the person's own level, when it is above the offer's. */
  yourLevelPosition: MarketPosition | null;
  company: CompanyFacts | null;
  /** The company's own names: the offered level as typed, and the level the plan asks for. */
  levelNames: { offered: string | null; ask: string | null };
  /** The broader role whose figures stand in for the person's ("software engineer"); null when they are its own. */
  standInRole: string | null;
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
