import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import crypto from "node:crypto";
import { appCookie, appCookieName, readAppCookie } from "./cookies.server";
import { db } from "~/db.server";

// Sessions follow Lucia's published design: the cookie holds "<id>.<secret>", the database
// keeps only SHA-256(secret), compared in constant time. Expiry slides with use, within
// an absolute lifetime, and the row is touched at most once an hour.

export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
const RENEW_AFTER_MS = 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  emailVerifiedAt: Date | null;
}

export interface ValidSession {
  sessionId: string;
  user: SessionUser;
  /** A Set-Cookie value to send when the expiry was extended, else null. */
  refreshedCookie: string | null;
}

function randomToken(bytes: number): string {
  return encodeBase32LowerCaseNoPadding(crypto.randomBytes(bytes));
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function sessionCookieName(): string {
  return appCookieName("session");
}

export function sessionCookie(token: string, maxAgeMs = SESSION_IDLE_MS): string {
  return appCookie("session", token, maxAgeMs);
}

export function clearedSessionCookie(): string {
  return sessionCookie("", 0);
}

/** Creates a session for a user; returns the Set-Cookie header value. */
export async function createSession(userId: string): Promise<string> {
  const id = randomToken(15);
  const secret = randomToken(20); // 160 bits
  await db.session.create({ data: { id, userId, secretHash: new Uint8Array(hashSecret(secret)) } });
  return sessionCookie(`${id}.${secret}`);
}

export function readSessionToken(request: Request): string | null {
  return readAppCookie(request, "session") || null;
}

/** Checks a session token; deletes the row when it has expired. */
export async function validateSessionToken(token: string, now = new Date()): Promise<ValidSession | null> {
  const [id, secret, extra] = token.split(".");
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 128) return null;
  const row = await db.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, emailVerifiedAt: true } } },
  });
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secretHash))) return null;
  const idleExpired = now.getTime() - row.lastVerifiedAt.getTime() >= SESSION_IDLE_MS;
  const absoluteExpired = now.getTime() - row.createdAt.getTime() >= SESSION_ABSOLUTE_MS;
  if (idleExpired || absoluteExpired) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  let refreshedCookie: string | null = null;
  if (now.getTime() - row.lastVerifiedAt.getTime() >= RENEW_AFTER_MS) {
    await db.session.update({ where: { id }, data: { lastVerifiedAt: now } });
    const remaining = Math.min(SESSION_IDLE_MS, row.createdAt.getTime() + SESSION_ABSOLUTE_MS - now.getTime());
    refreshedCookie = sessionCookie(token, remaining);
  }
  return { sessionId: id, user: row.user, refreshedCookie };
}

const perRequest = new WeakMap<Request, Promise<ValidSession | null>>();

/** The request's session, looked up once per request however many loaders ask. */
export function getSession(request: Request): Promise<ValidSession | null> {
  let found = perRequest.get(request);
  if (!found) {
    const token = readSessionToken(request);
    found = token ? validateSessionToken(token) : Promise.resolve(null);
    perRequest.set(request, found);
  }
  return found;
}

export async function invalidateSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user, or all but one. */
export async function invalidateUserSessions(userId: string, exceptSessionId?: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}
