import { db } from "~/db.server";
import { type OutboxEmail, Prisma } from "~/generated/prisma/client";
import { type EmailContent, renderEmail } from "../../emails";
import { maskAddress } from "./mask-address";
import { type OutboxStatus, attemptDelivery, retryInBackground } from "./queue.server";
import { afterAnswer } from "~/http/after-answer";

export type SendEmailInput = EmailContent & {
  to: string;
  /**
   * Names this email for ever, e.g. `receipt/<checkout session id>`: a second call with
   * the same key sends nothing and returns the first email. At most 256 characters
   * (Resend's limit).
   */
  idempotencyKey: string;
  /**
   * Store it now and hand it to the provider after the caller has answered, so that the
   * caller's timing does not depend on whether an email went out (account actions that
   * must not reveal who has an account). Delivery problems are retried as usual.
   */
  deliverInBackground?: boolean;
};

export interface SendEmailResult {
  /**
   * sent: Resend accepted it. local: stored in the outbox (no Resend key). queued: not
   * sent yet; the retry pass will try again. failed: Resend refused it for good.
   */
  status: "sent" | "local" | "queued" | "failed";
  /** The OutboxEmail row. */
  id: string;
}

/**
 * Renders, stores and sends one email. Delivery problems never throw: the email stays
 * queued and is retried, so the account action that caused it stands. Only a failure to
 * render or store it (a bug, or the database being down) throws.
 */
export async function sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
  const stored = await store(input);
  if (!stored.created) return { status: resultStatus(stored.email.status as OutboxStatus), id: stored.email.id };

  if (input.deliverInBackground) {
    // Once the caller's answer has gone out; stored as pending, so the retry pass sends it
    // even if this process stops first.
    deliverStoredInBackground(stored.email);
    return { status: "queued", id: stored.email.id };
  }
  let status: OutboxStatus | null;
  try {
    status = await attemptDelivery(stored.email);
  } catch (error) {
    // The email is stored as pending, so the retry pass picks it up.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`email ${input.template} to ${maskAddress(input.to)} left for retry: ${reason}`);
    return { status: "queued", id: stored.email.id };
  }
  // Resend is answering again: a good moment to send what earlier failures left behind.
  if (status === "sent") retryInBackground();
  return { status: resultStatus(status ?? "pending"), id: stored.email.id };
}

async function deliver(email: OutboxEmail): Promise<void> {
  if ((await attemptDelivery(email)) === "sent") retryInBackground();
}

/**
 * The outbox row of an email, rendered, for a caller that stores it in its own transaction
 * (beside the rows that caused it); `deliverStoredInBackground` then sends it.
 */
export async function outboxRow(input: SendEmailInput): Promise<Prisma.OutboxEmailCreateInput> {
  const { subject, html, text } = await renderEmail(input);
  return { idempotencyKey: input.idempotencyKey, to: input.to, subject, html, text, template: input.template };
}

/** Sends an email the caller stored as pending, once its answer has gone out (see sendEmail). */
export function deliverStoredInBackground(email: OutboxEmail): void {
  afterAnswer(`email ${email.template} to ${maskAddress(email.to)} left for retry`, () => deliver(email));
}

/** Records the email as pending, or finds the one already stored under its idempotency key. */
async function store(input: SendEmailInput): Promise<{ email: OutboxEmail; created: boolean }> {
  const data = await outboxRow(input);
  try {
    return { email: await db.outboxEmail.create({ data }), created: true };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const email = await db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
    return { email, created: false };
  }
}

function resultStatus(status: OutboxStatus): SendEmailResult["status"] {
  return status === "pending" ? "queued" : status;
}
