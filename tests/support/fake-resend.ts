import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the Resend API on a loopback port, speaking its wire format for
// POST /emails: Bearer authentication, a JSON body, `{ "id": "<uuid>" }` on success, errors
// as `{ statusCode, message, name }`, and the Idempotency-Key header (a repeat with the
// same key and body returns the first answer without sending; another body is a 409).

export interface ReceivedEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  idempotencyKey?: string;
  /** The key from the Authorization header. */
  apiKey: string;
}

type Failure = number | "disconnect";

export interface FakeResend {
  /** Base URL for RESEND_BASE_URL. */
  url: string;
  /** Emails accepted, in order. Idempotent repeats and refused requests are not added. */
  emails: ReceivedEmail[];
  /** Every POST /emails that reached the server, refused ones included. */
  requestCount: () => number;
  /** The Idempotency-Key of every POST /emails that reached the server and sent one. */
  requestKeys: string[];
  /**
   * Makes the next `count` requests fail: with an HTTP status (500, 429, 422…), or by
   * dropping the connection without an answer ("disconnect").
   */
  failNext: (count: number, failure: Failure) => void;
  close: () => Promise<void>;
}

const ERROR_NAMES: Record<number, string> = {
  401: "missing_api_key",
  409: "invalid_idempotent_request",
  422: "missing_required_field",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
};

export async function startFakeResend(): Promise<FakeResend> {
  const emails: ReceivedEmail[] = [];
  const byIdempotencyKey = new Map<string, { bodyHash: string; id: string }>();
  const failures: Failure[] = [];
  let requests = 0;
  const requestKeys: string[] = [];

  const server = http.createServer(async (req, res) => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, message: string, headers?: Record<string, string>) =>
      reply(status, { statusCode: status, message, name: ERROR_NAMES[status] ?? "application_error" }, headers);

    if (req.method !== "POST" || req.url !== "/emails") return fail(404, "Not found");
    requests += 1;
    const sentKey = req.headers["idempotency-key"];
    if (typeof sentKey === "string") requestKeys.push(sentKey);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");

    const forced = failures.shift();
    if (forced === "disconnect") return req.socket.destroy();
    if (forced === 429)
      return fail(429, "Too many requests. You can only make 2 requests per second.", { "retry-after": "1" });
    if (forced) return fail(forced, "An unexpected error occurred.");

    const apiKey = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!apiKey) return fail(401, "Missing API key in the authorization header.");

    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return fail(422, "Invalid JSON body.");
    }
    const missing = ["from", "to", "subject"].filter((field) => !body[field]);
    if (missing.length > 0) return fail(422, `Missing \`${missing[0]}\` field.`);

    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    const bodyHash = crypto.createHash("sha256").update(raw).digest("hex");
    if (idempotencyKey) {
      const earlier = byIdempotencyKey.get(idempotencyKey);
      if (earlier && earlier.bodyHash !== bodyHash) {
        return fail(409, "Same idempotency key used with a different request payload.");
      }
      if (earlier) return reply(200, { id: earlier.id });
    }

    const id = crypto.randomUUID();
    if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, { bodyHash, id });
    emails.push({
      id,
      from: String(body.from),
      to: Array.isArray(body.to) ? body.to.map(String) : [String(body.to)],
      subject: String(body.subject),
      html: typeof body.html === "string" ? body.html : undefined,
      text: typeof body.text === "string" ? body.text : undefined,
      idempotencyKey,
      apiKey,
    });
    reply(200, { id });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    emails,
    requestCount: () => requests,
    requestKeys,
    failNext: (count, failure) => failures.push(...Array<Failure>(count).fill(failure)),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
