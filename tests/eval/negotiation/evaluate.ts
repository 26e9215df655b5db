// Runs one evaluation case through the product (form parsing, market match, range
// selection, computation, built-in composer) and judges the email with checks that do not
// reuse the composer's own rules: the lead argument and mode against the case's expected
// answer, the case's required and forbidden claims, self-undermining sentences, numbers
// that cannot be traced to an input, a market figure or a re-verified step, copy seams,
// and grammar (registry checkers, tests/support/grammar.ts).
import { listLevels } from "~/interview";
import { selectRange } from "~/market/select";
import { roleWithParents, type RoleSlug } from "~/market/roles";
import type { PayFigureView } from "~/market/types";
import { computeNegotiation } from "~/negotiation/computation";
import { composeNegotiationEmail } from "~/negotiation/email";
import { EMPTY_NEGOTIATION_FORM, negotiationFormEntries, type NegotiationFormValues } from "~/negotiation/form-values";
import { matchLocation, matchRole } from "~/negotiation/market-match";
import { parseNegotiationForm, type NegotiationInput } from "~/negotiation/schema";
import type { Derivation } from "~/negotiation/strategy";
import type { NegotiationComputation, NegotiationDocument } from "~/negotiation/types";
import { grammarIssues, type GrammarIssue } from "../../support/grammar";
import { metrosOf } from "./market";

export interface EvalCase {
  id: string;
  coach: string;
  form: Record<string, string | string[]>;
  expect: {
    lead: string;
    mode: "negotiate" | "accept";
    mustMention?: string[];
    mustNotSay?: string[];
  };
}

export interface CaseResult {
  id: string;
  lead: { expected: string; actual: string };
  mode: { expected: string; actual: string };
  missing: string[];
  forbidden: string[];
  undermining: string[];
  untraceable: string[];
  copy: string[];
  grammar: GrammarIssue[];
  email: NegotiationDocument;
  computation: NegotiationComputation;
}

// ---------- running a case ----------

function formValues(form: EvalCase["form"]): NegotiationFormValues {
  const values: NegotiationFormValues = { ...EMPTY_NEGOTIATION_FORM };
  for (const [key, value] of Object.entries(form)) {
    if (key === "priority") values.priority = Array.isArray(value) ? value : [value];
    else (values as Record<string, unknown>)[key] = value;
  }
  return values;
}

export function runCase(
  evalCase: EvalCase,
  figures: readonly PayFigureView[],
  today: string,
): { offer: NegotiationInput; computation: NegotiationComputation } {
  const parsed = parseNegotiationForm(negotiationFormEntries(formValues(evalCase.form)));
  if (!parsed.ok) throw new Error(`${evalCase.id}: the form is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
  const offer = parsed.input;
  const role = matchRole(offer.role);
  const location = matchLocation(offer.location, metrosOf(figures));
  const request = { role: role.slug, areaCode: location.areaCode, company: offer.company };
  const offered = selectRange(figures, { ...request, level: offer.level });
  const yours =
    offer.yourLevel && offer.yourLevel !== offer.level
      ? selectRange(figures, { ...request, level: offer.yourLevel })
      : null;
  const matchNotes = [role.note, location.note].filter((note): note is string => note !== null);
  const computation = computeNegotiation(
    offer,
    { offered, yours, matchNotes, roleSlug: role.slug, roleStandIn: role.note !== null },
    today,
  );
  return { offer, computation };
}

// ---------- numbers ----------

const dollars = (cents: number) => Math.round(cents) / 100;

/** Every number a text states, as a person reads it: "$161,637" → 161637, "5/15/40/40" → 5, 15, 40, 40. */
export function statedNumbers(text: string): { value: number; text: string }[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((match) => ({
    value: Number(match[0].replace(/,/g, "")),
    text: match[0],
  }));
}

function dateParts(iso: string | null): number[] {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? [Number(match[1]), Number(match[3])] : [];
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What the eval traces numbers to, built from the inputs and the raw data, not from the plan. */
function traceableNumbers(
  offer: NegotiationInput,
  figures: readonly PayFigureView[],
  computation: NegotiationComputation,
): Set<number> {
  const allowed = new Set<number>();
  const add = (...values: (number | null | undefined)[]) =>
    values.forEach((value) => value !== null && value !== undefined && allowed.add(Math.round(value * 100) / 100));
  const addText = (...texts: string[]) => texts.forEach((text) => statedNumbers(text).forEach((n) => add(n.value)));

  // The inputs.
  add(dollars(offer.baseCents), dollars(offer.signOnCents), offer.bonusPercent);
  if (offer.competingBaseCents !== null) add(dollars(offer.competingBaseCents));
  if (offer.competingTotalCents !== null) add(dollars(offer.competingTotalCents));
  addText(
    offer.company,
    offer.role,
    offer.jobTitle,
    offer.companyLevel,
    offer.location,
    offer.recruiterName,
    offer.yourName,
  );
  add(...dateParts(offer.startDate), ...dateParts(offer.deadline));
  if (offer.deadline) add(...dateParts(addDays(offer.deadline, 2)));
  add(48);
  // The names of published percentiles ("the 75th percentile").
  add(10, 25, 50, 75, 90);
  // Arithmetic on the offer itself: bonus, what vests each year, the yearly average and total.
  const bonus = Math.round((offer.baseCents * offer.bonusPercent) / 100 / 100) * 100;
  add(dollars(bonus));
  let equityAverage = 0;
  if (offer.equity) {
    const { totalCents, vesting, shares } = offer.equity;
    add(dollars(totalCents), vesting.yearlyPercents.length, ...vesting.yearlyPercents);
    if (shares) add(shares.count, dollars(shares.priceCents));
    equityAverage = Math.round(totalCents / vesting.yearlyPercents.length / 100) * 100;
    const byYear = vesting.yearlyPercents.map((percent) => Math.round((totalCents * percent) / 100 / 100) * 100);
    add(dollars(equityAverage), ...byYear.map(dollars));
    let running = 0;
    for (const vests of byYear) {
      if (vests >= equityAverage) break;
      running += equityAverage - vests;
      add(dollars(equityAverage - vests), dollars(running));
    }
  }
  add(dollars(offer.baseCents + bonus + equityAverage));
  // The raw market figures for this role (and its parents) at the levels and places in play.
  const role = matchRole(offer.role).slug as RoleSlug;
  const chain = roleWithParents(role);
  const levels = new Set<string>([offer.level, offer.yourLevel ?? offer.level, "all"]);
  for (const figure of figures) {
    if (!chain.includes(figure.roleSlug as RoleSlug) || !levels.has(figure.level)) continue;
    for (const cents of [figure.p10, figure.p25, figure.p50, figure.p75, figure.p90])
      if (cents !== null) add(Math.round(cents / 100));
    add(figure.sampleSize, figure.employment);
    addText(figure.sourceName, figure.period, figure.areaName, figure.occupationName, figure.sourceLevel);
  }
  // The company's own level names, from the interview-prep content.
  for (const level of listLevels(offer.company)) addText(level.name);
  // The plan's worked-out numbers, each re-done here; a step counts only when its inputs trace.
  const derivations = [...computation.plan.derivations];
  for (let pass = 0; pass < 4; pass++) {
    for (const derivation of derivations)
      if (verifies(derivation) && inputsOf(derivation).every((cents) => allowed.has(dollars(cents))))
        add(dollars(derivation.cents));
  }
  return allowed;
}

function inputsOf(derivation: Derivation): number[] {
  switch (derivation.op) {
    case "round":
    case "percent":
      return [derivation.of];
    case "sum":
      return derivation.of;
    case "difference":
    case "halfway":
      return [...derivation.of];
  }
}

function verifies(derivation: Derivation): boolean {
  switch (derivation.op) {
    case "round": {
      const steps = derivation.of / derivation.stepCents;
      const expected = (derivation.direction === "up" ? Math.ceil(steps) : Math.round(steps)) * derivation.stepCents;
      return expected === derivation.cents && [1_000_00, 5_000_00, 10_000_00].includes(derivation.stepCents);
    }
    case "sum":
      return derivation.of.reduce((a, b) => a + b, 0) === derivation.cents;
    case "difference":
      return derivation.of[0] - derivation.of[1] === derivation.cents;
    case "percent":
      return Math.abs((derivation.of * derivation.percent) / 100 - derivation.cents) < 100;
    case "halfway":
      return Math.abs((derivation.of[0] + derivation.of[1]) / 2 - derivation.cents) < 100;
  }
}

// ---------- the checks ----------

const sentencesOf = (text: string) => text.split(/(?<=[.?!:])\s+|\n+/).filter((sentence) => sentence.trim() !== "");

function underminingSentences(
  body: string,
  offer: NegotiationInput,
  computation: NegotiationComputation,
  figures: Set<number>,
): string[] {
  const found: string[] = [];
  const flag = (sentence: string, why: string) => found.push(`${why}: “${sentence.trim()}”`);
  const competingLower =
    (offer.competingBaseCents === null || offer.competingBaseCents <= offer.baseCents) &&
    (offer.competingTotalCents === null || offer.competingTotalCents <= computation.position.value.yearlyTotalCents);
  for (const sentence of sentencesOf(body)) {
    if (/\b(?:at|above|over) the (?:\d+(?:st|nd|rd|th) percentile|median)\b|\bpercentile of\b/i.test(sentence))
      flag(sentence, "places the offer high in the range");
    if (/\b(?:fair|generous|competitive|in line with|reasonable offer)\b/i.test(sentence))
      flag(sentence, "calls the offer fair");
    if (
      /\b(?:want|ready|happy|glad|plan|intend|going|delighted|eager|keen) to (?:accept|sign)\b|\bI(?:'ll| will)? accept\b|make this happen|\bready to sign\b/i.test(
        sentence,
      )
    ) {
      flag(sentence, "gives away the decision");
    }
    if (
      /\beven(?:ly)? vest|\bvest(?:ing)? evenly|\bchange the vesting\b|\bvesting schedule (?:be )?changed\b/i.test(
        sentence,
      )
    )
      flag(sentence, "asks to change the vesting schedule");
    if (/\bremote arrangement\b|\bwritten into the offer letter\b/i.test(sentence))
      flag(sentence, "presumes a remote arrangement");
    if (
      (offer.competingBaseCents !== null || offer.competingTotalCents !== null) &&
      competingLower &&
      /\b(?:another|other|competing) offer\b/i.test(sentence)
    ) {
      flag(sentence, "mentions a competing offer that is lower");
    }
    if (/\b(?:median|percentile|prevailing wage|market data|survey data)\b/i.test(sentence)) {
      for (const n of statedNumbers(sentence)) {
        if (/,/.test(n.text) && figures.has(n.value) && n.value * 100 < offer.baseCents)
          flag(sentence, `quotes a market figure (${n.text}) below the offered base`);
      }
    }
    if (offer.signOnCents > 0 && /sign-on/i.test(sentence) && /\$/.test(sentence)) {
      const offered = (offer.signOnCents / 100).toLocaleString("en-US");
      if (!sentence.includes(offered) && !/\bin total\b|\badditional\b|\bmore\b|\bup from\b/i.test(sentence))
        flag(sentence, "a sign-on amount without saying total or extra");
    }
  }
  return found;
}

function copyProblems(
  email: NegotiationDocument,
  offer: NegotiationInput,
  computation: NegotiationComputation,
): string[] {
  const problems: string[] = [];
  const lines = email.body.split("\n");
  const first = offer.recruiterName.trim().split(/\s+/)[0] ?? "";
  if (
    offer.recruiterName &&
    !new RegExp(`^(?:Hi|Hello|Dear) ${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},$`).test(lines[0])
  ) {
    problems.push(`greeting is not by first name: “${lines[0]}”`);
  }
  if (lines.at(-1)?.trim() !== offer.yourName)
    problems.push(`the sign-off doesn't end with the sender's name: “${lines.at(-1)}”`);
  const title = /\bthe ((?:(?!\bthe\b)[^.\n])+?) role at /.exec(email.body)?.[1];
  if (!title) problems.push("the email doesn't name the role it is about");
  else if (
    title
      .split(/[\s/-]+/)
      .some((word) => /^[a-z]/.test(word) && !["and", "of", "the", "for", "to", "in"].includes(word))
  ) {
    problems.push(`the job title isn't capitalised: “${title}”`);
  }
  if (computation.standInRole && /\bmarket data for\b/i.test(email.body) && !/\bbroader\b/i.test(email.body)) {
    problems.push("market data for a broader role is presented as the role's own");
  }
  const time = computation.plan.time;
  if (time.kind === "deadline_passed") {
    if (!/\bstill (?:open|stands)\b/i.test(email.body))
      problems.push("the deadline has passed and the email doesn't ask whether the offer still stands");
  } else if (!offer.alreadyReplied && !/\b48 hours\b/.test(email.body))
    problems.push("a first reply that doesn't keep 48 hours");
  else if (offer.alreadyReplied && /\b48 hours\b/.test(email.body))
    problems.push("a follow-up that asks for time again");
  return problems;
}

export async function evaluateCase(
  evalCase: EvalCase,
  figures: readonly PayFigureView[],
  today: string,
): Promise<CaseResult> {
  const { offer, computation } = runCase(evalCase, figures, today);
  const email = composeNegotiationEmail(computation);
  const text = `${email.subject}\n\n${email.body}`;
  const allowed = traceableNumbers(offer, figures, computation);
  const marketFigures = new Set<number>();
  for (const figure of figures)
    for (const cents of [figure.p10, figure.p25, figure.p50, figure.p75, figure.p90])
      if (cents !== null) marketFigures.add(Math.round(cents / 100));
  if (computation.position.floor) marketFigures.add(computation.position.floor.cents / 100);
  const pattern = (source: string) => new RegExp(source, "i");
  return {
    id: evalCase.id,
    lead: { expected: evalCase.expect.lead, actual: computation.plan.lead?.kind ?? "no_argument" },
    mode: { expected: evalCase.expect.mode, actual: computation.plan.mode },
    missing: (evalCase.expect.mustMention ?? []).filter((source) => !pattern(source).test(text)),
    forbidden: (evalCase.expect.mustNotSay ?? []).filter((source) => pattern(source).test(text)),
    undermining: underminingSentences(email.body, offer, computation, marketFigures),
    untraceable: [
      ...new Set(
        statedNumbers(text)
          .filter((n) => !allowed.has(n.value))
          .map((n) => n.text),
      ),
    ],
    copy: copyProblems(email, offer, computation),
    grammar: await grammarIssues(email.body, {
      names: [offer.recruiterName, offer.yourName, offer.company],
      skipKinds: ["Spelling", "WordChoice"],
    }),
    email,
    computation,
  };
}
