import { z } from "zod";
import { parseEmail } from "~/auth/email-address";
import type { FieldErrors } from "~/http/form";

// The contact form as data and one pure reader: what a visitor may send, and the message
// each problem gets. Hostile text is made harmless here, before anything is stored.

export const CONTACT_TOPICS = {
  refund: "Refund or payment",
  account: "My account or data",
  bug: "Something does not work",
  other: "Something else",
} as const;

export type ContactTopic = keyof typeof CONTACT_TOPICS;
export type ContactField = "name" | "email" | "topic" | "message";

export const NAME_MAX = 100;
export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;

export interface ContactMessageInput {
  name: string;
  email: string;
  topic: ContactTopic;
  message: string;
}

export type ContactParse =
  { ok: true; value: ContactMessageInput; honeypot: boolean } | { ok: false; fieldErrors: FieldErrors<ContactField> };

const posted = z.object({
  name: z.string().default(""),
  email: z.string().default(""),
  topic: z.string().default(""),
  message: z.string().default(""),
  website: z.string().default(""),
});

/**
 * Removes what can hide or disguise text: control characters (NUL, escape sequences; line
 * breaks and tabs are kept), bidirectional overrides and isolates, zero-width characters.
 */
export function cleanText(raw: string, opts: { multiline: boolean }): string {
  let text = raw.normalize("NFC").replace(/\r\n?/g, "\n");
  text = text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    "",
  );
  if (!opts.multiline) text = text.replace(/[\n\t]+/g, " ");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

export function isContactTopic(value: string): value is ContactTopic {
  return Object.hasOwn(CONTACT_TOPICS, value);
}

export function parseContactForm(raw: Record<string, string>, signedInEmail: string | null): ContactParse {
  const form = posted.parse(raw);
  const errors: FieldErrors<ContactField> = {};
  const name = cleanText(form.name.slice(0, NAME_MAX * 4), { multiline: false });
  if (name === "") errors.name = "Enter your name, so we know how to address you.";
  else if (name.length > NAME_MAX) errors.name = `Keep your name to ${NAME_MAX} characters.`;

  const email = parseEmail(form.email === "" && signedInEmail ? signedInEmail : form.email);
  if (!email.ok) errors.email = email.message;

  // Own keys only: "__proto__" or "constructor" are `in` every object.
  const topic = isContactTopic(form.topic) ? form.topic : null;
  if (!topic) errors.topic = "Choose what your message is about.";

  const message = cleanText(form.message.slice(0, MESSAGE_MAX * 4), { multiline: true });
  if (message.length < MESSAGE_MIN)
    errors.message = `Write a few words about what you need (at least ${MESSAGE_MIN} characters).`;
  else if (message.length > MESSAGE_MAX)
    errors.message = `Keep the message to ${MESSAGE_MAX.toLocaleString("en-US")} characters; you have ${message.length.toLocaleString("en-US")}.`;

  if (Object.keys(errors).length > 0 || !email.ok || !topic) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { name, email: email.email, topic, message }, honeypot: form.website !== "" };
}
