import { Fragment, type ReactNode } from "react";

export interface ServicesState {
  payments: "stripe" | "local";
  email: "resend" | "outbox";
  writer: "openai" | "builtin";
}

/** Tells a developer running without keys which services are simulated. */
export function LocalModeBanner({ services, outboxReadable }: { services: ServicesState; outboxReadable: boolean }) {
  const local: ReactNode[] = [];
  if (services.payments === "local") local.push("payments are simulated");
  // The link only where the page answers for this visitor (see outboxPageMode).
  if (services.email === "outbox") {
    local.push(
      outboxReadable ? (
        <>
          emails go to the <a href="/dev/outbox">outbox</a>
        </>
      ) : (
        "emails are not sent (kept in the outbox)"
      ),
    );
  }
  if (services.writer === "builtin") local.push("text comes from the built-in writer");
  if (local.length === 0) return null;
  return (
    <div role="note" className="bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900">
      Local mode:{" "}
      {local.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? "; " : null}
          {part}
        </Fragment>
      ))}
      .
    </div>
  );
}
