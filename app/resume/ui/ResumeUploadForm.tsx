// The scanner's upload form, progressively enhanced. Without JavaScript it is a plain
// multipart post to the page's action, which scans, saves and redirects to the report.
// With JavaScript the same form goes to the upload route with XMLHttpRequest, so the page
// can show how much of the file has been sent, then that it is being read and scored,
// then opens the saved report. Answers that are not the upload route's JSON are posted
// again the plain way, so the server renders them as it does without JavaScript.
import { Form, useNavigate, useSubmit } from "@remix-run/react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { TextAreaField } from "~/ui/fields";
import { FormMessage, SubmitButton, TextField } from "~/ui/forms";
import { RESUME_MAX_BYTES, scanFailure } from "../upload.ts";
import { postWithProgress } from "./post-with-progress";

const RESUME_PAGE_ACTION = "/toolkit/resume";
const UPLOAD_ROUTE = "/toolkit/resume/upload";

type UploadState =
  | { status: "idle" }
  | { status: "uploading"; sent: number }
  | { status: "scanning" }
  | { status: "opening" }
  | { status: "failed"; message: string };

const NETWORK_FAILURE = "The connection was lost during the upload. Nothing was saved; try again.";

export interface ResumeFormValues {
  jobDescription: string;
  targetRole: string;
  previousDocumentId: string;
}

export function ResumeUploadForm(props: {
  values: ResumeFormValues;
  serverError: string | null;
  /** How much of a pasted job description the match reads (a server-side constant). */
  jobDescriptionMaxChars: number;
}) {
  const { values, serverError } = props;
  const [state, setState] = useState<UploadState>({ status: "idle" });
  const inFlight = useRef<AbortController | null>(null);
  const navigate = useNavigate();
  const submit = useSubmit();
  const progressLabel = useId();
  // Leaving the page mid-upload stops it.
  useEffect(() => () => inFlight.current?.abort(), []);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read the fields now: while uploading they are disabled, and disabled fields post nothing.
    const form = new FormData(event.currentTarget);
    const file = form.get("resume");
    // The server refuses it too; this saves sending megabytes to hear so.
    if (file instanceof File && file.size > RESUME_MAX_BYTES) {
      setState({ status: "failed", message: scanFailure("too_large").message });
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ status: "uploading", sent: 0 });
    try {
      const answer = await postWithProgress(UPLOAD_ROUTE, form, {
        signal: controller.signal,
        onProgress: (sent) => setState({ status: "uploading", sent }),
        onSent: () => setState({ status: "scanning" }),
      });
      if (answer.kind === "saved") {
        setState({ status: "opening" });
        navigate(`/documents/${answer.documentId}`);
      } else if (answer.kind === "refused") {
        setState({ status: "failed", message: answer.message });
      } else {
        setState({ status: "idle" });
        submit(form, { method: "post", action: RESUME_PAGE_ACTION, encType: "multipart/form-data" });
      }
    } catch {
      setState(controller.signal.aborted ? { status: "idle" } : { status: "failed", message: NETWORK_FAILURE });
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }

  const busy = state.status === "uploading" || state.status === "scanning" || state.status === "opening";
  // A server answer describes the last plain post; once the script has tried again, its own outcome replaces it.
  const error = state.status === "failed" ? state.message : state.status === "idle" ? serverError : null;
  return (
    <Form
      method="post"
      action={RESUME_PAGE_ACTION}
      encType="multipart/form-data"
      onSubmit={upload}
      className="space-y-6"
    >
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <fieldset disabled={busy} className="min-w-0 space-y-5">
        <input type="hidden" name="previousDocumentId" value={values.previousDocumentId} />
        <div className="space-y-1">
          <label htmlFor="field-resume" className="block text-sm font-medium text-stone-800">
            Your resume (PDF)
          </label>
          <p id="field-resume-hint" className="text-sm text-stone-600">
            A PDF of up to {RESUME_MAX_BYTES / 1024 / 1024} MB, exported from your editor. The file itself is not kept:
            we save only the text read from it and the report.
          </p>
          <input
            id="field-resume"
            name="resume"
            type="file"
            accept="application/pdf,.pdf"
            required
            aria-describedby="field-resume-hint"
            className="block w-full rounded-md border border-stone-300 bg-white text-sm text-stone-900 file:mr-3 file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:font-medium"
          />
        </div>
        <TextAreaField
          label="Job description"
          name="jobDescription"
          rows={8}
          defaultValue={values.jobDescription}
          hint={`Paste the posting to see which of its skills your resume shows. The first ${props.jobDescriptionMaxChars.toLocaleString("en-US")} characters are used.`}
        />
        <TextField
          label="Target role"
          name="targetRole"
          defaultValue={values.targetRole}
          hint="The job title you are applying for, if the posting's own title is not the one you want matched."
        />
        <SubmitButton pendingText="Scanning…">Scan my resume</SubmitButton>
      </fieldset>
      <div className="space-y-2">
        <p id={progressLabel} role="status" aria-live="polite" className="font-medium text-stone-800">
          {statusLine(state)}
        </p>
        {state.status === "uploading" ? (
          <progress
            aria-labelledby={progressLabel}
            max={100}
            value={Math.round(state.sent * 100)}
            className="w-full accent-brand-700"
          />
        ) : null}
        {state.status === "scanning" ? (
          <progress aria-labelledby={progressLabel} className="w-full accent-brand-700" />
        ) : null}
      </div>
    </Form>
  );
}

function statusLine(state: UploadState): string {
  switch (state.status) {
    case "uploading":
      // The bar shows how far; the announced line stays put so screen readers are not flooded.
      return "Uploading your resume…";
    case "scanning":
      return "Reading and scoring your resume…";
    case "opening":
      return "Scored. Opening your report…";
    default:
      return "";
  }
}
