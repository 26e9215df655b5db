import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import crypto from "node:crypto";

/** 32 random bytes for a link token (reset, verify). Only its hash is stored. */
export function newLinkToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.randomBytes(32));
}

/** A 6-digit code, uniformly random. */
export function newSixDigitCode(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, "0");
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Codes have little entropy, so their hash is salted with the record they belong to. */
export function hashCode(recordId: string, code: string): string {
  return hashToken(`${recordId}:${code}`);
}
