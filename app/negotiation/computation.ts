// The negotiation computation for one validated offer, from the market ranges the server
// looked up: its position in the market (at the offer's level and, when higher, at the
// person's own), the company facts on file, and the counter plan. Pure: no I/O.
import { listCompanies, listLevels, resolveLevel, type LevelId } from "~/interview";
import { inSentence } from "~/market/format";
import { ROLE_PROFILES, type RoleSlug } from "~/market/roles";
import type { Level, MarketRange } from "~/market/types";
import { companyFacts } from "./company-facts";
import { placeOffer } from "./position";
import type { NegotiationInput } from "./schema";
import { planCounter } from "./strategy";
import type { NegotiationComputation } from "./types";

export interface MarketLookup {
  /** The range at the offer's level; null when the market module found nothing. */
  offered: MarketRange | null;
  /** The range at the person's own level, when they gave one above the offer's. */
  yours: MarketRange | null;
  /** Notes on what stood in for the person's role or place ("isn't one of the roles…"). */
  matchNotes: string[];
  /** The role the typed role was matched to. */
  roleSlug: RoleSlug;
  /** Set when the typed role isn't one of ours and the nearest stands in. */
  roleStandIn: boolean;
}

const LADDER: Record<Level, LevelId> = { early: "L3", mid: "L4", senior: "L5", staff: "L6" };

/** The interview-prep content names each company's levels; the generic loops stand for any other company. */
function knownInterviewCompany(company: string, factsId: string | null): boolean {
  const key = company.trim().toLowerCase();
  return listCompanies().some(
    (entry) =>
      entry.id !== "startup" &&
      entry.id !== "large-company" &&
      (entry.id === key || entry.name.toLowerCase() === key || entry.id === factsId),
  );
}

function levelNames(offer: NegotiationInput, factsId: string | null): NegotiationComputation["levelNames"] {
  const offered = offer.companyLevel || null;
  if (offer.yourLevel === null || !knownInterviewCompany(offer.company, factsId)) return { offered, ask: null };
  const company = factsId ?? offer.company;
  // The offered level as the company names it decides which ladder the ask is on.
  const offeredLadder = offered ? resolveLevel(company, offered) : null;
  const wanted = LADDER[offer.yourLevel];
  if (offeredLadder !== null && offeredLadder >= wanted) return { offered, ask: null };
  const ask = listLevels(company).find((level) => level.id === wanted)?.name ?? null;
  return { offered, ask };
}

function standInRole(range: MarketRange | null, lookup: MarketLookup): string | null {
  const primaryRole = range?.primary?.roleSlug as RoleSlug | undefined;
  if (!primaryRole || !(primaryRole in ROLE_PROFILES)) return null;
  if (primaryRole === lookup.roleSlug && !lookup.roleStandIn) return null;
  return inSentence(ROLE_PROFILES[primaryRole].name);
}

/** `today` is an ISO date: it decides how old the figures are and how close the deadline is. */
export function computeNegotiation(
  offer: NegotiationInput,
  lookup: MarketLookup,
  today: string,
): NegotiationComputation {
  const withNotes = (range: MarketRange | null) =>
    range ? { ...range, notes: [...lookup.matchNotes, ...range.notes] } : null;
  const position = placeOffer(offer, withNotes(lookup.offered), today);
  const yourLevelPosition =
    lookup.yours && offer.yourLevel
      ? placeOffer({ ...offer, level: offer.yourLevel }, withNotes(lookup.yours), today)
      : null;
  const company = companyFacts(offer.company);
  const names = levelNames(offer, company?.id ?? null);
  const standIn = standInRole(lookup.offered, lookup);
  const plan = planCounter({
    offer,
    position,
    yourLevelPosition,
    company,
    levelNames: names,
    standInRole: standIn,
    priorities: offer.priorities,
    today,
  });
  return { offer, position, yourLevelPosition, company, levelNames: names, standInRole: standIn, plan };
}
