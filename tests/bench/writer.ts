// Writer benchmarks: built-in layoff explanations per second, and the time the writer
// adds before the first streamed chunk, over the fake model's own time to first byte
// (quota query, prompt building, the SDK's request and SSE parsing). The HTTP part, from
// the browser's side, belongs to the route benchmark.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import OpenAI from "openai";
import { PrismaClient } from "~/generated/prisma/client";
import { composeLayoffExplanation } from "~/layoff/compose";
import { LAYOFF_TYPES, TONES } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { layoffExplanationToText } from "~/layoff/to-text";
import { streamDocument } from "~/writer/generate.server";
import { createOpenAIEngine } from "~/writer/openai.server";
import { startFakeOpenAI } from "../support/fake-openai";
import { GOOD_MODEL_REPLY, layoffInput, TODAY, TYPICAL_FORM } from "../fixtures/layoff/inputs";
import { BENCH_DIR } from "./bench-env";

const BUILTIN_SECONDS = 2;
const STREAMS = 40;
const FAKE_FIRST_BYTE_MS = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function builtinDocsPerSecond(): { perSecond: number; count: number } {
  const inputs = LAYOFF_TYPES.flatMap((t) =>
    TONES.map((tone) => layoffInput(TYPICAL_FORM, { layoffType: t.value, tone: tone.value })),
  );
  const context = { today: TODAY };
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < BUILTIN_SECONDS * 1000) {
    layoffExplanationToText(composeLayoffExplanation(inputs[count % inputs.length], context));
    count++;
  }
  return { perSecond: count / ((performance.now() - started) / 1000), count };
}

/** A migrated SQLite file of its own, so the quota query is real and no app data is touched. */
function benchDatabase(): { db: PrismaClient; remove: () => Promise<void> } {
  const dir = BENCH_DIR;
  const file = path.join(dir, `writer-${process.pid}.db`);
  const url = `file:${file}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  return {
    db,
    remove: async () => {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

interface Overheads {
  /** The writer's stream: quota query, composing, prompt, SDK request, SSE parsing. */
  writer: number[];
  /** The SDK alone streaming the same request: what the writer adds on top is its own. */
  sdk: number[];
  /** A bare fetch of the same request: the transport alone, the baseline. */
  bareFetch: number[];
}

/** Milliseconds from the start of each call to its first chunk, less the fake model's own
 *  time from request to first byte; sorted. */
async function addedTimeToFirstChunk(): Promise<Overheads> {
  const fake = await startFakeOpenAI();
  const { db, remove } = benchDatabase();
  try {
    fake.setScript({ reply: GOOD_MODEL_REPLY, firstByteDelayMs: FAKE_FIRST_BYTE_MS });
    const engine = createOpenAIEngine({
      apiKey: "bench",
      baseUrl: fake.url,
      model: "fake",
      timeoutMs: 10_000,
      maxRetries: 0,
    });
    const deps = { db, engine, quotas: { perUserPerToolDaily: 1_000, globalDaily: 1_000_000 }, now: () => TODAY };
    const input = layoffInput();
    const request = {
      model: "fake",
      messages: layoffExplanationSpec.buildMessages(input, { today: TODAY }),
      max_tokens: layoffExplanationSpec.maxTokens,
      stream: true as const,
    };
    const sdkClient = new OpenAI({ apiKey: "bench", baseURL: fake.url, maxRetries: 0, logLevel: "off" });

    const overhead = async (firstChunk: () => Promise<number>): Promise<number[]> => {
      const added: number[] = [];
      // Two warm-up calls: the first connection and the first query are not what we measure.
      for (let i = 0; i < STREAMS + 2; i++) {
        const started = performance.now();
        const firstChunkAt = await firstChunk();
        const served = fake.requests[fake.requests.length - 1];
        if (served.firstByteAt === null) throw new Error("the fake model sent nothing");
        if (i >= 2) added.push(firstChunkAt - started - (served.firstByteAt - served.receivedAt));
      }
      return added.sort((a, b) => a - b);
    };

    const writer = await overhead(async () => {
      let firstChunkAt: number | null = null;
      for await (const event of streamDocument(deps, layoffExplanationSpec, { userId: "bench", input })) {
        if (event.type === "chunk") firstChunkAt ??= performance.now();
        else if (!event.result.ok) throw new Error(`bench stream failed: ${event.result.reason}`);
      }
      if (firstChunkAt === null) throw new Error("the writer streamed no text");
      return firstChunkAt;
    });
    const sdk = await overhead(async () => {
      let firstChunkAt: number | null = null;
      for await (const chunk of await sdkClient.chat.completions.create(request)) {
        if (chunk.choices[0]?.delta?.content) firstChunkAt ??= performance.now();
      }
      if (firstChunkAt === null) throw new Error("the SDK streamed no text");
      return firstChunkAt;
    });
    const bareFetch = await overhead(async () => {
      const response = await fetch(`${fake.url}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer bench" },
        body: JSON.stringify(request),
      });
      const reader = response.body!.getReader();
      await reader.read();
      const firstChunkAt = performance.now();
      while (!(await reader.read()).done);
      return firstChunkAt;
    });
    return { writer, sdk, bareFetch };
  } finally {
    await fake.close();
    await remove();
  }
}

export async function benchWriter(): Promise<string[]> {
  const builtin = builtinDocsPerSecond();
  const { writer, sdk, bareFetch } = await addedTimeToFirstChunk();
  const p50 = (sorted: number[]) => percentile(sorted, 50);
  const line = (label: string, sorted: number[]) =>
    `  ${label.padEnd(48)} p50 ${p50(sorted).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms   ` +
    `${(p50(sorted) / Math.max(p50(bareFetch), 0.01)).toFixed(2)}× baseline at p50`;
  return [
    `writer: built-in layoff explanations: ${Math.round(builtin.perSecond).toLocaleString("en-US")} documents/s (one thread, ${builtin.count.toLocaleString("en-US")} in ${BUILTIN_SECONDS} s)`,
    `writer: time to the first streamed chunk beyond the model's own first byte (${STREAMS} streams, fake model answering after ${FAKE_FIRST_BYTE_MS} ms):`,
    `${line("bare fetch of the same request", bareFetch)}   ← baseline`,
    line("openai SDK alone", sdk),
    line("writer stream (quota query, compose, SDK, SSE)", writer),
  ];
}
