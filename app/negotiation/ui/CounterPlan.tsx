// The counter-offer plan, for the person only: the argument the email leads with and why,
// what it asks for, what was left out of the email and why, the company facts it relied on
// with their sources, and how each number was worked out.
import { useId } from "react";
import { formatMoney } from "~/format";
import { LEVEL_LABELS } from "~/market/format";
import type { ArgumentKind } from "../arguments";
import type { CompanyFacts } from "../company-facts";
import type { Ask, CounterPlan, Derivation } from "../strategy";

const ARGUMENT_NAMES: Record<ArgumentKind, string> = {
  local_floor: "The local prevailing wage",
  competing_offer: "Your competing offer",
  level_mismatch: "The level",
  below_median: "The market median",
  vesting_gap: "The vesting schedule",
};

function headline(plan: CounterPlan): string {
  if (plan.mode === "accept") return "Consider accepting: the data supports no more pay";
  return plan.lead
    ? `Lead with: ${ARGUMENT_NAMES[plan.lead.kind].toLowerCase()}`
    : "No citable reason for more base: ask for the package";
}

function askText(ask: Ask): string {
  switch (ask.kind) {
    case "base":
      return `A base salary of ${formatMoney(ask.ask.cents)}`;
    case "base_question":
      return "Whether there is room on the base salary (no number: no data backs one)";
    case "level":
      return `The level: ${ask.levelName ?? LEVEL_LABELS[ask.yourLevel]}`;
    case "level_question":
      return "How the role was levelled, given the size of the gap";
    case "total":
      return `A package worth ${formatMoney(ask.cents)} a year in total`;
    case "sign_on":
      if (ask.totalCents === null) {
        return ask.offeredCents > 0
          ? `A sign-on bonus above the ${formatMoney(ask.offeredCents)} offered`
          : "Whether a sign-on bonus is possible";
      }
      return ask.offeredCents > 0
        ? `A sign-on bonus of ${formatMoney(ask.totalCents)} in total (up from ${formatMoney(ask.offeredCents)})${ask.years === 2 ? ", over two years" : ""}`
        : `A sign-on bonus of ${formatMoney(ask.totalCents)}${ask.years === 2 ? ", over two years" : ""}`;
    case "equity":
      return ask.hasGrant ? "A larger equity grant" : "Whether an equity grant is available";
    case "refresh":
      return "How refresh grants work";
    case "start_date":
      return "The start date";
    case "remote":
      return "Whether the role can be remote, confirmed in writing";
  }
}

function derivationText(derivation: Derivation): string {
  const money = (cents: number) => formatMoney(cents);
  switch (derivation.op) {
    case "round":
      return `${money(derivation.of)} rounded ${derivation.direction === "up" ? "up " : ""}to the nearest ${money(derivation.stepCents)}: ${money(derivation.cents)}`;
    case "sum":
      return `${derivation.of.map(money).join(" + ")} = ${money(derivation.cents)}`;
    case "difference":
      return `${money(derivation.of[0])} − ${money(derivation.of[1])} = ${money(derivation.cents)}`;
    case "percent":
      return `${derivation.percent}% of ${money(derivation.of)} = ${money(derivation.cents)}`;
    case "halfway":
      return `halfway from ${money(derivation.of[0])} to ${money(derivation.of[1])}: ${money(derivation.cents)}`;
  }
}

function CompanyFactList({ company }: { company: CompanyFacts }) {
  return (
    <>
      <h3 className="font-semibold">What we know about {company.name}</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {company.facts.map((fact) => (
          <li key={fact.statement}>
            {fact.statement}{" "}
            <span className="text-slate-600">
              (
              {fact.status === "official"
                ? "the company's own document"
                : fact.status === "reported"
                  ? "reported, not confirmed by the company"
                  : "unverified"}
              :{" "}
              {/^https?:\/\//.test(fact.source.url) ? (
                <a href={fact.source.url} className="text-sky-800 underline" rel="noreferrer">
                  {fact.source.publisher}
                </a>
              ) : (
                fact.source.publisher
              )}
              , {fact.source.date}; checked {company.checked})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CounterPlanView({ plan, company }: { plan: CounterPlan; company: CompanyFacts | null }) {
  const headingId = useId();
  // By kind, not identity: a plan read back from a saved document holds copies.
  const shown = new Set([plan.lead?.kind, plan.supporting?.kind]);
  const others = plan.ranked.filter((argument) => !shown.has(argument.kind));
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Your plan (for you, not the employer)
      </h2>
      <p className="text-xl font-semibold text-emerald-800">{headline(plan)}</p>
      {plan.advice ? <p className="rounded-md bg-amber-50 p-3 text-amber-900">{plan.advice}</p> : null}
      <h3 className="font-semibold">Why</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {plan.rationale.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {plan.asks.length > 0 && (
        <>
          <h3 className="font-semibold">What the email asks for, in order</h3>
          <ol className="list-decimal space-y-1 pl-5">
            {plan.asks.map((ask) => (
              <li key={ask.kind}>{askText(ask)}</li>
            ))}
          </ol>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3 className="font-semibold">Other reasons found, not led with</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {others.map((argument) => (
              <li key={argument.kind}>
                {ARGUMENT_NAMES[argument.kind]}: weaker here than the lead, kept for the call.
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.leftOut.length > 0 && (
        <>
          <h3 className="font-semibold">Left out of the email, and why</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {plan.leftOut.map((item) => (
              <li key={item.what}>
                <span className="font-medium">{item.what}.</span> {item.why}
              </li>
            ))}
          </ul>
        </>
      )}
      {company ? <CompanyFactList company={company} /> : null}
      {plan.derivations.length > 0 && (
        <>
          <h3 className="font-semibold">How the numbers were worked out</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {plan.derivations.map((derivation, index) => (
              <li key={index}>{derivationText(derivation)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
