import type { Resend } from "resend";
import { config } from "~/config.server";

// Hands one stored email to Resend, or, without an API key, leaves it in the outbox.

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
}

export type DeliveryResult =
  | { outcome: "local" }
  | { outcome: "sent"; providerId: string }
  | {
      outcome: "failed";
      /** Safe to log: the error's kind and status, e.g. "rate_limit_exceeded (429)". */
      reason: string;
      /** For the database only: Resend's message can quote the recipient. */
      detail: string;
      retryable: boolean;
    };

/** Resend does not time out on its own; a hung connection must not hold up a sign-up. */
const REQUEST_TIMEOUT_MS = 10_000;

let client: Resend | undefined;

/** The SDK loads with the first email sent through Resend, never in local mode. */
async function resend(apiKey: string, baseUrl: string | undefined): Promise<Resend> {
  const { Resend } = await import("resend");
  client ??= new Resend(apiKey, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, "") } : undefined);
  return client;
}

export async function deliver(email: OutgoingEmail): Promise<DeliveryResult> {
  const { email: settings } = config();
  if (!settings.resendApiKey) return { outcome: "local" };
  try {
    const { data, error } = await (
      await resend(settings.resendApiKey, settings.resendBaseUrl)
    ).emails.send(
      { from: settings.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
      // The same key on every attempt: if an earlier attempt reached Resend before failing
      // on the way back, Resend answers with that email instead of sending a second one.
      { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
    );
    if (error) {
      const status = error.statusCode ? ` (${error.statusCode})` : "";
      return {
        outcome: "failed",
        reason: `${error.name}${status}`,
        detail: error.message,
        retryable: isRetryable(error),
      };
    }
    return { outcome: "sent", providerId: data.id };
  } catch (thrown) {
    // The SDK reports most failures as values, but rethrows a timeout that hits while it
    // reads an error response.
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    return { outcome: "failed", reason: "request_failed", detail, retryable: true };
  }
}

/**
 * Whether sending the same request again can succeed. Only a request Resend rejected as
 * malformed cannot; network failures, rate limits, outages, and even a bad API key (which
 * an operator can fix and restart) are worth retrying.
 */
export function isRetryable(error: { statusCode: number | null; name: string }): boolean {
  if (error.statusCode === null) return true;
  if (error.statusCode === 400 || error.statusCode === 422) return false;
  return error.name !== "invalid_idempotent_request";
}
