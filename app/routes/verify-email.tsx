import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  resendPendingSignup,
  resendVerification,
  verifyByCode,
  verifyByToken,
  verifyPendingSignup,
} from "~/auth/accounts.server";
import { clearedPendingSignupCookie, readPendingSignup } from "~/auth/pending-signup.server";
import { safeRedirectPath } from "~/auth/redirect";
import { codeForm } from "~/auth/schemas";
import { readForm } from "~/http/form";
import { getSession } from "~/auth/session.server";
import { describeWait } from "~/auth/throttle-policy";
import { forwardDataHeaders } from "~/http/headers";
import { FormMessage, PageHeading, SubmitButton, TextField } from "~/ui/forms";
import { retryAfter } from "~/http/retry-after";
import { accessFor } from "~/billing/access.server";
import { config } from "~/config.server";
import { formatMoney } from "~/format";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Verify your email · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const next = safeRedirectPath(url.searchParams.get("redirectTo"), "/pricing");
  const token = url.searchParams.get("token");
  const session = await getSession(request);
  if (token) {
    const result = await verifyByToken(token);
    if (result.ok)
      return {
        state: "verified" as const,
        next: await nextStep(next, session?.user.id),
        signedIn: session !== null,
        message: null,
      };
    return data(
      { state: "link_failed" as const, next, signedIn: session !== null, message: result.message },
      { status: 400 },
    );
  }
  if (!session) {
    const pending = readPendingSignup(request);
    if (pending) return { state: "enter_code" as const, next, signedIn: false, message: null, email: pending };
    return { state: "check_inbox" as const, next, signedIn: false, message: null };
  }
  if (session.user.emailVerifiedAt) {
    return {
      state: "already_verified" as const,
      next: await nextStep(next, session.user.id),
      signedIn: true,
      message: null,
    };
  }
  return { state: "enter_code" as const, next, signedIn: true, message: null, email: session.user.email };
}

type NextStep = { kind: "buy"; price: string } | { kind: "toolkit" } | { kind: "continue"; path: string };

/** What a newly verified person most likely wants: to finish buying when they came from pricing. */
async function nextStep(next: string, userId: string | undefined): Promise<NextStep> {
  if (next !== "/pricing" || !userId) return { kind: "continue", path: next };
  if ((await accessFor(userId)).state === "active") return { kind: "toolkit" };
  const { price } = config();
  return { kind: "buy", price: formatMoney(price.cents, price.currency) };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const pending = session ? null : readPendingSignup(request);
  if (!session && !pending) throw redirect(`/login?redirectTo=${encodeURIComponent("/verify-email")}`);
  const form = await readForm(request);
  const next = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/pricing");
  if (form.intent === "resend") {
    const result = session ? await resendVerification(session.user) : await resendPendingSignup(pending!);
    if (result.ok) return { sent: true, error: null };
    if (result.reason === "already_verified") return redirect(next);
    return data(
      {
        sent: false,
        error: `We just sent a code. You can ask for another in ${describeWait(result.retryAfterSeconds)}.`,
      },
      { status: 429, headers: retryAfter(result.retryAfterSeconds) },
    );
  }
  const { code } = codeForm.parse(form);
  const result = session ? await verifyByCode(session.user.id, code) : await verifyPendingSignup(pending!, code);
  if (result.ok) {
    const headers = new Headers();
    // A pending sign-up's right code signs the new account in.
    if ("cookie" in result && typeof result.cookie === "string") {
      headers.append("Set-Cookie", result.cookie);
      headers.append("Set-Cookie", clearedPendingSignupCookie());
    }
    return redirect(`/verify-email?redirectTo=${encodeURIComponent(next)}`, { headers });
  }
  if (result.reason === "throttled") {
    return data(
      { sent: false, error: `Too many wrong codes. Try again in ${describeWait(result.retryAfterSeconds)}.` },
      { status: 429, headers: retryAfter(result.retryAfterSeconds) },
    );
  }
  return data({ sent: false, error: result.message }, { status: 400 });
}

const PRIMARY_LINK =
  "inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800";

export default function VerifyEmail() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (page.state === "verified" || page.state === "already_verified") {
    const next = page.next;
    const path = next.kind === "continue" ? next.path : next.kind === "toolkit" ? "/toolkit" : "/pricing";
    return (
      <div className="mx-auto max-w-md">
        <PageHeading title="Your email is verified" />
        <FormMessage kind="success">Thank you. Your account is ready.</FormMessage>
        {!page.signedIn ? (
          <p className="mt-6">
            <Link to={`/login?redirectTo=${encodeURIComponent(path)}`} className={PRIMARY_LINK}>
              Sign in to continue
            </Link>
          </p>
        ) : next.kind === "buy" ? (
          <div className="mt-6 space-y-3">
            <h2 className="text-xl font-semibold">Next: lifetime access</h2>
            <p className="text-stone-700">
              One payment of {next.price} opens all four tools for good. A full refund within 14 days, from your account
              page, if the toolkit does not help you.
            </p>
            <Form method="post" action="/checkout">
              <SubmitButton pendingText="Opening checkout…">Buy lifetime access for {next.price}</SubmitButton>
            </Form>
            <p className="text-sm text-stone-700">
              Not yet? <Link to="/pricing">Read what is included</Link> first.
            </p>
          </div>
        ) : (
          <p className="mt-6">
            <Link to={path} className={PRIMARY_LINK}>
              {next.kind === "toolkit" ? "Open the toolkit" : "Continue"}
            </Link>
          </p>
        )}
      </div>
    );
  }
  if (page.state === "link_failed" || page.state === "check_inbox") {
    return (
      <div className="mx-auto max-w-md">
        <PageHeading title="Check your email" />
        {page.message ? <FormMessage kind="error">{page.message}</FormMessage> : null}
        <p className="mt-4 text-stone-700">
          If that address can be used, we have sent it an email. Open the link in it, or sign in and enter the 6-digit
          code. If you already have an account, <Link to="/login">sign in</Link> or{" "}
          <Link to="/forgot-password">reset your password</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Verify your email">
        We sent a 6-digit code and a link to <strong>{page.email}</strong>. Enter the code, or open the link.
      </PageHeading>
      <Form method="post" className="space-y-5" noValidate>
        {result?.error ? <FormMessage kind="error">{result.error}</FormMessage> : null}
        {result?.sent ? (
          <FormMessage kind="success">We sent you a new code. Earlier codes no longer work.</FormMessage>
        ) : null}
        <TextField
          label="6-digit code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          required
        />
        <SubmitButton name="intent" value="code" pendingText="Checking…">
          Verify email
        </SubmitButton>
      </Form>
      <Form method="post" className="mt-6">
        <p className="text-sm text-stone-700">No email after a few minutes? Check your spam folder, or</p>
        <div className="mt-2">
          <SubmitButton name="intent" value="resend" variant="secondary" pendingText="Sending…">
            Send a new code
          </SubmitButton>
        </div>
      </Form>
    </div>
  );
}
