// POST /toolkit/layoff/stream: the writer page's form, answered as server-sent events
// (see app/layoff/stream-events.ts) for the page's script. Same gate and the same
// validation as the page's action; field errors (400) and over quota (429) come back as
// JSON before any stream opens. The document is saved once its text is complete, and only
// if the browser is still there: a cancelled or abandoned request saves nothing.
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { requireAccess } from "~/billing/access.server";
import { encodeStreamEvent, STREAM_CONTENT_TYPE, type StreamEvent } from "~/layoff/stream-events";
import { type LayoffExplanation, type LayoffInput, parseLayoffForm } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { streamDocument, type WriterDeps, writerDeps } from "~/writer/generate.server";
import { checkQuota, releaseReservation } from "~/writer/quota.server";
import { saveGeneratedDocument } from "~/writer/save.server";
import type { WriterEvent } from "~/writer/types";
import { retryAfter } from "~/http/retry-after";

/** Opened in the address bar: the form is on the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  return redirect("/toolkit/layoff");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const parsed = parseLayoffForm(await request.formData(), new Date());
  if (!parsed.ok) return Response.json({ fieldErrors: parsed.fieldErrors }, { status: 400 });

  const deps = writerDeps();
  const quota = await checkQuota(deps.db, deps.quotas, {
    userId: user.id,
    tool: layoffExplanationSpec.kind,
    now: deps.now(),
  });
  if (!quota.ok) {
    return Response.json({ message: quota.message }, { status: 429, headers: retryAfter(quota.resetsAt) });
  }

  const writing = { deps, userId: user.id, input: parsed.input, signal: context.clientGone };
  const events = streamDocument(deps, layoffExplanationSpec, writing);
  return new Response(
    eventStream(events, (result) => finish(writing, result)),
    {
      headers: {
        "Content-Type": `${STREAM_CONTENT_TYPE}; charset=utf-8`,
        "Cache-Control": "no-store",
        // Proxies such as nginx would otherwise hold the text back until the end.
        "X-Accel-Buffering": "no",
      },
    },
  );
}

type LayoffWriterEvent = WriterEvent<LayoffExplanation>;
type ResultEvent = Extract<LayoffWriterEvent, { type: "result" }>;

interface Writing {
  deps: WriterDeps;
  userId: string;
  input: LayoffInput;
  signal: AbortSignal;
}

const CANCELLED = "Writing was cancelled. Nothing was saved.";
const BROKEN = "Something went wrong while writing. Nothing was saved; please try again.";

/** The final event: the saved document, or why nothing was saved. */
async function finish(writing: Writing, { result, replacesStreamedText }: ResultEvent): Promise<StreamEvent> {
  if (!result.ok) return { type: "error", message: result.message };
  // The built-in writer finishes without looking at the signal: a document nobody is
  // waiting for any more is not saved.
  if (writing.signal.aborted) {
    await releaseReservation(writing.deps.db, result.usage);
    return { type: "error", message: CANCELLED };
  }
  const saved = await saveGeneratedDocument(writing.deps, {
    userId: writing.userId,
    input: writing.input,
    signal: writing.signal,
    ...result,
  });
  if (!saved.ok) return { type: "error", message: saved.message };
  return { type: "done", documentId: saved.documentId, replacesStreamedText };
}

/** The writer's events as server-sent events, one per pull, so a slow reader slows the writer. */
function eventStream(
  events: AsyncGenerator<LayoffWriterEvent>,
  onResult: (event: ResultEvent) => Promise<StreamEvent>,
) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const send = (event: StreamEvent) => controller.enqueue(encoder.encode(encodeStreamEvent(event)));
      try {
        const next = await events.next();
        if (next.done) return controller.close();
        if (next.value.type === "chunk") return send({ type: "chunk", text: next.value.text });
        send(await onResult(next.value));
      } catch (error) {
        // The name only: error messages can quote the person's text, which must not reach the logs.
        console.error(`Layoff stream failed: ${error instanceof Error ? error.name : "unknown error"}`);
        send({ type: "error", message: BROKEN });
      }
      controller.close();
    },
    async cancel() {
      await events.return(undefined);
    },
  });
}
