import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { findOutboxEmail, outboxIsReadable } from "~/email/outbox.server";
import { splitTextLinks } from "~/email/text-links";
import { formatDateTime } from "~/format";

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: `${loaded?.email.subject ?? "Email"} · Outbox · Career Recovery Toolkit` },
  { name: "robots", content: "noindex" },
];

export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export async function loader({ params, context }: LoaderFunctionArgs) {
  if (!outboxIsReadable(context.clientIp)) throw data("Not found", { status: 404 });
  const email = await findOutboxEmail(params.id ?? "");
  if (!email) throw data("Not found", { status: 404 });
  const { html: _html, ...shown } = email;
  return { email: shown };
}

export default function OutboxEmailPage() {
  const { email } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="email-subject" className="space-y-6">
      <p>
        <Link to="/dev/outbox">All emails</Link>
      </p>
      <h1 id="email-subject" className="text-3xl font-semibold">
        {email.subject}
      </h1>

      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <Field label="To">{email.to}</Field>
        <Field label="Template">
          <span className="font-mono">{email.template}</span>
        </Field>
        <Field label="Status">
          {email.status}
          {email.attempts > 1 ? ` after ${email.attempts} attempts` : ""}
        </Field>
        {email.lastError ? <Field label="Last error">{email.lastError}</Field> : null}
        <Field label="Created">{formatDateTime(email.createdAt)}</Field>
        {email.sentAt ? <Field label="Sent">{formatDateTime(email.sentAt)}</Field> : null}
      </dl>

      <section aria-labelledby="text-part" className="space-y-2">
        <h2 id="text-part" className="text-xl font-semibold">
          Plain-text part
        </h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded border border-stone-200 bg-white p-4 font-mono text-sm">
          {splitTextLinks(email.text).map((segment, i) =>
            segment.href ? (
              <a key={i} href={segment.href}>
                {segment.text}
              </a>
            ) : (
              segment.text
            ),
          )}
        </pre>
      </section>

      <section aria-labelledby="html-part" className="space-y-2">
        <h2 id="html-part" className="text-xl font-semibold">
          HTML part
        </h2>
        <p className="text-stone-700">
          <a href={`/dev/outbox/${email.id}/html`}>Open the HTML part</a>, served on its own in a sandbox without
          scripts.
        </p>
      </section>
    </article>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
