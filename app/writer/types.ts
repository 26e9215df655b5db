// The writer's shared shapes: one "document spec" per tool says how to write that tool's
// document from the user's facts, with the model or without it, and how to check the
// result. The writer itself (generate.server.ts) knows nothing about any one tool.

/** A chat message. Only "system" and "user": the model gets no tools. */
export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

/** What a document may depend on besides the user's facts. */
export interface WritingContext {
  /** The moment of writing; durations such as a resume gap run up to it. */
  today: Date;
}

/** What the fact check lets a document mention. */
export interface AllowedFacts {
  /** The user's own words: any number or name in them may appear. */
  texts: string[];
  /** Numbers the composer works out from the facts (durations, a word count). */
  numbers: number[];
  /** Names the composer itself introduces (month names of the user's dates, "LinkedIn"). */
  names: string[];
}

export type ModelReading<Output> = { ok: true; output: Output } | { ok: false; problem: string };

/** How one tool's document is written and checked. */
export interface DocumentSpec<Input, Output> {
  /** Document.kind of what it writes; also the tool name quotas count by (UsageEvent.tool). */
  kind: string;
  /** Saved with each document, so a change of rules can be traced. */
  rulesetVersion: string;
  /** The model's reply limit (max_tokens). */
  maxTokens: number;
  title(input: Input): string;
  /** Instructions in a system message; the user's text in its own message, delimited and
   *  labelled as data. */
  buildMessages(input: Input, context: WritingContext): ChatMessage[];
  /** The built-in writer: deterministic, and valid under checkRules for valid input. */
  composeBuiltin(input: Input, context: WritingContext): Output;
  /** Turns the model's text into a document. Parts the model does not write (computed
   *  ones) come from the built-in document. */
  readModelText(text: string, builtin: Output): ModelReading<Output>;
  /** The tool's rules (lengths, banned phrases…), as sentences a person can read; empty
   *  when the document follows them all. */
  checkRules(output: Output, input: Input): string[];
  allowedFacts(input: Input, context: WritingContext): AllowedFacts;
  /** Every written part of a document, for the fact check. */
  writtenParts(output: Output): string[];
  /** Plain text of the whole document (download, search, copy). */
  toText(output: Output): string;
}

/** A document ready to save. */
export interface GeneratedDocument<Output> {
  kind: string;
  title: string;
  output: Output;
  text: string;
  /** "builtin" or the model's name. */
  engine: string;
  /** Why the built-in writer stood in for the model, when it did. */
  engineNote: string | null;
  rulesetVersion: string;
}

/**
 * ok: written by the configured engine. rejected: the model answered but broke the rules
 * (its tokens were spent, so it counts against the quota). fallback: the model failed
 * (timeout, outage), the built-in writer stood in; not charged. failed: nothing written,
 * or nothing saved because the browser left; not charged. reserved: a model call under way,
 * holding its place in the quota until its use is settled as one of the others.
 */
export type UsageStatus = "ok" | "rejected" | "fallback" | "failed" | "reserved";

/** One generation, as UsageEvent records it. */
export interface UsageRecord {
  /** The tool's document kind. */
  tool: string;
  /** The engine that was asked: "openai" (any compatible server) or "builtin". */
  engine: "openai" | "builtin";
  model: string | null;
  status: UsageStatus;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number | null;
  /** The UsageEvent reserved before the model was called, which this record settles. */
  reservationId?: string;
}

export interface OverQuota {
  ok: false;
  reason: "over_quota";
  scope: "user" | "global";
  /** The start of the next UTC day. */
  resetsAt: Date;
  /** For the person, naming when the limit resets. */
  message: string;
}

export interface Aborted {
  ok: false;
  reason: "aborted";
  message: string;
}

export type GenerateResult<Output> =
  { ok: true; document: GeneratedDocument<Output>; usage: UsageRecord } | OverQuota | Aborted;

// ---------- the model engine ----------

export interface ModelRequest {
  messages: ChatMessage[];
  maxTokens: number;
  /** Ask for the reply as server-sent events, yielding text as it is written. */
  stream: boolean;
  /** Aborts the call, e.g. when the browser goes away. */
  signal?: AbortSignal;
}

/** timeout: no full reply in time. rate_limited: 429 after retries. unavailable: other
 *  HTTP or network errors. cut_off: the reply hit max_tokens or ended early. */
export type ModelFailure = "timeout" | "aborted" | "rate_limited" | "unavailable" | "cut_off";

export interface ModelCall {
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number;
}

export type ModelReply =
  { ok: true; text: string; call: ModelCall } | { ok: false; failure: ModelFailure; call: ModelCall };

/** What a model call yields: text as it arrives (only when streaming), then the reply. */
export type ModelEvent = { type: "text"; text: string } | { type: "reply"; reply: ModelReply };

/** A text model. `write` never throws for a failed call: the failure is in the reply.
 *  Stopping the iteration early ends the HTTP request. */
export interface ModelEngine {
  readonly model: string;
  write(request: ModelRequest): AsyncGenerator<ModelEvent, void, void>;
}

/** What a streaming generation yields: text as it is written, then the checked result. */
export type WriterEvent<Output> =
  | { type: "chunk"; text: string }
  | {
      type: "result";
      result: GenerateResult<Output>;
      /** The document's text differs from the chunks streamed before it (the model's
       *  text failed a check, or the model failed midway): show the document instead. */
      replacesStreamedText: boolean;
    };
