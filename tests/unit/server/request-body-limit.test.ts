// A body over the limit is refused at once, and its client must get the 413 even when the
// answer is slow to make (a busy machine): reading stops at the refusal, so TCP holds the
// client's writes back instead of the server swallowing tens of megabytes and then cutting
// the connection before the answer is out. Seen as random ECONNRESETs in CI under load.
import type http from "node:http";
import net, { type AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchRequestOf } from "~/server/remix-adapter";

const MB = 1024 * 1024;
const LIMIT = 5 * MB;
// Far longer than a fast client needs to send past every budget at loopback speed.
const SLOW_ANSWER_MS = 1_500;

let server: http.Server;

beforeAll(async () => {
  const app = express();
  app.post("/upload", async (req, res) => {
    const { request } = fetchRequestOf(req, res, LIMIT, () => {});
    const outcome = await request.arrayBuffer().then(
      () => "read",
      () => "refused",
    );
    await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS));
    res.status(outcome === "refused" ? 413 : 200).send(outcome);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/**
 * A chunked POST on a raw socket, written 1 MB at a time as fast as the socket takes it,
 * until the answer arrives (when `stopWhenAnswered`), the server cuts the connection, or
 * `maxBytes` are sent. A raw socket, because what is measured is the server.
 */
function pump(options: { stopWhenAnswered: boolean; maxBytes: number }) {
  return new Promise<{ answer: string; sentBytes: number; cutOff: boolean }>((resolve) => {
    const socket = net.connect((server.address() as AddressInfo).port, "127.0.0.1");
    const frame = Buffer.concat([Buffer.from(`${MB.toString(16)}\r\n`), Buffer.alloc(MB, 0x78), Buffer.from("\r\n")]);
    let sentBytes = 0;
    let answer = "";
    let settled = false;
    const settle = (cutOff: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ answer, sentBytes, cutOff });
      socket.destroy();
    };
    socket.setEncoding("latin1");
    socket.on("data", (text: string) => {
      answer += text;
      if (options.stopWhenAnswered && answer.endsWith("refused")) settle(false);
    });
    socket.on("error", () => settle(true));
    socket.on("close", () => settle(true));
    const write = () => {
      while (!settled && sentBytes < options.maxBytes) {
        sentBytes += MB;
        // Back to the event loop between writes, so the answer is read as it arrives.
        if (!socket.write(frame)) return void socket.once("drain", () => setImmediate(write));
      }
      if (!settled) settle(false);
    };
    socket.write(
      "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    write();
  });
}

describe("a body over the limit", () => {
  it("gets its 413 even when the answer takes a while, with the client held back meanwhile", async () => {
    const result = await pump({ stopWhenAnswered: true, maxBytes: 256 * MB });
    expect(result.cutOff).toBe(false);
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.answer).toMatch(/refused$/);
    // The limit, plus what socket buffers hold: nowhere near what 1.5 s of writing sends.
    expect(result.sentBytes).toBeLessThan(LIMIT + 24 * MB);
  });

  it("cuts off a client that goes on writing after its answer, once past the discard budget", async () => {
    const result = await pump({ stopWhenAnswered: false, maxBytes: 512 * MB });
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.cutOff).toBe(true);
    expect(result.sentBytes).toBeLessThan(128 * MB);
  });
});
