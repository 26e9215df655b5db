// Writing a document: quota check (a reserved use when a model will be called) → the model (or the built-in writer when none is
// configured) → the spec's rules and the fact check → the built-in writer when the model
// failed or its text broke a rule → a usage record. Nothing is saved here except the
// record of an aborted call; saveGeneratedDocument saves the result with its usage in one
// transaction. Expected failures (over quota, aborted) are typed results.
import { config } from "~/config.server";
import { db, type Db } from "~/db.server";
import { BUILTIN_ENGINE, textChunks } from "./builtin";
import { checkFacts, describeFactViolations } from "./fact-check";
import { openAIEngineFromConfig } from "./openai.server";
import { checkQuota, recordUsage, releaseReservation, reserveUse, type QuotaLimits } from "./quota.server";
import type {
  DocumentSpec,
  GeneratedDocument,
  GenerateResult,
  ModelEngine,
  ModelFailure,
  ModelReply,
  OverQuota,
  UsageRecord,
  UsageStatus,
  WriterEvent,
  WritingContext,
} from "./types";

export interface WriterDeps {
  db: Db;
  quotas: QuotaLimits;
  /** Null: the built-in writer writes every document. */
  engine: ModelEngine | null;
  now: () => Date;
}

export interface WriteRequest<Input> {
  userId: string;
  /** Validated input (the spec's schema has already parsed it). */
  input: Input;
  /** The request's signal: when the browser goes away, the model call stops. */
  signal?: AbortSignal;
}

let processDeps: WriterDeps | undefined;

/** The writer as configured for this process (one SDK client, reused). */
export function writerDeps(): WriterDeps {
  processDeps ??= {
    db,
    quotas: config().quotas,
    engine: openAIEngineFromConfig(config().openai),
    now: () => new Date(),
  };
  return processDeps;
}

/** Writes a document without streaming (the form post without JavaScript). */
export async function generateDocument<Input, Output>(
  deps: WriterDeps,
  spec: DocumentSpec<Input, Output>,
  request: WriteRequest<Input>,
): Promise<GenerateResult<Output>> {
  for await (const event of writeDocument(deps, spec, request, false)) {
    if (event.type === "result") return event.result;
  }
  throw new Error("The writer finished without a result.");
}

/** Writes a document, yielding text chunks as they are written, then one result event. */
export function streamDocument<Input, Output>(
  deps: WriterDeps,
  spec: DocumentSpec<Input, Output>,
  request: WriteRequest<Input>,
): AsyncGenerator<WriterEvent<Output>, void, void> {
  return writeDocument(deps, spec, request, true);
}

const FAILURE_NOTES: Record<ModelFailure, string> = {
  timeout: "The model took too long to answer.",
  aborted: "The request was cancelled.",
  rate_limited: "The model service was busy (rate limited).",
  unavailable: "The model service could not be reached or returned an error.",
  cut_off: "The model's answer was cut off.",
};

const FALLBACK_NOTE = "The built-in writer wrote this document instead.";

async function* writeDocument<Input, Output>(
  deps: WriterDeps,
  spec: DocumentSpec<Input, Output>,
  request: WriteRequest<Input>,
  stream: boolean,
): AsyncGenerator<WriterEvent<Output>, void, void> {
  const { userId, input, signal } = request;
  const now = deps.now();
  const query = { userId, tool: spec.kind, now };
  const quota: { ok: true; reservationId?: string } | OverQuota = deps.engine
    ? await reserveUse(deps.db, deps.quotas, { ...query, engine: "openai", model: deps.engine.model })
    : await checkQuota(deps.db, deps.quotas, query);
  if (!quota.ok) {
    yield { type: "result", result: quota, replacesStreamedText: false };
    return;
  }
  const { reservationId } = quota;
  const context: WritingContext = { today: now };
  const started = performance.now();
  const builtin = spec.composeBuiltin(input, context);

  if (!deps.engine) {
    const document = documentOf(spec, input, builtin, BUILTIN_ENGINE, null);
    if (stream) for (const text of textChunks(document.text)) yield { type: "chunk", text };
    const usage: UsageRecord = {
      tool: spec.kind,
      engine: "builtin",
      model: null,
      status: "ok",
      promptTokens: null,
      completionTokens: null,
      latencyMs: Math.round(performance.now() - started),
    };
    yield { type: "result", result: { ok: true, document, usage }, replacesStreamedText: false };
    return;
  }

  // Once the result is handed over, whoever takes it settles the reservation (saved, or
  // released when nothing is); before that, a reader that stops reading releases it here.
  let handedOver = false;
  try {
    let streamed = false;
    let reply: ModelReply | undefined;
    const messages = spec.buildMessages(input, context);
    for await (const event of deps.engine.write({ messages, maxTokens: spec.maxTokens, stream, signal })) {
      if (event.type === "text") {
        streamed = true;
        yield { type: "chunk", text: event.text };
      } else {
        reply = event.reply;
      }
    }
    if (!reply) throw new Error("The model engine finished without a reply.");

    const { call } = reply;
    const usage = (status: UsageStatus): UsageRecord => ({
      tool: spec.kind,
      engine: "openai",
      model: call.model,
      status,
      promptTokens: call.promptTokens,
      completionTokens: call.completionTokens,
      latencyMs: call.latencyMs,
      reservationId,
    });

    if (!reply.ok && reply.failure === "aborted") {
      await recordUsage(deps.db, userId, usage("failed"), now);
      handedOver = true;
      yield {
        type: "result",
        result: { ok: false, reason: "aborted", message: FAILURE_NOTES.aborted },
        replacesStreamedText: false,
      };
      return;
    }

    let fallback: { note: string; status: UsageStatus };
    if (reply.ok) {
      const verdict = checkModelText(spec, input, context, builtin, reply.text);
      if (verdict.ok) {
        const document = documentOf(spec, input, verdict.output, call.model, null);
        handedOver = true;
        yield { type: "result", result: { ok: true, document, usage: usage("ok") }, replacesStreamedText: false };
        return;
      }
      // Charged: the model's tokens were spent, whatever became of its text.
      fallback = { note: `The model's text was set aside: ${verdict.problems}`, status: "rejected" };
    } else {
      // A failed call is not charged, except a cut-off answer, which did spend tokens.
      fallback = { note: FAILURE_NOTES[reply.failure], status: reply.failure === "cut_off" ? "rejected" : "fallback" };
    }
    const document = documentOf(spec, input, builtin, BUILTIN_ENGINE, `${fallback.note} ${FALLBACK_NOTE}`);
    handedOver = true;
    yield {
      type: "result",
      result: { ok: true, document, usage: usage(fallback.status) },
      replacesStreamedText: streamed,
    };
  } finally {
    if (!handedOver) await releaseReservation(deps.db, { reservationId });
  }
}

/** Reads the model's text and applies the spec's rules and the fact check. */
function checkModelText<Input, Output>(
  spec: DocumentSpec<Input, Output>,
  input: Input,
  context: WritingContext,
  builtin: Output,
  text: string,
): { ok: true; output: Output } | { ok: false; problems: string } {
  const read = spec.readModelText(text, builtin);
  if (!read.ok) return { ok: false, problems: read.problem };
  const problems = spec.checkRules(read.output, input);
  const facts = checkFacts(spec.writtenParts(read.output), spec.allowedFacts(input, context));
  if (facts.length > 0) problems.unshift(describeFactViolations(facts));
  // A few reasons are enough to explain the switch; the note is shown to the person.
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, 3).join(" ") }
    : { ok: true, output: read.output };
}

function documentOf<Input, Output>(
  spec: DocumentSpec<Input, Output>,
  input: Input,
  output: Output,
  engine: string,
  engineNote: string | null,
): GeneratedDocument<Output> {
  return {
    kind: spec.kind,
    title: spec.title(input),
    output,
    text: spec.toText(output),
    engine,
    engineNote,
    rulesetVersion: spec.rulesetVersion,
  };
}
