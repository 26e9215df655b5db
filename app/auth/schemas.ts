import { z } from "zod";

// Form fields as posted by the HTML forms. Missing fields become empty strings; lengths are
// judged by the domain functions, which answer with a message instead of failing.

const text = () => z.string().default("");

export const signUpForm = z.object({
  email: text(),
  password: z.string().default(""),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().default(""),
  redirectTo: z.string().optional(),
});

export const logInForm = z.object({
  email: text(),
  password: z.string().default(""),
  redirectTo: z.string().optional(),
});

export const emailForm = z.object({ email: text() });

export const codeForm = z.object({ code: z.string().default("") });

export const resetForm = z.object({
  token: z.string().default(""),
  password: z.string().default(""),
});

export const changePasswordForm = z.object({
  currentPassword: z.string().default(""),
  newPassword: z.string().default(""),
});

export const deleteAccountForm = z.object({
  password: z.string().default(""),
  confirm: z.string().default(""),
});
