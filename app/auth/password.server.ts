import fs from "node:fs";
import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage: argon2id with at least 19 MiB, 2 iterations, 1 lane. Stated
// explicitly so a library default change cannot weaken them. (Algorithm 2 is argon2id.)
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash, so an unknown email costs as much time as a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password-" + Math.random());
  await verifyPassword(await dummyHash, password);
  return false;
}

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    fs
      // Beside this module: app/auth/data/ from source, build/data/ in the server bundle.
      .readFileSync(new URL("./data/common-passwords.txt", import.meta.url), "utf8")
      .split(/\r?\n/)
      .filter(Boolean)
      .map((p) => p.toLowerCase()),
  );
  return commonPasswords.has(password.toLowerCase());
}

/** A message for a password we refuse, or null. No composition rules (NIST 800-63B). */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN)
    return `Use at least ${PASSWORD_MIN} characters. A few words in a row make a strong, memorable password.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (password.trim() === "") return "A password cannot be only spaces.";
  if (isCommonPassword(password)) {
    return "That password is one of the most common ones and easy to guess. Try a few unrelated words, like a short phrase only you would think of.";
  }
  if (email && password.toLowerCase() === email.toLowerCase()) return "Do not use your email address as your password.";
  return null;
}
