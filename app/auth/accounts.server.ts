import { config } from "~/config.server";
import { db } from "~/db.server";
import { sendEmail } from "~/email/send.server";
import { parseEmail } from "~/auth/email-address";
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from "~/auth/password.server";
import { createSession, invalidateUserSessions } from "~/auth/session.server";
import { POLICIES, type ThrottleCheck } from "~/auth/throttle-policy";
import { checkThrottle, clearThrottle, recordFailure } from "~/auth/throttle.server";
import { hashCode, hashToken, newLinkToken, newSixDigitCode } from "~/auth/tokens.server";
import type { FieldErrors } from "~/http/form";

// Account actions as plain functions with typed outcomes; routes turn them into pages.

export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;
export const VERIFICATION_MAX_ATTEMPTS = 5;
export const RESET_TTL_MS = 60 * 60 * 1000;

type AccountFieldErrors = FieldErrors<"email" | "password" | "currentPassword" | "newPassword" | "code">;
type Throttled = { ok: false; reason: "throttled"; retryAfterSeconds: number };
type Invalid = { ok: false; reason: "invalid"; fieldErrors: AccountFieldErrors };

const keys = {
  loginAccount: (email: string) => `login:account:${email}`,
  loginIp: (ip: string) => `login:ip:${ip}`,
  signupIp: (ip: string) => `signup:ip:${ip}`,
  verifyCode: (userId: string) => `verify:code:${userId}`,
  verifyResend: (userId: string) => `verify:resend:${userId}`,
  resetAccount: (email: string) => `reset:account:${email}`,
  resetIp: (ip: string) => `reset:ip:${ip}`,
};

function throttled(check: ThrottleCheck): Throttled | null {
  return check.allowed ? null : { ok: false, reason: "throttled", retryAfterSeconds: check.retryAfterSeconds };
}

function link(pathAndQuery: string): string {
  return config().origin + pathAndQuery;
}

// ---------------------------------------------------------------- sign-up and verification

export type SignUpResult =
  | { ok: true; kind: "created"; cookie: string; userId: string }
  /** Same visible outcome as "created", so the form does not reveal who has an account. */
  | { ok: true; kind: "existing" | "honeypot" }
  | Throttled
  | Invalid;

export async function signUp(input: { email: string; password: string; honeypot: string; ip: string }): Promise<SignUpResult> {
  if (input.honeypot.trim() !== "") return { ok: true, kind: "honeypot" };
  const limited = throttled(await checkThrottle([keys.signupIp(input.ip)]));
  if (limited) return limited;

  const parsed = parseEmail(input.email);
  const fieldErrors: AccountFieldErrors = {};
  if (!parsed.ok) fieldErrors.email = parsed.message;
  const weak = passwordProblem(input.password, parsed.ok ? parsed.email : undefined);
  if (weak) fieldErrors.password = weak;
  if (!parsed.ok || weak) return { ok: false, reason: "invalid", fieldErrors };
  const email = parsed.email;

  await recordFailure(keys.signupIp(input.ip), POLICIES.signupIp);
  // Hash before looking up, so both paths take the same time.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return existingAccountSignUp(existing);
  try {
    const user = await db.user.create({ data: { email, passwordHash } });
    await sendVerification(user.id, user.email);
    const cookie = await createSession(user.id);
    return { ok: true, kind: "created", cookie, userId: user.id };
  } catch (error) {
    // A double-clicked form: the first request created the account.
    if ((error as { code?: string }).code === "P2002") {
      const raced = await db.user.findUniqueOrThrow({ where: { email } });
      return existingAccountSignUp(raced);
    }
    throw error;
  }
}

async function existingAccountSignUp(user: { id: string; email: string; createdAt: Date }): Promise<SignUpResult> {
  const justCreated = Date.now() - user.createdAt.getTime() < 2 * 60_000;
  if (!justCreated) {
    const hour = new Date().toISOString().slice(0, 13);
    await sendEmail({
      to: user.email,
      template: "signup-existing-account",
      props: { loginUrl: link("/login"), forgotPasswordUrl: link("/forgot-password") },
      idempotencyKey: `signup-existing:${user.id}:${hour}`,
    });
  }
  return { ok: true, kind: "existing" };
}

/** Replaces any open verification of the user with a new code and link, and emails them. */
export async function sendVerification(userId: string, email: string): Promise<void> {
  const code = newSixDigitCode();
  const token = newLinkToken();
  const record = await db.$transaction(async (tx) => {
    await tx.emailVerification.deleteMany({ where: { userId, usedAt: null } });
    const created = await tx.emailVerification.create({
      data: { userId, codeHash: "", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS) },
    });
    return tx.emailVerification.update({ where: { id: created.id }, data: { codeHash: hashCode(created.id, code) } });
  });
  await sendEmail({
    to: email,
    template: "verify-email",
    props: { code, verifyUrl: link(`/verify-email?token=${token}`), expiresInMinutes: VERIFICATION_TTL_MS / 60_000 },
    idempotencyKey: `verify:${record.id}`,
  });
}

export type ResendResult = { ok: true } | { ok: false; reason: "already_verified" } | Throttled;

export async function resendVerification(user: { id: string; email: string; emailVerifiedAt: Date | null }): Promise<ResendResult> {
  if (user.emailVerifiedAt) return { ok: false, reason: "already_verified" };
  const limited = throttled(await checkThrottle([keys.verifyResend(user.id)]));
  if (limited) return limited;
  await recordFailure(keys.verifyResend(user.id), POLICIES.verifyResend);
  await sendVerification(user.id, user.email);
  return { ok: true };
}

export type VerifyResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "malformed" | "invalid" | "expired" | "too_many_attempts"; message: string }
  | Throttled;

export async function verifyByCode(userId: string, rawCode: string): Promise<VerifyResult> {
  const limited = throttled(await checkThrottle([keys.verifyCode(userId)]));
  if (limited) return limited;
  const code = rawCode.replace(/[\s-]+/g, "");
  // Only a guess that could be right uses up an attempt: a typo such as an empty field or a letter does not.
  if (!/^\d{6}$/.test(code)) {
    return { ok: false, reason: "malformed", message: "Enter the 6 digits from the email we sent you." };
  }
  const record = await db.emailVerification.findFirst({ where: { userId, usedAt: null }, orderBy: { createdAt: "desc" } });
  if (!record || record.expiresAt.getTime() <= Date.now()) {
    return { ok: false, reason: "expired", message: "That code has expired. Send yourself a new one below." };
  }
  if (hashCode(record.id, code) !== record.codeHash) {
    await recordFailure(keys.verifyCode(userId), POLICIES.verifyCode);
    const attempts = record.attempts + 1;
    await db.emailVerification.update({
      where: { id: record.id },
      // Spent after a few wrong guesses, so a 6-digit code cannot be brute-forced.
      data: { attempts, usedAt: attempts >= VERIFICATION_MAX_ATTEMPTS ? new Date() : null },
    });
    if (attempts >= VERIFICATION_MAX_ATTEMPTS) {
      return { ok: false, reason: "too_many_attempts", message: "Too many wrong codes. Send yourself a new code below." };
    }
    return { ok: false, reason: "invalid", message: "That code is not right. Check the latest email we sent and try again." };
  }
  await markVerified(record.id, userId);
  await clearThrottle([keys.verifyCode(userId)]);
  return { ok: true, userId };
}

export type LinkVerifyResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "expired"; message: string };

export async function verifyByToken(token: string): Promise<LinkVerifyResult> {
  if (token.length < 20 || token.length > 200) {
    return { ok: false, reason: "invalid", message: "This verification link is not valid. Sign in and send yourself a new one." };
  }
  const record = await db.emailVerification.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.usedAt) {
    return { ok: false, reason: "invalid", message: "This verification link has already been used or replaced. Sign in and send yourself a new one if you still need it." };
  }
  if (record.expiresAt.getTime() <= Date.now()) {
    return { ok: false, reason: "expired", message: "This verification link has expired. Sign in and send yourself a new one." };
  }
  await markVerified(record.id, record.userId);
  return { ok: true, userId: record.userId };
}

async function markVerified(verificationId: string, userId: string) {
  await db.$transaction([
    db.emailVerification.update({ where: { id: verificationId }, data: { usedAt: new Date() } }),
    db.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } }),
  ]);
}

// ---------------------------------------------------------------- login

export const INVALID_LOGIN_MESSAGE = "That email and password do not match an account. Check both and try again.";

export type LogInResult = { ok: true; cookie: string } | { ok: false; reason: "invalid_credentials" } | Throttled;

export async function logIn(input: { email: string; password: string; ip: string }): Promise<LogInResult> {
  const parsed = parseEmail(input.email);
  const accountKey = keys.loginAccount(parsed.ok ? parsed.email : input.email.slice(0, 300));
  const ipKey = keys.loginIp(input.ip);
  const limited = throttled(await checkThrottle([accountKey, ipKey]));
  if (limited) return limited;

  const user = parsed.ok && input.password.length <= 4096 ? await db.user.findUnique({ where: { email: parsed.email } }) : null;
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password.slice(0, 4096));
  if (!user || !valid) {
    await recordFailure(accountKey, POLICIES.loginAccount);
    await recordFailure(ipKey, POLICIES.loginIp);
    return { ok: false, reason: "invalid_credentials" };
  }
  await clearThrottle([accountKey]);
  return { ok: true, cookie: await createSession(user.id) };
}

// ---------------------------------------------------------------- password reset and change

export type ResetRequestResult = { ok: true } | Throttled;

/** Answers the same whether or not the account exists. */
export async function requestPasswordReset(input: { email: string; ip: string }): Promise<ResetRequestResult> {
  const parsed = parseEmail(input.email);
  const accountKey = keys.resetAccount(parsed.ok ? parsed.email : input.email.slice(0, 300));
  const limited = throttled(await checkThrottle([accountKey, keys.resetIp(input.ip)]));
  if (limited) return limited;
  await recordFailure(accountKey, POLICIES.resetAccount);
  await recordFailure(keys.resetIp(input.ip), POLICIES.resetIp);
  if (!parsed.ok) return { ok: true };
  const user = await db.user.findUnique({ where: { email: parsed.email } });
  if (!user) return { ok: true };
  const token = newLinkToken();
  const reset = await db.passwordReset.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  await sendEmail({
    to: user.email,
    template: "password-reset",
    props: { resetUrl: link(`/reset-password?token=${token}`), expiresInMinutes: RESET_TTL_MS / 60_000 },
    idempotencyKey: `reset:${reset.id}`,
  });
  return { ok: true };
}

export type ResetTokenCheck = { ok: true; userId: string; resetId: string } | { ok: false; message: string };

export async function checkResetToken(token: string): Promise<ResetTokenCheck> {
  const invalid = { ok: false as const, message: "This reset link is not valid any more: it was used, replaced or has expired. Ask for a new one below." };
  if (token.length < 20 || token.length > 200) return invalid;
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) return invalid;
  return { ok: true, userId: reset.userId, resetId: reset.id };
}

export type ResetResult = { ok: true } | { ok: false; reason: "bad_token"; message: string } | Invalid;

export async function resetPassword(token: string, newPassword: string): Promise<ResetResult> {
  const check = await checkResetToken(token);
  if (!check.ok) return { ok: false, reason: "bad_token", message: check.message };
  const user = await db.user.findUniqueOrThrow({ where: { id: check.userId } });
  const weak = passwordProblem(newPassword, user.email);
  if (weak) return { ok: false, reason: "invalid", fieldErrors: { password: weak } };
  const passwordHash = await hashPassword(newPassword);
  const claimed = await db.$transaction(async (tx) => {
    // Claim the token first: of two concurrent resets with one link, only one wins.
    const { count } = await tx.passwordReset.updateMany({ where: { id: check.resetId, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    return true;
  });
  if (!claimed) return { ok: false, reason: "bad_token", message: "This reset link has already been used. Ask for a new one below." };
  // A reset is how a locked-out owner gets back in: lift the login delay for the account.
  await clearThrottle([keys.loginAccount(user.email)]);
  await sendPasswordChanged(user.id, user.email);
  return { ok: true };
}

export type ChangePasswordResult = { ok: true } | Invalid;

export async function changePassword(input: {
  userId: string;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<ChangePasswordResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (input.currentPassword.length > 4096 || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, reason: "invalid", fieldErrors: { currentPassword: "That is not your current password." } };
  }
  const weak = passwordProblem(input.newPassword, user.email);
  if (weak) return { ok: false, reason: "invalid", fieldErrors: { newPassword: weak } };
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  await invalidateUserSessions(user.id, input.sessionId);
  await sendPasswordChanged(user.id, user.email);
  return { ok: true };
}

async function sendPasswordChanged(userId: string, email: string) {
  await sendEmail({
    to: email,
    template: "password-changed",
    props: { forgotPasswordUrl: link("/forgot-password"), changedAt: new Date() },
    idempotencyKey: `password-changed:${userId}:${Date.now()}`,
  });
}

// ---------------------------------------------------------------- deletion

export type DeleteAccountResult = { ok: true } | Invalid;

/**
 * Deletes the user and their personal data: sessions, tokens, documents, emails sent to
 * them and throttle counters. Purchases stay, detached from the user, because tax law
 * requires keeping sales records (see README).
 */
export async function deleteAccount(userId: string, password: string): Promise<DeleteAccountResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (password.length > 4096 || !(await verifyPassword(user.passwordHash, password))) {
    return { ok: false, reason: "invalid", fieldErrors: { password: "That is not your password." } };
  }
  await db.$transaction([
    db.outboxEmail.deleteMany({ where: { to: user.email } }),
    // Also what was sent signed out from this address; signed-in messages go with the user row.
    db.contactMessage.deleteMany({ where: { email: user.email } }),
    db.throttle.deleteMany({
      where: { key: { in: [keys.loginAccount(user.email), keys.resetAccount(user.email), keys.verifyCode(user.id), keys.verifyResend(user.id)] } },
    }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  return { ok: true };
}
