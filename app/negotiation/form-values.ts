// The negotiation form's values as the page puts them back in its fields: what a failed
// post carried, or a saved document's offer (?from=). Strings only, ready to be default
// values; validating them is parseNegotiationForm's job, on the next post.
import { formatCount, formatMoney } from "~/format";
import { z } from "zod";
import { LEVELS } from "~/market/types";
import { ROLE_PROFILES, type RoleSlug } from "~/market/roles";
import { REMOTE_LOCATION, type Metro } from "./market-match";
import { savedComputation } from "./saved";
import type { NegotiationFormField, NegotiationFormResult, NegotiationInput } from "./schema";
import type { FieldErrors } from "~/http/form";

/** The vesting select's choice for "my own yearly percentages", typed in `vestingPercents`. */
export const CUSTOM_VESTING = "custom";

type TextFieldName = Exclude<NegotiationFormField, "priority"> | "vestingPercents";
export type NegotiationFormValues = Record<TextFieldName, string> & { priority: string[] };
export type NegotiationFieldErrors = FieldErrors<NegotiationFormField>;

/** What the form's selects offer, from the market data. */
export interface NegotiationFormChoices {
  /** Role names, as the email writes them. */
  roles: string[];
  /** The largest markets first, then every other metro with figures, by name. */
  topMetros: Metro[];
  otherMetros: Metro[];
}

export const EMPTY_NEGOTIATION_FORM: NegotiationFormValues = {
  company: "",
  role: "",
  level: "",
  companyLevel: "",
  location: "",
  currency: "USD",
  baseSalary: "",
  bonusPercent: "",
  signOnBonus: "",
  startDate: "",
  equityKind: "none",
  equityAmount: "",
  sharePrice: "",
  vestingSchedule: "",
  vestingPercents: "",
  vestingYears: "",
  competingBase: "",
  competingTotal: "",
  priority: [],
  deadline: "",
  recruiterName: "",
  yourName: "",
  jobTitle: "",
  yourLevel: "",
  alreadyReplied: "",
  tone: "warm",
};

const TEXT_FIELDS = Object.keys(EMPTY_NEGOTIATION_FORM).filter((key): key is TextFieldName => key !== "priority");

// The schema refuses anything longer than 300 characters; a little more is echoed so the
// person sees what was refused, while a huge paste is not sent back in the page.
const ECHO_MAX_CHARS = 1000;

/** What a post carried, as the person typed it. */
export function postedNegotiationValues(form: FormData): NegotiationFormValues {
  const values = { ...EMPTY_NEGOTIATION_FORM };
  for (const key of TEXT_FIELDS) {
    const value = form.get(key);
    values[key] = typeof value === "string" ? value.slice(0, ECHO_MAX_CHARS) : "";
  }
  values.priority = form
    .getAll("priority")
    .filter((value): value is string => typeof value === "string")
    .slice(0, 10);
  return values;
}

/** The fields as parseNegotiationForm reads them: a custom schedule is its percentages. */
export function negotiationFormEntries(values: NegotiationFormValues): Record<string, unknown> {
  const { vestingPercents, ...entries } = values;
  const custom = values.vestingSchedule === CUSTOM_VESTING && vestingPercents.trim() !== "";
  return { ...entries, vestingSchedule: custom ? vestingPercents : values.vestingSchedule };
}

/** The first message of each field, which is the one the page shows. */
export function firstFieldErrors(result: Extract<NegotiationFormResult, { ok: false }>): NegotiationFieldErrors {
  const errors: NegotiationFieldErrors = {};
  for (const [field, messages] of Object.entries(result.fieldErrors)) {
    if (messages?.[0]) errors[field as NegotiationFormField] = messages[0];
  }
  return errors;
}

function equityValues(equity: NegotiationInput["equity"]): Partial<NegotiationFormValues> {
  if (equity === null) return {};
  const { vesting, shares } = equity;
  const amounts = shares
    ? { equityKind: "shares", equityAmount: formatCount(shares.count), sharePrice: formatMoney(shares.priceCents) }
    : { equityKind: "dollars", equityAmount: formatMoney(equity.totalCents) };
  const schedule =
    vesting.name === "custom"
      ? { vestingSchedule: CUSTOM_VESTING, vestingPercents: vesting.yearlyPercents.join(",") }
      : { vestingSchedule: vesting.name.replace(/-/g, "_") };
  return { ...amounts, ...schedule, vestingYears: String(vesting.yearlyPercents.length) };
}

const amountOrEmpty = (cents: number | null) => (cents === null || cents === 0 ? "" : formatMoney(cents));

/** A saved negotiation document's offer as form values; null when the input isn't one. */
export function savedNegotiationValues(input: unknown): NegotiationFormValues | null {
  const offer = savedComputation(input)?.offer;
  if (!offer) return null;
  return {
    ...EMPTY_NEGOTIATION_FORM,
    company: offer.company,
    role: offer.role,
    level: offer.level,
    companyLevel: offer.companyLevel,
    location: offer.location,
    baseSalary: formatMoney(offer.baseCents),
    bonusPercent: offer.bonusPercent > 0 ? String(offer.bonusPercent) : "",
    signOnBonus: amountOrEmpty(offer.signOnCents),
    startDate: offer.startDate ?? "",
    ...equityValues(offer.equity),
    competingBase: amountOrEmpty(offer.competingBaseCents),
    competingTotal: amountOrEmpty(offer.competingTotalCents),
    priority: offer.priorities.map((priority) => priority.replace(/-/g, "_")),
    deadline: offer.deadline ?? "",
    recruiterName: offer.recruiterName,
    // Documents saved before these fields existed have none of them.
    yourName: offer.yourName ?? "",
    jobTitle: offer.jobTitle ?? "",
    yourLevel: offer.yourLevel ?? "",
    alreadyReplied: offer.alreadyReplied ? "on" : "",
    tone: offer.tone,
  };
}

/** What a link from the public pages may carry; anything invalid reads as absent. */
const linkShape = z.object({
  role: z.string().trim().toLowerCase().max(60).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  metro: z.string().trim().max(120).optional().catch(undefined),
});

/** Links from the public pages: `?role=<role-slug>&level=<level>&metro=<area code, name or "remote">`.
 *  Each value is used only when it names a role, level or metro we have; anything else is ignored. */
export function linkedNegotiationValues(
  params: URLSearchParams,
  choices: NegotiationFormChoices,
): NegotiationFormValues {
  const link = linkShape.parse(
    Object.fromEntries(["role", "level", "metro"].map((key) => [key, params.get(key) ?? undefined])),
  );
  const values = { ...EMPTY_NEGOTIATION_FORM };
  if (link.role && Object.hasOwn(ROLE_PROFILES, link.role)) {
    const name = ROLE_PROFILES[link.role as RoleSlug].name;
    if (choices.roles.includes(name)) values.role = name;
  }
  if (link.level) values.level = link.level;
  const metro = link.metro ?? "";
  const found = [...choices.topMetros, ...choices.otherMetros].find(
    (candidate) => candidate.areaCode === metro || candidate.areaName.toLowerCase() === metro.toLowerCase(),
  );
  if (found) values.location = found.areaName;
  else if (metro.toLowerCase() === "remote") values.location = REMOTE_LOCATION;
  return values;
}
