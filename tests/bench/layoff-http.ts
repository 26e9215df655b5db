// The layoff writer's streaming route from the browser's side: how long after the POST
// the first streamed byte arrives, less the fake model's own time from request to first
// byte. What remains is ours: Express, the session and access checks, form parsing and
// validation, the quota queries, the prompt, the SDK's request and SSE parsing, and our
// own event encoding. Baseline: a bare fetch of the fake model, the transport alone.
//
// Self-contained: it starts its own fake model and its own production server (pointed at
// the fake, on a fresh database), because the server's environment must name the fake's
// port before it starts.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { layoffExplanationSpec } from "~/layoff/spec";
import { startAppServer } from "../support/app-server";
import { type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai";
import { FormClient } from "../support/http-client";
import { GOOD_MODEL_REPLY, layoffInput, TODAY, TYPICAL_FORM } from "../fixtures/layoff/inputs";
import { BENCH_DIR } from "./bench-env";

const STREAMS = 40;
const WARM_UP = 2;
const FAKE_FIRST_BYTE_MS = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function formBody(fields: Record<string, unknown>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, String(one));
  }
  return body;
}

/** A user with lifetime access, through the real sign-up, verification and local checkout.
 *  The verification code is read from the bench database's outbox. */
async function paidClient(baseUrl: string, database: PrismaClient): Promise<FormClient> {
  const client = new FormClient(baseUrl);
  const email = `bench-${process.pid}-${Date.now()}@example.com`;
  await client.post("/signup", { email, password: "a long bench passphrase", website: "" });
  const mail = await database.outboxEmail.findFirstOrThrow({ where: { to: email, template: "verify-email" } });
  await client.post("/verify-email", { intent: "code", code: /\b(\d{6})\b/.exec(mail.text)?.[1] ?? "" });
  const checkout = await client.post("/checkout", {});
  const session = new URL(checkout.headers.get("location") ?? "/", baseUrl).searchParams.get("session") ?? "";
  const paid = await client.post("/checkout/local", { session });
  if (paid.status !== 303) throw new Error(`the bench user could not buy access: ${paid.status}`);
  return client;
}

/** Runs `firstByte` (which resolves with the moment its first body byte arrived) and
 *  returns, per call, the time to that byte less the fake model's own; sorted. */
async function addedTimes(fake: FakeOpenAI, firstByte: () => Promise<number>): Promise<number[]> {
  const added: number[] = [];
  for (let i = 0; i < STREAMS + WARM_UP; i++) {
    const started = performance.now();
    const arrived = await firstByte();
    const served = fake.requests[fake.requests.length - 1];
    if (served.firstByteAt === null) throw new Error("the fake model sent nothing");
    if (i >= WARM_UP) added.push(arrived - started - (served.firstByteAt - served.receivedAt));
  }
  return added.sort((a, b) => a - b);
}

/** Reads a response to its end; resolves with the moment its first bytes arrived. */
async function firstByteOf(response: Response): Promise<number> {
  if (!response.ok || !response.body) throw new Error(`bench request failed: ${response.status}`);
  const reader = response.body.getReader();
  await reader.read();
  const arrived = performance.now();
  while (!(await reader.read()).done);
  return arrived;
}

export async function benchLayoffHttp(): Promise<string[]> {
  const dir = BENCH_DIR;
  const file = path.join(dir, `layoff-http-${process.pid}.db`);
  const url = `file:${file}`;
  const fake = await startFakeOpenAI();
  fake.setScript({ reply: GOOD_MODEL_REPLY, firstByteDelayMs: FAKE_FIRST_BYTE_MS });
  const server = await startAppServer({
    DATABASE_URL: url,
    LOG_REQUESTS: "0",
    OPENAI_API_KEY: "bench",
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: "fake",
    OPENAI_MAX_RETRIES: "0",
    QUOTA_PER_USER_PER_TOOL_DAILY: "100000",
    QUOTA_GLOBAL_DAILY: "1000000",
  });
  const database = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  try {
    const client = await paidClient(server.url, database);
    const route = await addedTimes(fake, async () =>
      firstByteOf(
        await client.request("/toolkit/layoff/stream", {
          method: "POST",
          body: formBody(TYPICAL_FORM),
          headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
        }),
      ),
    );
    const modelRequest = {
      model: "fake",
      messages: layoffExplanationSpec.buildMessages(layoffInput(), { today: TODAY }),
      max_tokens: layoffExplanationSpec.maxTokens,
      stream: true,
    };
    const bareFetch = await addedTimes(fake, async () =>
      firstByteOf(
        await fetch(`${fake.url}/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer bench" },
          body: JSON.stringify(modelRequest),
        }),
      ),
    );
    const p50 = (sorted: number[]) => percentile(sorted, 50);
    const line = (label: string, sorted: number[]) =>
      `  ${label.padEnd(48)} p50 ${p50(sorted).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms   ` +
      `${(p50(sorted) / Math.max(p50(bareFetch), 0.01)).toFixed(2)}× baseline at p50`;
    return [
      `layoff route: time to the first streamed byte beyond the model's own first byte (${STREAMS} streams, one at a time, fake model answering after ${FAKE_FIRST_BYTE_MS} ms, production build, loopback):`,
      `${line("bare fetch of the fake model", bareFetch)}   ← baseline`,
      line("POST /toolkit/layoff/stream", route),
    ];
  } finally {
    await database.$disconnect();
    await server.stop();
    await fake.close();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
}
