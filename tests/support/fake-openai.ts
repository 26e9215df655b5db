// A fake OpenAI-compatible server for tests: POST /v1/chat/completions in the real wire
// format (JSON with usage, or server-sent events `data: {...}` ending `data: [DONE]`),
// answering from a script: a reply, an HTTP error, or a hang.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FakeStep =
  | {
      reply: string;
      /** Streamed replies are sent in this many chunks. */
      chunks?: number;
      /** Pause before the first byte of the body, and between chunks. */
      firstByteDelayMs?: number;
      /** Hold the reply until this settles, for a test that must order events, not time them. */
      heldUntil?: Promise<unknown>;
      chunkDelayMs?: number;
      finishReason?: "stop" | "length";
      usage?: { promptTokens: number; completionTokens: number };
    }
  | { status: number; message?: string; retryAfterMs?: number }
  /** Never answers; with `afterText`, a streamed reply sends that much and then stalls. */
  | { hang: true; afterText?: string };

export interface FakeRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { model: string; messages: { role: string; content: string }[]; stream?: boolean; [key: string]: unknown };
  /** performance.now() when the request arrived and when the first body byte went out. */
  receivedAt: number;
  firstByteAt: number | null;
  /** The client closed the connection before the answer was complete. */
  closedEarly: boolean;
}

export interface FakeOpenAI {
  /** The base URL to give the SDK, ending in /v1. */
  url: string;
  /** Steps are used one per request, in order; the last repeats. */
  setScript(...steps: FakeStep[]): void;
  requests: FakeRequest[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function split(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  let script: FakeStep[] = [{ reply: "Hello from the fake model." }];
  let served = 0;
  const requests: FakeRequest[] = [];

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const record: FakeRequest = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: req.headers,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"),
      receivedAt: performance.now(),
      firstByteAt: null,
      closedEarly: false,
    };
    requests.push(record);
    res.on("close", () => {
      if (!res.writableFinished) record.closedEarly = true;
    });
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "Not found", type: "invalid_request_error" } }));
      return;
    }
    const step = script[Math.min(served++, script.length - 1)];
    const id = `chatcmpl-fake-${served}`;
    const created = Math.floor(Date.now() / 1000);
    const model = record.body.model;
    const write = (data: string) => {
      record.firstByteAt ??= performance.now();
      res.write(data);
    };
    const sse = (payload: unknown) => write(`data: ${JSON.stringify(payload)}\n\n`);
    const chunkOf = (delta: Record<string, unknown>, finishReason: string | null) => ({
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    });

    if ("status" in step) {
      res.writeHead(step.status, {
        "content-type": "application/json",
        "retry-after-ms": String(step.retryAfterMs ?? 1),
      });
      res.end(
        JSON.stringify({
          error: { message: step.message ?? `Fake error ${step.status}`, type: "server_error", code: null },
        }),
      );
      return;
    }
    if ("hang" in step) {
      if (step.afterText !== undefined && record.body.stream) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        sse(chunkOf({ role: "assistant", content: step.afterText }, null));
      }
      return;
    }

    const promptChars = record.body.messages.reduce((n, m) => n + m.content.length, 0);
    const usage = {
      prompt_tokens: step.usage?.promptTokens ?? Math.ceil(promptChars / 4),
      completion_tokens: step.usage?.completionTokens ?? Math.ceil(step.reply.length / 4),
    };
    const finishReason = step.finishReason ?? "stop";
    if (step.heldUntil) await step.heldUntil;
    if (step.firstByteDelayMs) await sleep(step.firstByteDelayMs);
    if (!record.body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      write(
        JSON.stringify({
          id,
          object: "chat.completion",
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: step.reply, refusal: null },
              finish_reason: finishReason,
              logprobs: null,
            },
          ],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    sse(chunkOf({ role: "assistant", content: "" }, null));
    for (const piece of split(step.reply, step.chunks ?? 8)) {
      if (res.destroyed) return;
      if (step.chunkDelayMs) await sleep(step.chunkDelayMs);
      sse(chunkOf({ content: piece }, null));
    }
    sse(chunkOf({}, finishReason));
    const options = record.body.stream_options as { include_usage?: boolean } | undefined;
    if (options?.include_usage) {
      sse({
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      });
    }
    write("data: [DONE]\n\n");
    res.end();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    setScript(...steps) {
      script = steps;
      served = 0;
    },
    requests,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
