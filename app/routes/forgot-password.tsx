import { type ActionFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "~/auth/accounts.server";
import { emailForm } from "~/auth/schemas";
import { readForm } from "~/http/form";
import { describeWait } from "~/auth/throttle-policy";
import { forwardDataHeaders } from "~/http/headers";
import { FormMessage, PageHeading, SubmitButton, TextField } from "~/ui/forms";
import { retryAfter } from "~/http/retry-after";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Reset your password · Career Recovery Toolkit" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const { email } = emailForm.parse(await readForm(request));
  const result = await requestPasswordReset({ email, ip: context.clientIp });
  if (result.ok) return { sent: true, error: null };
  return data(
    { sent: false, error: `Too many reset requests. Try again in ${describeWait(result.retryAfterSeconds)}.` },
    { status: 429, headers: retryAfter(result.retryAfterSeconds) },
  );
}

export default function ForgotPassword() {
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Reset your password">
        Enter the email address of your account. We will send you a link to choose a new password.
      </PageHeading>
      {result?.sent ? (
        <FormMessage kind="success">
          If an account uses that address, we have sent it a reset link. It works once, for one hour. Check your spam
          folder if it does not arrive.
        </FormMessage>
      ) : (
        <Form method="post" className="space-y-5" noValidate>
          {result?.error ? <FormMessage kind="error">{result.error}</FormMessage> : null}
          <TextField label="Email" name="email" type="email" autoComplete="email" required />
          <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
        </Form>
      )}
      <p className="mt-6 text-sm">
        <Link to="/login">Back to sign in</Link>
      </p>
    </div>
  );
}
