export interface ServicesState {
  payments: "stripe" | "local";
  email: "resend" | "outbox";
  writer: "openai" | "builtin";
}

/** Tells a developer running without keys which services are simulated. */
export function LocalModeBanner({ services }: { services: ServicesState }) {
  const local: string[] = [];
  if (services.payments === "local") local.push("payments are simulated");
  if (services.email === "outbox") local.push("emails go to the outbox at /dev/outbox");
  if (services.writer === "builtin") local.push("text comes from the built-in writer");
  if (local.length === 0) return null;
  return (
    <div role="note" className="bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900">
      Local mode: {local.join("; ")}.
    </div>
  );
}
