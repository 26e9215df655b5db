import {
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { checkResetToken, resetPassword } from "~/auth/accounts.server";
import { resetForm } from "~/auth/schemas";
import { readForm } from "~/http/form";
import { clearedSessionCookie } from "~/auth/session.server";
import { FormMessage, PageHeading, SubmitButton, TextField } from "~/ui/forms";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Career Recovery Toolkit" }];

// The token is in this page's address: never send it onward in a Referer.
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const check = await checkResetToken(token);
  // The token travels in the page address only until the page loads; the form carries it on.
  return data(
    { token: check.ok ? token : "", problem: check.ok ? null : check.message },
    { status: check.ok ? 200 : 400, headers: { "Referrer-Policy": "no-referrer" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = resetForm.parse(await readForm(request));
  const result = await resetPassword(form.token, form.password);
  if (result.ok) {
    // Every session ended, including this browser's: ask them to sign in with the new password.
    return redirect("/login?passwordChanged=1", { headers: { "Set-Cookie": clearedSessionCookie() } });
  }
  if (result.reason === "bad_token") return data({ problem: result.message, fieldError: null }, { status: 400 });
  return data({ problem: null, fieldError: result.fieldErrors.password ?? null }, { status: 400 });
}

export default function ResetPassword() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const problem = result?.problem ?? page.problem;
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Choose a new password" />
      {problem ? (
        <>
          <FormMessage kind="error">{problem}</FormMessage>
          <p className="mt-6">
            <Link to="/forgot-password">Ask for a new reset link</Link>
          </p>
        </>
      ) : (
        <Form method="post" className="space-y-5" noValidate>
          <input type="hidden" name="token" value={page.token} />
          <TextField
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint="At least 8 characters. A phrase of a few words is strong and easy to remember."
            error={result?.fieldError ?? undefined}
          />
          <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
        </Form>
      )}
    </div>
  );
}
