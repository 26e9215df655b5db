import { config } from "~/config.server";
import { db } from "~/db.server";
import { type SendEmailInput, deliverStoredInBackground, outboxRow, sendEmail } from "~/email/send.server";
import { afterAnswer } from "~/http/after-answer";
import { parseEmail } from "~/auth/email-address";
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from "~/auth/password.server";
import { createSession, invalidateUserSessions } from "~/auth/session.server";
import { POLICIES, type ThrottleCheck } from "~/auth/throttle-policy";
import { checkThrottle, clearThrottle, releaseAttempt, takeAttempts } from "~/auth/throttle.server";
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
  // A pending sign-up is known by its address only (it may have no account of its own).
  verifyCodeByEmail: (email: string) => `verify:code:email:${email}`,
  verifyResendByEmail: (email: string) => `verify:resend:email:${email}`,
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

/**
 * Every accepted sign-up has the same outcome, for a new address and for one that already
 * has an account: the browser is not signed in, it is told to check its inbox, and the
 * inbox gets one email (a code and link for a new account; a note that someone tried to
 * sign up, for an existing one). Both paths hash the password and render and store one
 * email, and hand it to the provider after answering, so their timing matches too.
 */
export type SignUpResult = { ok: true; email: string; kind: "created" | "existing" | "honeypot" } | Throttled | Invalid;

export async function signUp(input: {
  email: string;
  password: string;
  honeypot: string;
  ip: string;
}): Promise<SignUpResult> {
  const parsed = parseEmail(input.email);
  if (input.honeypot.trim() !== "") return { ok: true, kind: "honeypot", email: parsed.ok ? parsed.email : "" };
  const limited = throttled(await checkThrottle([keys.signupIp(input.ip)]));
  if (limited) return limited;

  const fieldErrors: AccountFieldErrors = {};
  if (!parsed.ok) fieldErrors.email = parsed.message;
  const weak = passwordProblem(input.password, parsed.ok ? parsed.email : undefined);
  if (weak) fieldErrors.password = weak;
  if (!parsed.ok || weak) return { ok: false, reason: "invalid", fieldErrors };
  const email = parsed.email;

  const reserved = throttled(await takeAttempts([[keys.signupIp(input.ip), POLICIES.signupIp]]));
  if (reserved) return reserved;
  // Hash before looking up, so both paths do the same work.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return existingAccountSignUp(existing);
  try {
    // The account, its first verification and their email in one write, as the other path
    // makes one (its note): the same cost either way. Delivery waits for the answer.
    const verification = newVerification();
    const [, stored] = await db.$transaction([
      db.user.create({ data: { email, passwordHash, emailVerifications: { create: verification.row } } }),
      db.outboxEmail.create({ data: await outboxRow(verificationEmail(email, verification)) }),
    ]);
    deliverStoredInBackground(stored);
    return { ok: true, kind: "created", email };
  } catch (error) {
    // A double-clicked form: the first request created the account.
    if ((error as { code?: string }).code === "P2002") {
      const raced = await db.user.findUniqueOrThrow({ where: { email } });
      return existingAccountSignUp(raced);
    }
    throw error;
  }
}

async function existingAccountSignUp(user: { id: string; email: string }): Promise<SignUpResult> {
  // At most one such note an hour (a double-clicked form, or someone trying again and again).
  const hour = new Date().toISOString().slice(0, 13);
  await sendEmail({
    to: user.email,
    template: "signup-existing-account",
    props: { loginUrl: link("/login"), forgotPasswordUrl: link("/forgot-password") },
    idempotencyKey: `signup-existing:${user.id}:${hour}`,
    deliverInBackground: true,
  });
  return { ok: true, kind: "existing", email: user.email };
}

/** Replaces any open verification of the user with a new code and link, and emails them. */
export async function sendVerification(userId: string, email: string): Promise<void> {
  const verification = newVerification();
  await db.$transaction([
    db.emailVerification.deleteMany({ where: { userId, usedAt: null } }),
    db.emailVerification.create({ data: { userId, ...verification.row } }),
  ]);
  await emailVerification(email, verification);
}

/** A code and link, and the row that keeps their hashes (its id is chosen here, since the code's hash includes it). */
function newVerification() {
  const code = newSixDigitCode();
  const token = newLinkToken();
  const id = newLinkToken();
  const row = {
    id,
    codeHash: hashCode(id, code),
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS),
  };
  return { code, token, row };
}

async function emailVerification(email: string, verification: ReturnType<typeof newVerification>): Promise<void> {
  await sendEmail({ ...verificationEmail(email, verification), deliverInBackground: true });
}

function verificationEmail(email: string, { code, token, row }: ReturnType<typeof newVerification>): SendEmailInput {
  return {
    to: email,
    template: "verify-email",
    props: { code, verifyUrl: link(`/verify-email?token=${token}`), expiresInMinutes: VERIFICATION_TTL_MS / 60_000 },
    idempotencyKey: `verify:${row.id}`,
  };
}

export type ResendResult = { ok: true } | { ok: false; reason: "already_verified" } | Throttled;

export async function resendVerification(user: {
  id: string;
  email: string;
  emailVerifiedAt: Date | null;
}): Promise<ResendResult> {
  if (user.emailVerifiedAt) return { ok: false, reason: "already_verified" };
  const limited = throttled(await takeAttempts([[keys.verifyResend(user.id), POLICIES.verifyResend]]));
  if (limited) return limited;
  await sendVerification(user.id, user.email);
  return { ok: true };
}

/**
 * "Send a new code" from a pending sign-up (see pending-signup.server.ts): a new code for
 * a new account; for an address whose account is verified, the same answer, throttled
 * the same way, and the hourly note again (usually already sent, so nothing goes out).
 */
export async function resendPendingSignup(email: string): Promise<{ ok: true } | Throttled> {
  const limited = throttled(await takeAttempts([[keys.verifyResendByEmail(email), POLICIES.verifyResend]]));
  if (limited) return limited;
  const user = await db.user.findUnique({ where: { email } });
  if (user && !user.emailVerifiedAt) await sendVerification(user.id, user.email);
  else if (user) await existingAccountSignUp(user);
  return { ok: true };
}

export type PendingVerifyResult =
  | { ok: true; userId: string; cookie: string }
  | { ok: false; reason: "malformed" | "invalid" | "expired" | "too_many_attempts"; message: string }
  | Throttled;

/**
 * The code from a pending sign-up: a right one verifies the account and signs it in (it
 * proves the inbox, as a reset link does). An address with no open verification (its
 * account is verified, or there is none) answers exactly as a wrong code does.
 */
export async function verifyPendingSignup(email: string, rawCode: string): Promise<PendingVerifyResult> {
  if (!/^\d{6}$/.test(rawCode.replace(/[\s-]+/g, ""))) return verifyByCodeMalformed();
  const limited = throttled(await takeAttempts([[keys.verifyCodeByEmail(email), POLICIES.verifyCode]]));
  if (limited) return limited;
  const user = await db.user.findUnique({ where: { email } });
  const result = user && !user.emailVerifiedAt ? await verifyByCode(user.id, rawCode) : WRONG_CODE;
  if (!result.ok) return result;
  await clearThrottle([keys.verifyCodeByEmail(email)]);
  return { ok: true, userId: result.userId, cookie: await createSession(result.userId) };
}

export type VerifyResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "malformed" | "invalid" | "expired" | "too_many_attempts"; message: string }
  | Throttled;

const WRONG_CODE = {
  ok: false,
  reason: "invalid",
  message: "That code is not right. Check the latest email we sent and try again.",
} as const;

function verifyByCodeMalformed() {
  return { ok: false, reason: "malformed", message: "Enter the 6 digits from the email we sent you." } as const;
}

export async function verifyByCode(userId: string, rawCode: string): Promise<VerifyResult> {
  const code = rawCode.replace(/[\s-]+/g, "");
  // Only a guess that could be right uses up an attempt: a typo such as an empty field or a letter does not.
  if (!/^\d{6}$/.test(code)) return verifyByCodeMalformed();
  const limited = throttled(await takeAttempts([[keys.verifyCode(userId), POLICIES.verifyCode]]));
  if (limited) return limited;
  const record = await db.emailVerification.findFirst({
    where: { userId, usedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!record || record.expiresAt.getTime() <= Date.now()) {
    await releaseAttempt(keys.verifyCode(userId));
    return { ok: false, reason: "expired", message: "That code has expired. Send yourself a new one below." };
  }
  // Each guess takes one of the record's attempts in one conditional statement, so
  // concurrent guesses cannot share an attempt; the record is spent after a few wrong
  // guesses, so a 6-digit code cannot be brute-forced.
  const took = await db.emailVerification.updateMany({
    where: { id: record.id, usedAt: null, attempts: { lt: VERIFICATION_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (took.count === 0) {
    return { ok: false, reason: "too_many_attempts", message: "Too many wrong codes. Send yourself a new code below." };
  }
  if (hashCode(record.id, code) !== record.codeHash) {
    const { attempts } = await db.emailVerification.findUniqueOrThrow({
      where: { id: record.id },
      select: { attempts: true },
    });
    if (attempts >= VERIFICATION_MAX_ATTEMPTS) {
      await db.emailVerification.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: new Date() } });
      return {
        ok: false,
        reason: "too_many_attempts",
        message: "Too many wrong codes. Send yourself a new code below.",
      };
    }
    return WRONG_CODE;
  }
  await markVerified(record.id, userId);
  await clearThrottle([keys.verifyCode(userId)]);
  return { ok: true, userId };
}

export type LinkVerifyResult =
  { ok: true; userId: string } | { ok: false; reason: "invalid" | "expired"; message: string };

export async function verifyByToken(token: string): Promise<LinkVerifyResult> {
  if (token.length < 20 || token.length > 200) {
    return {
      ok: false,
      reason: "invalid",
      message: "This verification link is not valid. Sign in and send yourself a new one.",
    };
  }
  const record = await db.emailVerification.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.usedAt) {
    return {
      ok: false,
      reason: "invalid",
      message:
        "This verification link has already been used or replaced. Sign in and send yourself a new one if you still need it.",
    };
  }
  if (record.expiresAt.getTime() <= Date.now()) {
    return {
      ok: false,
      reason: "expired",
      message: "This verification link has expired. Sign in and send yourself a new one.",
    };
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
  // Each attempt is counted before its password is checked (see takeAttempts), so that
  // concurrent guesses cannot all pass one check.
  const limited = throttled(
    await takeAttempts([
      [accountKey, POLICIES.loginAccount],
      [ipKey, POLICIES.loginIp],
    ]),
  );
  if (limited) return limited;

  const user =
    parsed.ok && input.password.length <= 4096 ? await db.user.findUnique({ where: { email: parsed.email } }) : null;
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password.slice(0, 4096));
  if (!user || !valid) return { ok: false, reason: "invalid_credentials" };
  // A success counts against neither: the account's count starts again, the network's attempt is given back.
  await clearThrottle([accountKey]);
  await releaseAttempt(ipKey);
  return { ok: true, cookie: await createSession(user.id) };
}

// ---------------------------------------------------------------- password reset and change

export type ResetRequestResult = { ok: true } | Throttled;

/** Answers the same whether or not the account exists. */
export async function requestPasswordReset(input: { email: string; ip: string }): Promise<ResetRequestResult> {
  const parsed = parseEmail(input.email);
  const accountKey = keys.resetAccount(parsed.ok ? parsed.email : input.email.slice(0, 300));
  const limited = throttled(
    await takeAttempts([
      [accountKey, POLICIES.resetAccount],
      [keys.resetIp(input.ip), POLICIES.resetIp],
    ]),
  );
  if (limited) return limited;
  const user = parsed.ok ? await db.user.findUnique({ where: { email: parsed.email } }) : null;
  // The answer waits for the same work with or without an account (the throttle and the
  // lookup); what only an account gets (the reset row and its email, two writes) is done
  // after the answer, so its time does not tell the account apart. Lost if the process stops
  // in between: the user sees no email and asks again.
  if (user) afterAnswer("password reset email not stored", () => sendResetLink(user));
  return { ok: true };
}

async function sendResetLink(user: { id: string; email: string }): Promise<void> {
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
}

export type ResetTokenCheck = { ok: true; userId: string; resetId: string } | { ok: false; message: string };

export async function checkResetToken(token: string): Promise<ResetTokenCheck> {
  const invalid = {
    ok: false as const,
    message: "This reset link is not valid any more: it was used, replaced or has expired. Ask for a new one below.",
  };
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
    const { count } = await tx.passwordReset.updateMany({
      where: { id: check.resetId, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 0) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    return true;
  });
  if (!claimed)
    return {
      ok: false,
      reason: "bad_token",
      message: "This reset link has already been used. Ask for a new one below.",
    };
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
      where: {
        key: {
          in: [
            keys.loginAccount(user.email),
            keys.resetAccount(user.email),
            keys.verifyCode(user.id),
            keys.verifyResend(user.id),
          ],
        },
      },
    }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  return { ok: true };
}
