// The negotiation computation for one validated offer: the market range it is placed
// against, its position in that range and the counter plan. The market data is the only
// I/O; matching, placing and planning are the pure modules beside this one.
import { listMetros, listRoles, findRange } from "~/market/query.server";
import { TOP_METRO_CODES } from "~/market/metros";
import type { NegotiationComputation } from "./email";
import type { NegotiationFormChoices } from "./form-values";
import { matchLocation, matchRole } from "./market-match";
import { placeOffer } from "./position";
import type { NegotiationInput } from "./schema";
import { planCounter } from "./strategy";

/** `now` decides how old the figures are and how close the deadline is. */
export async function computeNegotiation(offer: NegotiationInput, now: Date): Promise<NegotiationComputation> {
  const today = now.toISOString().slice(0, 10);
  const role = matchRole(offer.role);
  const location = matchLocation(offer.location, await listMetros());
  const range = await findRange({ role: role.slug, level: offer.level, areaCode: location.areaCode, company: offer.company });
  // What stood in for the person's role or place comes first: it qualifies everything after.
  const matchNotes = [role.note, location.note].filter((note) => note !== null);
  const position = placeOffer(offer, { ...range, notes: [...matchNotes, ...range.notes] }, today);
  return { offer, position, plan: planCounter(offer, position, offer.priorities, offer.deadline, today) };
}

export async function negotiationFormChoices(): Promise<NegotiationFormChoices> {
  const [roles, metros] = await Promise.all([listRoles(), listMetros()]);
  const top = new Set<string>(TOP_METRO_CODES);
  return {
    roles: roles.map((role) => role.profile.name),
    topMetros: TOP_METRO_CODES.flatMap((code) => metros.filter((metro) => metro.areaCode === code)),
    otherMetros: metros.filter((metro) => !top.has(metro.areaCode)),
  };
}
