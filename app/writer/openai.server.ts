// The model engine: any server that speaks OpenAI's chat-completions API (OpenAI itself,
// Ollama, vLLM, LM Studio…), through the official SDK. No tools are offered; the reply is
// capped by max_tokens; the whole call, retries included, gets one deadline
// (OPENAI_TIMEOUT_MS) and stops when the caller's signal aborts.
import type OpenAI from "openai";
import type { Config } from "~/config.server";
import { lazyPackage } from "~/server/lazy-package";
import type { ModelCall, ModelEngine, ModelEvent, ModelFailure, ModelRequest } from "./types";

export interface OpenAISettings {
  apiKey: string;
  /** e.g. "http://localhost:11434/v1" for Ollama; OpenAI's own when absent. */
  baseUrl?: string;
  model: string;
  /** The deadline for a whole call, retries included. */
  timeoutMs: number;
  /** Retries of a failed request (429, 5xx, connection errors), by the SDK with backoff. */
  maxRetries: number;
}

/** For tests and unusual deployments: another fetch, or another server. */
export interface OpenAIOverrides {
  fetch?: typeof fetch;
  baseURL?: string;
}

/** The configured model engine, or null when no API key is set (the built-in writer). */
export function openAIEngineFromConfig(
  settings: Config["openai"],
  overrides: OpenAIOverrides = {},
): ModelEngine | null {
  const { apiKey } = settings;
  return apiKey ? createOpenAIEngine({ ...settings, apiKey }, overrides) : null;
}

// The SDK loads with the first engine (an API key is set), not at server start.
const OpenAISdk = lazyPackage<typeof OpenAI>("openai");

export function createOpenAIEngine(settings: OpenAISettings, overrides: OpenAIOverrides = {}): ModelEngine {
  const client = new (OpenAISdk())({
    apiKey: settings.apiKey,
    baseURL: overrides.baseURL ?? settings.baseUrl,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    fetch: overrides.fetch,
    // The SDK's debug logs include request bodies; prompts and replies stay out of logs.
    logLevel: "off",
  });
  return { model: settings.model, write: (request) => write(client, settings, request) };
}

async function* write(
  client: OpenAI,
  settings: OpenAISettings,
  request: ModelRequest,
): AsyncGenerator<ModelEvent, void, void> {
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal;
  const call: ModelCall = { model: settings.model, promptTokens: null, completionTokens: null, latencyMs: 0 };
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (failure: ModelFailure): ModelEvent => ({
    type: "reply",
    reply: { ok: false, failure, call: { ...call, latencyMs: elapsed() } },
  });
  const body = {
    model: settings.model,
    messages: request.messages,
    max_tokens: request.maxTokens,
  };
  try {
    let text = "";
    let finishReason: string | null = null;
    if (request.stream) {
      const stream = await client.chat.completions.create(
        { ...body, stream: true, stream_options: { include_usage: true } },
        { signal },
      );
      for await (const chunk of stream) {
        if (chunk.usage) {
          call.promptTokens = chunk.usage.prompt_tokens;
          call.completionTokens = chunk.usage.completion_tokens;
        }
        const choice = chunk.choices[0];
        finishReason = choice?.finish_reason ?? finishReason;
        const delta = choice?.delta?.content;
        if (delta) {
          text += delta;
          yield { type: "text", text: delta };
        }
      }
      // The SDK ends a stream quietly when its signal aborts; tell that from a full reply.
      if (signal.aborted) {
        yield failed(request.signal?.aborted ? "aborted" : "timeout");
        return;
      }
    } else {
      const completion = await client.chat.completions.create({ ...body, stream: false }, { signal });
      call.promptTokens = completion.usage?.prompt_tokens ?? null;
      call.completionTokens = completion.usage?.completion_tokens ?? null;
      text = completion.choices[0]?.message?.content ?? "";
      finishReason = completion.choices[0]?.finish_reason ?? null;
    }
    if (finishReason === "length" || text.trim() === "") {
      yield failed("cut_off");
      return;
    }
    yield { type: "reply", reply: { ok: true, text, call: { ...call, latencyMs: elapsed() } } };
  } catch (error) {
    const { APIConnectionTimeoutError, OpenAIError, RateLimitError } = OpenAISdk();
    if (request.signal?.aborted) yield failed("aborted");
    else if (deadline.signal.aborted || error instanceof APIConnectionTimeoutError) yield failed("timeout");
    else if (error instanceof RateLimitError) yield failed("rate_limited");
    // Anything else the SDK or the stream parser reports is the provider failing; other
    // errors are bugs and go to the error boundary.
    else if (error instanceof OpenAIError || error instanceof SyntaxError) yield failed("unavailable");
    else throw error;
  } finally {
    clearTimeout(timer);
  }
}
