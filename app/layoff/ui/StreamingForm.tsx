// The writer form, progressively enhanced. Without JavaScript it is a plain POST to the
// page's action, which writes, saves and redirects. With JavaScript the submit goes to
// the streaming route instead: the text appears as it is written, Cancel stops it
// (nothing is saved), and the saved document opens when it is done. Answers that are not
// a stream (field errors, over quota, signed out) are submitted again the plain way, so
// the server renders them exactly as it does without JavaScript.
//
// `children` gets whether the page's last server answer (field errors, a form message) is
// out of date: once a new attempt starts, those messages no longer describe the form.
import { Form, useNavigate, useSubmit } from "@remix-run/react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { SubmitButton } from "~/ui/forms";
import { postAndReadStream } from "./read-stream";

type WritingState =
  | { status: "idle" }
  | { status: "writing"; text: string }
  | { status: "saved"; text: string; replacedStreamedText: boolean }
  | { status: "stopped"; text: string }
  | { status: "failed"; text: string; message: string };

const NETWORK_FAILURE = "The connection was lost while writing. Nothing was saved; try again.";

export function StreamingForm(props: {
  action: string;
  streamAction: string;
  submitLabel: string;
  children: (serverAnswerIsStale: boolean) => ReactNode;
}) {
  const [state, setState] = useState<WritingState>({ status: "idle" });
  const inFlight = useRef<AbortController | null>(null);
  const submit = useSubmit();
  const navigate = useNavigate();
  // Leaving the page mid-stream ends the request, and the server saves nothing.
  useEffect(() => () => inFlight.current?.abort(), []);

  async function write(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read the fields now: once writing starts they are disabled, and disabled fields post nothing.
    const form = new FormData(event.currentTarget);
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ status: "writing", text: "" });
    const appendText = (text: string) => setState((s) => (s.status === "writing" ? { ...s, text: s.text + text } : s));
    try {
      const outcome = await postAndReadStream(props.streamAction, form, controller.signal, appendText);
      if (outcome.kind === "not_streamed") {
        setState({ status: "idle" });
        submit(form, { method: "post", action: props.action });
      } else if (outcome.kind === "failed") {
        setState((s) => ({ status: "failed", text: textOf(s), message: outcome.message }));
      } else {
        setState((s) => ({ status: "saved", text: textOf(s), replacedStreamedText: outcome.replacesStreamedText }));
        navigate(`/documents/${outcome.documentId}`);
      }
    } catch {
      if (controller.signal.aborted) setState((s) => ({ status: "stopped", text: textOf(s) }));
      else setState((s) => ({ status: "failed", text: textOf(s), message: NETWORK_FAILURE }));
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }

  const writing = state.status === "writing";
  return (
    <Form method="post" action={props.action} noValidate onSubmit={write} className="space-y-6">
      <fieldset disabled={writing} className="min-w-0 space-y-6">
        {props.children(state.status !== "idle")}
        <SubmitButton pendingText="Writing…">{props.submitLabel}</SubmitButton>
      </fieldset>
      <section aria-label="Your document as it is written" className="space-y-3">
        <p
          role="status"
          aria-live="polite"
          className={state.status === "failed" ? "font-medium text-red-700" : "font-medium text-stone-800"}
        >
          {statusLine(state)}
        </p>
        {state.status !== "idle" && textOf(state) !== "" ? (
          <div
            aria-busy={writing}
            className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded-md border border-stone-200 bg-white p-4 text-stone-800"
          >
            {textOf(state)}
          </div>
        ) : null}
        {writing ? (
          <button
            type="button"
            onClick={() => inFlight.current?.abort()}
            className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100"
          >
            Cancel
          </button>
        ) : null}
      </section>
    </Form>
  );
}

function textOf(state: WritingState): string {
  return state.status === "idle" ? "" : state.text;
}

function statusLine(state: WritingState): string {
  switch (state.status) {
    case "idle":
      return "";
    case "writing":
      return "Writing…";
    case "saved":
      return state.replacedStreamedText
        ? "The draft above didn't pass the checks, so the built-in writer's version was saved. Opening it…"
        : "Saved. Opening your document…";
    case "stopped":
      return "Stopped. Nothing was saved.";
    case "failed":
      return state.message;
  }
}
