// Display names shared by the plain-text report and the React view.
import type { Contact } from "./types.ts";

export const CONTACT_LABELS: [keyof Contact, string][] = [
  ["fullName", "Name"],
  ["email", "E-mail"],
  ["phone", "Phone"],
  ["location", "Location"],
  ["linkedin", "LinkedIn"],
  ["github", "GitHub"],
  ["website", "Website"],
];
