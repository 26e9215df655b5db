import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireAccess } from "~/billing/access.server";
import { FormMessage, PageHeading, SubmitButton } from "~/ui/forms";
import { prefillFromDocument } from "~/documents/prefill.server";
import { forwardDataHeaders } from "~/http/headers";
import { ErrorSummary } from "~/negotiation/ui/ErrorSummary";
import { NegotiationFormFields } from "~/negotiation/ui/NegotiationFormFields";
import { computeNegotiationFromMarket, negotiationFormChoices } from "~/negotiation/compute.server";
import {
  linkedNegotiationValues,
  firstFieldErrors,
  negotiationFormEntries,
  postedNegotiationValues,
  savedNegotiationValues,
  type NegotiationFieldErrors,
} from "~/negotiation/form-values";
import { parseNegotiationForm } from "~/negotiation/schema";
import { negotiationEmailSpec } from "~/negotiation/spec";
import { writerDeps } from "~/writer/generate.server";
import { writeAndSaveDocument } from "~/writer/save.server";
import { retryAfter } from "~/http/retry-after";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Negotiation-email generator · Career Recovery Toolkit" }];

const PREFILLED = "Filled in from your saved negotiation email. Change anything you like, then write it again.";
const NOT_PREFILLED = "That document isn't one of your negotiation emails, so the form starts empty.";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const saved = await prefillFromDocument(request, user.id, "negotiation_email", (doc) =>
    savedNegotiationValues(doc.input),
  );
  const choices = await negotiationFormChoices();
  // A saved document wins; otherwise ?role=&level=&metro= from a public page, each ignored when invalid.
  return {
    choices,
    values: saved.values ?? linkedNegotiationValues(new URL(request.url).searchParams, choices),
    notice: !saved.requested ? null : saved.values ? PREFILLED : NOT_PREFILLED,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const values = postedNegotiationValues(await request.formData());
  const parsed = parseNegotiationForm(negotiationFormEntries(values));
  if (!parsed.ok) {
    return data(
      { values, fieldErrors: firstFieldErrors(parsed), formError: parsed.formErrors[0] ?? null },
      { status: 400 },
    );
  }

  const computation = await computeNegotiationFromMarket(parsed.input, new Date());
  const result = await writeAndSaveDocument(writerDeps(), negotiationEmailSpec, {
    userId: user.id,
    input: computation,
    signal: context.clientGone,
  });
  if (result.ok) return redirect(`/documents/${result.documentId}`, 303);
  const noFieldErrors: NegotiationFieldErrors = {};
  if (result.reason === "over_quota") {
    return data(
      { values, fieldErrors: noFieldErrors, formError: result.message },
      { status: 429, headers: retryAfter(result.resetsAt) },
    );
  }
  // Aborted: the browser has gone, so this answer is for the logs only.
  return data({ values, fieldErrors: noFieldErrors, formError: result.message }, { status: 400 });
}

export default function NegotiationEmailGenerator() {
  const loaded = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  // A new ?from= fills the fields afresh; a failed post keeps what was typed.
  const { search } = useLocation();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeading title="Negotiation-email generator">
        Place your offer against public market data, get a counter the data supports, and an email, a phone script and
        answers to pushback that state exactly those numbers and where they come from.
      </PageHeading>
      {loaded.notice ? <FormMessage kind="info">{loaded.notice}</FormMessage> : null}
      <Form method="post" className="space-y-8" noValidate>
        {posted?.formError ? <FormMessage kind="error">{posted.formError}</FormMessage> : null}
        <ErrorSummary errors={posted?.fieldErrors ?? {}} />
        <NegotiationFormFields
          key={search}
          values={posted?.values ?? loaded.values}
          errors={posted?.fieldErrors ?? {}}
          choices={loaded.choices}
        />
        <SubmitButton pendingText="Writing your email…">Write my negotiation email</SubmitButton>
      </Form>
    </div>
  );
}
