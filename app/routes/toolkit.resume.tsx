import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireAccess } from "~/billing/access.server";
import { retryAfter } from "~/http/retry-after";
import { FormMessage, PageHeading } from "~/ui/forms";
import { prefillFromDocument } from "~/documents/prefill.server";
import type { OwnDocument } from "~/documents/store.server";
import { forwardDataHeaders } from "~/http/headers";
import { ResumeUploadForm, type ResumeFormValues } from "~/resume/ui/ResumeUploadForm";
import { readSavedScan, readScanInput } from "~/resume/saved-scan";
import { JOB_DESCRIPTION_MAX_CHARS } from "~/resume/scan.server";
import { scanAndSaveUpload } from "~/resume/upload.server";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Resume scanner · Career Recovery Toolkit" }];

const NOT_YOUR_SCAN = "That document isn't one of your resume scans, so this will be a new scan without a comparison.";

/** `?from=`: the user's own earlier scan, to compare a new version with. */
function previousScan(document: OwnDocument) {
  if (!readSavedScan(document.output)) return null;
  const input = readScanInput(document.input);
  return {
    id: document.id,
    title: document.title,
    values: { jobDescription: input.jobDescription, targetRole: input.targetRole, previousDocumentId: document.id },
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const { requested, values: previous } = await prefillFromDocument(request, user.id, "resume_scan", previousScan);
  const empty: ResumeFormValues = { jobDescription: "", targetRole: "", previousDocumentId: "" };
  return {
    previous: previous ? { id: previous.id, title: previous.title } : null,
    notice: requested && !previous ? NOT_YOUR_SCAN : null,
    values: previous?.values ?? empty,
    jobDescriptionMaxChars: JOB_DESCRIPTION_MAX_CHARS,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const outcome = await scanAndSaveUpload(request, user.id, context.clientGone);
  if (outcome.ok) return redirect(`/documents/${outcome.documentId}`, 303);
  const headers = outcome.retryAfterSeconds ? retryAfter(outcome.retryAfterSeconds) : undefined;
  return data({ formError: outcome.message, values: outcome.fields }, { status: outcome.status, headers });
}

export default function ResumeScanner() {
  const loaded = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeading title="Resume scanner">
        See what an applicant tracking system reads from your resume, a score that explains every point, and how to fix
        what costs you. Add a job description to see how well you match it.
      </PageHeading>
      {loaded.previous ? (
        <section
          aria-labelledby="compare-heading"
          className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-900"
        >
          <h2 id="compare-heading" className="font-semibold">
            Compare with your previous scan
          </h2>
          <p className="mt-1 text-sm">
            Upload the new version: its report will show what changed since “{loaded.previous.title}”. Any job
            description and target role from that scan are filled in below.
          </p>
        </section>
      ) : null}
      {loaded.notice ? <FormMessage kind="info">{loaded.notice}</FormMessage> : null}
      <ResumeUploadForm
        values={posted?.values ?? loaded.values}
        serverError={posted?.formError ?? null}
        jobDescriptionMaxChars={loaded.jobDescriptionMaxChars}
      />
    </div>
  );
}
