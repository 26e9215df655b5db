// The counter-offer plan: the base to ask for (or why there is none), the reasoning, the
// levers with why each helps, and the request for time.
import { useId } from "react";
import { formatCalendarDate, formatMoney } from "~/format";
import type { BaseAsk, CounterPlan, TimeRequest } from "../strategy";

function headline(ask: BaseAsk): string {
  if (ask.kind === "counter") return `Ask for a base salary of ${formatMoney(ask.cents)}`;
  switch (ask.reason) {
    case "no-data":
      return "No data-backed base to ask for: ask whether base has room";
    case "above-data":
      return "Base is already where the data tops out: negotiate the rest";
    case "too-close":
      return "Base is already close to the data-backed target: negotiate the rest";
  }
}

function timeText(time: TimeRequest): string | null {
  switch (time.kind) {
    case "none":
      return null;
    case "extension":
      return `Ask for ${time.hours} more hours, until ${formatCalendarDate(time.askUntil)} (the deadline is ${formatCalendarDate(time.deadline)}).`;
    case "deadline-passed":
      return `The deadline (${formatCalendarDate(time.deadline)}) has passed: first ask whether the offer still stands.`;
  }
}

export function CounterPlanView({ plan }: { plan: CounterPlan }) {
  const headingId = useId();
  const time = timeText(plan.time);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Your counter
      </h2>
      <p className="text-xl font-semibold text-emerald-800">{headline(plan.base)}</p>
      {plan.rationale.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {plan.rationale.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {plan.levers.length > 0 && (
        <>
          <h3 className="font-semibold">If base is stuck</h3>
          <ol className="list-decimal space-y-2 pl-5">
            {plan.levers.map((lever) => (
              <li key={lever.kind}>
                <p className="font-medium">{lever.ask}</p>
                <p className="text-sm text-slate-700">{lever.why}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      {time && (
        <>
          <h3 className="font-semibold">Time to decide</h3>
          <p>{time}</p>
        </>
      )}
    </section>
  );
}
