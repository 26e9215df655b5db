import { POLICIES } from "~/auth/throttle-policy";
import { takeAttempts } from "~/auth/throttle.server";
import { config } from "~/config.server";
import { db } from "~/db.server";
import { sendEmail } from "~/email/send.server";
import { CONTACT_TOPICS, type ContactMessageInput } from "~/support/contact-form";

// Contact messages: stored first (so nothing is lost when email is down), then sent to the
// support address through the outbox, which retries. Rate-limited per network and address.

export type ContactResult = { kind: "sent"; id: string } | { kind: "throttled"; retryAfterSeconds: number };

const keys = {
  ip: (ip: string) => `contact:ip:${ip}`,
  email: (email: string) => `contact:email:${email}`,
};

export async function sendContactMessage(
  input: ContactMessageInput & { honeypot: boolean; ip: string; user: { id: string; email: string } | null },
): Promise<ContactResult> {
  const limits = [keys.ip(input.ip), keys.email(input.email)];
  // Counted before anything is stored, atomically, so concurrent posts cannot all pass one check.
  const limited = await takeAttempts([
    [limits[0], POLICIES.contactIp],
    [limits[1], POLICIES.contactEmail],
  ]);
  if (!limited.allowed) return { kind: "throttled", retryAfterSeconds: limited.retryAfterSeconds };
  // A bot filled the hidden field: it sees the same thanks, and nothing is kept or sent.
  if (input.honeypot) return { kind: "sent", id: "" };

  const stored = await db.contactMessage.create({
    data: {
      userId: input.user?.id ?? null,
      name: input.name,
      email: input.email,
      topic: input.topic,
      message: input.message,
    },
  });
  await sendEmail({
    to: config().supportEmail,
    template: "support-message",
    props: {
      messageId: stored.id,
      topic: CONTACT_TOPICS[input.topic],
      name: input.name,
      fromEmail: input.email,
      account: input.user ? `signed in as ${input.user.email}` : "not signed in",
      message: input.message,
      sentAt: stored.createdAt,
    },
    idempotencyKey: `contact:${stored.id}`,
  });
  return { kind: "sent", id: stored.id };
}
