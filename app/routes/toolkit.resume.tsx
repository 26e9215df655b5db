import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireAccess } from "~/billing/access.server";
import { FormMessage, PageHeading } from "~/components/forms";
import { forwardDataHeaders } from "~/http/headers";
import { ResumeUploadForm, type ResumeFormValues } from "~/resume/client/ResumeUploadForm";
import { readSavedScan, readScanInput } from "~/resume/client/saved-scan";
import { JOB_DESCRIPTION_MAX_CHARS } from "~/resume/scan.server";
import { dropUploadAndRethrow, findOwnResumeScan, scanAndSaveUpload } from "~/resume/upload.server";

export const headers = forwardDataHeaders;

export const meta: MetaFunction = () => [{ title: "Resume scanner · Career Recovery Toolkit" }];

const NOT_YOUR_SCAN = "That document isn't one of your resume scans, so this will be a new scan without a comparison.";

/** `?from=<documentId>`: the user's own earlier scan, to compare a new version with. Any
 *  other id (someone else's, another tool's, malformed) is ignored. */
async function previousScan(userId: string, documentId: string) {
  const document = await findOwnResumeScan(userId, documentId);
  const saved = document ? readSavedScan(document.output) : null;
  if (!document || !saved) return null;
  const input = readScanInput(document.input);
  return {
    id: document.id,
    title: document.title,
    values: { jobDescription: input.jobDescription, targetRole: input.targetRole, previousDocumentId: document.id },
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const from = new URL(request.url).searchParams.get("from");
  const previous = from ? await previousScan(user.id, from) : null;
  const empty: ResumeFormValues = { jobDescription: "", targetRole: "", previousDocumentId: "" };
  return {
    previous: previous ? { id: previous.id, title: previous.title } : null,
    notice: from && !previous ? NOT_YOUR_SCAN : null,
    values: previous?.values ?? empty,
    jobDescriptionMaxChars: JOB_DESCRIPTION_MAX_CHARS,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAccess(request).catch(dropUploadAndRethrow(request));
  const outcome = await scanAndSaveUpload(request, user.id);
  if (outcome.ok) return redirect(`/documents/${outcome.documentId}`, 303);
  return data({ error: outcome.message, fields: outcome.fields }, { status: outcome.status });
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
        <section aria-labelledby="compare-heading" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-900">
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
        values={posted?.fields ?? loaded.values}
        serverError={posted?.error ?? null}
        jobDescriptionMaxChars={loaded.jobDescriptionMaxChars}
      />
    </div>
  );
}
