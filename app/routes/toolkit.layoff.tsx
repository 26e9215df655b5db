import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireAccess } from "~/billing/access.server";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { FormMessage, PageHeading } from "~/ui/forms";
import { prefillFromDocument } from "~/documents/prefill.server";
import { forwardDataHeaders } from "~/http/headers";
import { EMPTY_LAYOFF_FORM, postedLayoffValues, savedLayoffValues, toneParam } from "~/layoff/ui/form-values";
import { LayoffFormFields } from "~/layoff/ui/LayoffFormFields";
import { StreamingForm } from "~/layoff/ui/StreamingForm";
import { type LayoffField, parseLayoffForm } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { writerDeps } from "~/writer/generate.server";
import { writeAndSaveDocument } from "~/writer/save.server";
import { retryAfter } from "~/http/retry-after";
import type { FieldErrors } from "~/http/form";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Layoff-explanation writer · Career Recovery Toolkit" }];

const PREFILLED = "Filled in from your saved explanation. Change anything you like, then write it again.";
const NOT_PREFILLED = "That document isn't one of your layoff explanations, so the form starts empty.";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const saved = await prefillFromDocument(request, user.id, "layoff_explanation", (doc) =>
    savedLayoffValues(doc.input),
  );
  const values = saved.values ?? EMPTY_LAYOFF_FORM;
  const tone = toneParam(new URL(request.url).searchParams.get("tone"));
  return {
    values: tone ? { ...values, tone } : values,
    notice: !saved.requested ? null : saved.values ? PREFILLED : NOT_PREFILLED,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const form = await request.formData();
  const values = postedLayoffValues(form);
  const parsed = parseLayoffForm(form, new Date());
  if (!parsed.ok) return data({ values, fieldErrors: parsed.fieldErrors, formError: null }, { status: 400 });

  const result = await writeAndSaveDocument(writerDeps(), layoffExplanationSpec, {
    userId: user.id,
    input: parsed.input,
    signal: context.clientGone,
  });
  if (result.ok) return redirect(`/documents/${result.documentId}`, 303);
  const noFieldErrors: FieldErrors<LayoffField> = {};
  if (result.reason === "over_quota") {
    return data(
      { values, fieldErrors: noFieldErrors, formError: result.message },
      { status: 429, headers: retryAfter(result.resetsAt) },
    );
  }
  // Aborted: the browser has gone, so this answer is for the logs only.
  return data({ values, fieldErrors: noFieldErrors, formError: result.message }, { status: 400 });
}

export default function LayoffWriter() {
  const loaded = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  // A new ?from= or ?tone= fills the fields afresh; a failed post keeps what was typed.
  const { search } = useLocation();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeading title="Layoff-explanation writer">
        Short, honest words about how your last job ended: an interview answer, a cover-letter line, a LinkedIn post and
        headline, and a resume gap line. They state only the facts you give here.
      </PageHeading>
      {loaded.notice ? <FormMessage kind="info">{loaded.notice}</FormMessage> : null}
      <StreamingForm action="/toolkit/layoff" streamAction="/toolkit/layoff/stream" submitLabel="Write my explanation">
        {(answerIsStale) => {
          const answer = answerIsStale ? undefined : posted;
          return (
            <>
              {answer?.formError ? <FormMessage kind="error">{answer.formError}</FormMessage> : null}
              <ErrorSummary errors={answer?.fieldErrors ?? {}} id="layoff-error-summary" groups={["since"]} />
              <LayoffFormFields
                key={search}
                values={posted?.values ?? loaded.values}
                errors={answer?.fieldErrors ?? {}}
              />
            </>
          );
        }}
      </StreamingForm>
    </div>
  );
}
