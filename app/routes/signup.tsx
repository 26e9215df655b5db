import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { signUp } from "~/auth/accounts.server";
import { redirectIfSignedIn } from "~/auth/guards.server";
import { pendingSignupCookie } from "~/auth/pending-signup.server";
import { safeRedirectPath } from "~/auth/redirect";
import { signUpForm } from "~/auth/schemas";
import { readForm } from "~/http/form";
import { describeWait } from "~/auth/throttle-policy";
import { forwardDataHeaders } from "~/http/headers";
import { FormMessage, HoneypotField, PageHeading, SubmitButton, TextField } from "~/ui/forms";
import { retryAfter } from "~/http/retry-after";
import type { FieldErrors } from "~/http/form";

type SignUpFieldErrors = FieldErrors<"email" | "password">;

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Create your account · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await redirectIfSignedIn(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = signUpForm.parse(await readForm(request));
  const result = await signUp({
    email: form.email,
    password: form.password,
    honeypot: form.website,
    ip: context.clientIp,
  });
  const next = `/verify-email?redirectTo=${encodeURIComponent(safeRedirectPath(form.redirectTo))}`;
  if (result.ok) {
    // The same answer and cookie whether or not the address has an account (see signUp).
    return redirect(next, { headers: { "Set-Cookie": pendingSignupCookie(result.email) } });
  }
  if (result.reason === "throttled") {
    return data(
      {
        email: form.email.slice(0, 254),
        fieldErrors: {} as SignUpFieldErrors,
        formError: `Too many sign-ups from your network. Try again in ${describeWait(result.retryAfterSeconds)}.`,
      },
      { status: 429, headers: retryAfter(result.retryAfterSeconds) },
    );
  }
  return data(
    { email: form.email.slice(0, 254), fieldErrors: result.fieldErrors as SignUpFieldErrors, formError: null },
    { status: 400 },
  );
}

export default function SignUp() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Create your account">
        Free to create. Buy lifetime access to the toolkit once your email is verified.
      </PageHeading>
      <Form method="post" className="space-y-5" noValidate>
        {result?.formError ? <FormMessage kind="error">{result.formError}</FormMessage> : null}
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={result?.email}
          error={result?.fieldErrors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 8 characters. A phrase of a few words is strong and easy to remember."
          error={result?.fieldErrors.password}
        />
        <HoneypotField />
        <p className="text-sm text-stone-700">
          By creating an account you accept the <Link to="/terms">terms</Link>. The{" "}
          <Link to="/privacy">privacy policy</Link> says what we store and how to delete it.
        </p>
        <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      </Form>
      <p className="mt-6 text-sm text-stone-700">
        Already have an account? <Link to={`/login${params.toString() ? `?${params}` : ""}`}>Sign in</Link>.
      </p>
    </div>
  );
}
