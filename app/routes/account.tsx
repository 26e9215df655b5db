import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { changePassword, deleteAccount } from "~/auth/accounts.server";
import { requireUser } from "~/auth/guards.server";
import { changePasswordForm, deleteAccountForm } from "~/auth/schemas";
import { readForm } from "~/http/form";
import { clearedSessionCookie, invalidateUserSessions } from "~/auth/session.server";
import { FormMessage, PageHeading, SubmitButton, TextField } from "~/ui/forms";
import { listPurchases } from "~/billing/purchases.server";
import { PURCHASE_STATUS } from "~/billing/ui/purchase-status";
import { formatDate, formatMoney } from "~/format";
import type { FieldErrors } from "~/http/form";

export const meta: MetaFunction = () => [{ title: "Your account · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const purchases = await listPurchases(user.id);
  return { email: user.email, verifiedAt: user.emailVerifiedAt?.toISOString() ?? null, purchases };
}

type ActionResult = {
  intent: string;
  done?: string;
  fieldErrors?: FieldErrors<"currentPassword" | "newPassword" | "password" | "confirm">;
};

export async function action({ request }: ActionFunctionArgs) {
  const { user, sessionId } = await requireUser(request);
  const form = await readForm(request);
  switch (form.intent) {
    case "change-password": {
      const input = changePasswordForm.parse(form);
      const result = await changePassword({ userId: user.id, sessionId, ...input });
      if (!result.ok)
        return data<ActionResult>({ intent: form.intent, fieldErrors: result.fieldErrors }, { status: 400 });
      return {
        intent: form.intent,
        done: "Your password was changed. Other devices were signed out.",
      } satisfies ActionResult;
    }
    case "sign-out-everywhere": {
      await invalidateUserSessions(user.id);
      return redirect("/login", { headers: { "Set-Cookie": clearedSessionCookie() } });
    }
    case "delete-account": {
      const input = deleteAccountForm.parse(form);
      if (input.confirm.trim().toLowerCase() !== "delete") {
        return data<ActionResult>(
          { intent: form.intent, fieldErrors: { confirm: 'Type "delete" to confirm.' } },
          { status: 400 },
        );
      }
      const result = await deleteAccount(user.id, input.password);
      if (!result.ok)
        return data<ActionResult>({ intent: form.intent, fieldErrors: result.fieldErrors }, { status: 400 });
      return redirect("/?account=deleted", { headers: { "Set-Cookie": clearedSessionCookie() } });
    }
    default:
      return data<ActionResult>({ intent: "unknown" }, { status: 400 });
  }
}

export default function Account() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const errorsFor = (intent: string) => (result?.intent === intent ? (result.fieldErrors ?? {}) : {});
  return (
    <div className="space-y-10">
      <PageHeading title="Your account" />

      <section aria-labelledby="profile-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="profile-title" className="text-xl font-semibold">
          Email
        </h2>
        <p className="mt-2">{page.email}</p>
        <p className="mt-1 text-sm text-stone-700">
          {page.verifiedAt ? (
            <>Verified on {formatDate(page.verifiedAt)}.</>
          ) : (
            <>
              Not verified yet. <Link to="/verify-email">Verify your email</Link> to buy lifetime access.
            </>
          )}
        </p>
      </section>

      <section aria-labelledby="purchases-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="purchases-title" className="text-xl font-semibold">
          Purchases
        </h2>
        {page.purchases.length === 0 ? (
          <p className="mt-2 text-stone-700">
            No purchases yet. <Link to="/pricing">Lifetime access</Link> is one payment.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-100">
            {page.purchases.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <span>
                  {formatDate(p.createdAt)}: {formatMoney(p.amountCents, p.currency)},{" "}
                  {PURCHASE_STATUS[p.status] ?? p.status}
                  {p.provider === "local" ? " (simulated, local mode)" : ""}
                </span>
                <Link to={`/account/purchases/${p.id}`}>Receipt{p.status === "paid" ? " and refund" : ""}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="password-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="password-title" className="text-xl font-semibold">
          Change password
        </h2>
        <Form method="post" className="mt-4 max-w-md space-y-4" noValidate>
          {result?.intent === "change-password" && result.done ? (
            <FormMessage kind="success">{result.done}</FormMessage>
          ) : null}
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={errorsFor("change-password").currentPassword}
          />
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            error={errorsFor("change-password").newPassword}
          />
          <SubmitButton name="intent" value="change-password" pendingText="Saving…">
            Change password
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="export-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="export-title" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="mt-2 text-stone-700">
          <a href="/account/export">Download everything</a>: your account, purchases and every document, as one JSON
          file. Uploaded resume PDFs are not kept; only the text read from them is, inside each scan.
        </p>
      </section>

      <section aria-labelledby="sessions-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="sessions-title" className="text-xl font-semibold">
          Sign out everywhere
        </h2>
        <p className="mt-2 text-stone-700">Ends every session of your account, on this device and all others.</p>
        <Form method="post" className="mt-4">
          <SubmitButton name="intent" value="sign-out-everywhere" variant="secondary">
            Sign out everywhere
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="delete-title" className="rounded-lg border border-red-200 bg-white p-6">
        <h2 id="delete-title" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p className="mt-2 text-stone-700">
          Deletes your account, every document you created and every email we sent you, at once and for good. Records of
          purchases are kept without your account, because tax law requires it.
        </p>
        <Form method="post" className="mt-4 max-w-md space-y-4" noValidate>
          <TextField
            label="Your password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errorsFor("delete-account").password}
          />
          <TextField
            label='Type "delete" to confirm'
            name="confirm"
            required
            error={errorsFor("delete-account").confirm}
          />
          <SubmitButton name="intent" value="delete-account" variant="danger" pendingText="Deleting…">
            Delete my account
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}
