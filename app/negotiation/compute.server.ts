// The negotiation computation for one validated offer: looks up the market ranges it is
// placed against (the only I/O), then hands them to the pure computation.
import { listMetros, listRoles, findRange } from "~/market/query.server";
import { TOP_METRO_CODES } from "~/market/metros";
import { computeNegotiation } from "./computation";
import type { NegotiationFormChoices } from "./form-values";
import { matchLocation, matchRole } from "./market-match";
import type { NegotiationInput } from "./schema";
import type { NegotiationComputation } from "./types";

/** `now` decides how old the figures are and how close the deadline is. */
export async function computeNegotiationFromMarket(
  offer: NegotiationInput,
  now: Date,
): Promise<NegotiationComputation> {
  const role = matchRole(offer.role);
  const location = matchLocation(offer.location, await listMetros());
  const request = { role: role.slug, areaCode: location.areaCode, company: offer.company };
  const [offered, yours] = await Promise.all([
    findRange({ ...request, level: offer.level }),
    offer.yourLevel && offer.yourLevel !== offer.level ? findRange({ ...request, level: offer.yourLevel }) : null,
  ]);
  // What stood in for the person's role or place comes first: it qualifies everything after.
  const matchNotes = [role.note, location.note].filter((note) => note !== null);
  return computeNegotiation(
    offer,
    { offered, yours, matchNotes, roleSlug: role.slug, roleStandIn: role.note !== null },
    now.toISOString().slice(0, 10),
  );
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
