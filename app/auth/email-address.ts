// Email addresses are compared in one canonical form, so "Alice@Example.com " and
// "alice@example.com" are the same account, and look-alike characters cannot make a second.

export const EMAIL_MAX_LENGTH = 254;

export type EmailParse = { ok: true; email: string } | { ok: false; message: string };

const SHAPE =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Trims, folds compatibility characters (NFKC: full-width letters become ASCII) and lower-cases. */
export function parseEmail(raw: string): EmailParse {
  if (raw.length > EMAIL_MAX_LENGTH * 4) return { ok: false, message: "That email address is too long." };
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (email === "") return { ok: false, message: "Enter your email address." };
  if (email.length > EMAIL_MAX_LENGTH) return { ok: false, message: "That email address is too long." };
  // Non-ASCII letters (Cyrillic "а" for Latin "a", zero-width spaces) are how look-alike
  // duplicates of an address are made; internationalised domains can use their xn-- form.
  if (/[^\x21-\x7e]/.test(email)) {
    return {
      ok: false,
      message:
        "Use an address with plain Latin letters, digits and punctuation only (no spaces or special characters). For an internationalised domain, use its xn-- form.",
    };
  }
  if (!SHAPE.test(email) || email.includes("..")) {
    return { ok: false, message: "Enter a valid email address, like name@example.com." };
  }
  return { ok: true, email };
}
