import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listOutboxEmails, outboxIsReadable } from "~/email/outbox.server";
import { formatDateTime } from "~/format";
import { ColumnHeads } from "~/ui/ColumnHeads";

export const meta: MetaFunction = () => [
  { title: "Outbox · Career Recovery Toolkit" },
  { name: "robots", content: "noindex" },
];

export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

const querySchema = z.object({
  to: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!outboxIsReadable(context.clientIp)) throw data("Not found", { status: 404 });
  const { to } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { to, emails: await listOutboxEmails({ to }) };
}

export default function Outbox() {
  const { to, emails } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="outbox-title" className="space-y-6">
      <div>
        <h1 id="outbox-title" className="text-3xl font-semibold">
          Outbox
        </h1>
        <p className="mt-2 max-w-2xl text-stone-700">
          Every email the app has written, newest first. Without a Resend key they stop here instead of being sent. This
          page exists only outside production.
        </p>
      </div>

      <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="outbox-to" className="text-sm font-medium text-stone-800">
            Recipient
          </label>
          <input
            id="outbox-to"
            name="to"
            type="email"
            defaultValue={to ?? ""}
            className="mt-1 w-72 rounded border border-stone-300 bg-white px-3 py-1.5"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800">
          Show
        </button>
        {to ? <Link to="/dev/outbox">Show all</Link> : null}
      </Form>

      {emails.length === 0 ? (
        <p className="text-stone-700">{to ? `No emails to ${to} yet.` : "No emails yet."}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{to ? `Emails to ${to}` : "All emails"}, newest first</caption>
            <thead className="bg-stone-100 text-stone-700">
              <ColumnHeads labels={["Time", "To", "Subject", "Template", "Status"]} className="px-3 py-2 font-medium" />
            </thead>
            <tbody className="divide-y divide-stone-200">
              {emails.map((email) => (
                <tr key={email.id}>
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={new Date(email.createdAt).toISOString()}>{formatDateTime(email.createdAt)}</time>
                  </td>
                  <td className="px-3 py-2">{email.to}</td>
                  <td className="px-3 py-2">
                    <Link to={`/dev/outbox/${email.id}`}>{email.subject}</Link>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{email.template}</td>
                  <td className="px-3 py-2">{email.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
