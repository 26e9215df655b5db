import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { INVALID_LOGIN_MESSAGE, logIn } from "~/auth/accounts.server";
import { redirectIfSignedIn } from "~/auth/guards.server";
import { safeRedirectPath } from "~/auth/redirect";
import { logInForm } from "~/auth/schemas";
import { readForm } from "~/http/form";
import { describeWait } from "~/auth/throttle-policy";
import { forwardDataHeaders } from "~/http/headers";
import { FormMessage, PageHeading, SubmitButton, TextField } from "~/ui/forms";
import { retryAfter } from "~/http/retry-after";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Sign in · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  await redirectIfSignedIn(request, safeRedirectPath(url.searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = logInForm.parse(await readForm(request));
  const result = await logIn({ email: form.email, password: form.password, ip: context.clientIp });
  if (result.ok) {
    return redirect(safeRedirectPath(form.redirectTo), { headers: { "Set-Cookie": result.cookie } });
  }
  const email = form.email.slice(0, 254);
  if (result.reason === "throttled") {
    return data(
      {
        email,
        formError: `Too many attempts. For your security, wait ${describeWait(result.retryAfterSeconds)} and try again, or reset your password.`,
      },
      { status: 429, headers: retryAfter(result.retryAfterSeconds) },
    );
  }
  return data({ email, formError: INVALID_LOGIN_MESSAGE }, { status: 401 });
}

export default function LogIn() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Sign in" />
      <Form method="post" className="space-y-5" noValidate>
        {params.get("passwordChanged") && !result ? (
          <FormMessage kind="success">
            Your password was changed and every session was signed out. Sign in with your new password.
          </FormMessage>
        ) : null}
        {result?.formError ? <FormMessage kind="error">{result.formError}</FormMessage> : null}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={result?.email} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </Form>
      <p className="mt-6 text-sm text-stone-700">
        <Link to="/forgot-password">Forgot your password?</Link> · New here?{" "}
        <Link to={`/signup${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`}>
          Create an account
        </Link>
        .
      </p>
    </div>
  );
}
