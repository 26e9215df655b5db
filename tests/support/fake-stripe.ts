import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

// A stand-in for the parts of Stripe's API the app uses, on a loopback port, for the real
// Stripe SDK pointed at it (`host`, `port`, `protocol: "http"`). It speaks the wire format:
// Bearer authentication, form-encoded bodies in bracket notation, `expand[]`, JSON objects
// with `object` fields, list objects, `{ error: { type, message, code, param } }` errors and
// the Idempotency-Key header. It also serves the hosted checkout page the app redirects to,
// and sends signed webhooks the way Stripe does, so tests cover the whole payment flow.

export interface FakePrice {
  id: string;
  object: "price";
  active: boolean;
  created: number;
  currency: string;
  livemode: false;
  product: string;
  type: "one_time";
  unit_amount: number;
}

export interface FakeLineItem {
  id: string;
  object: "item";
  amount_discount: number;
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  currency: string;
  description: string;
  price: FakePrice;
  quantity: number;
}

export interface FakeList<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

export interface FakeCheckoutSession {
  id: string;
  object: "checkout.session";
  amount_subtotal: number;
  amount_total: number;
  cancel_url: string | null;
  client_reference_id: string | null;
  created: number;
  currency: string;
  customer: null;
  customer_details: { address: null; email: string; name: null; phone: null; tax_exempt: "none"; tax_ids: [] } | null;
  customer_email: string | null;
  expires_at: number;
  /** Kept on the stored session for tests; the API sends it only with `expand[]=line_items`. */
  line_items: FakeList<FakeLineItem>;
  livemode: false;
  metadata: Record<string, string>;
  mode: "payment";
  payment_intent: string | null;
  payment_method_types: string[];
  payment_status: "paid" | "unpaid";
  status: "open" | "complete";
  success_url: string;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  /** The hosted page while the session is open; null once it is complete, as in Stripe. */
  url: string | null;
}

export interface FakePaymentIntent {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_received: number;
  created: number;
  currency: string;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  status: "processing" | "succeeded" | "requires_payment_method";
}

export interface FakeCharge {
  id: string;
  object: "charge";
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  created: number;
  currency: string;
  disputed: boolean;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Record<string, string>;
  paid: boolean;
  payment_intent: string;
  receipt_email: string;
  receipt_url: string;
  refunded: boolean;
  status: "pending" | "succeeded" | "failed";
}

export interface FakeDispute {
  id: string;
  object: "dispute";
  amount: number;
  charge: string;
  created: number;
  currency: string;
  is_charge_refundable: boolean;
  livemode: false;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: "fraudulent";
  status: "needs_response" | "won" | "lost";
}

export interface FakeRefund {
  id: string;
  object: "refund";
  amount: number;
  charge: string;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
  status: "succeeded";
}

export interface FakeEvent {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: Record<string, unknown> };
  livemode: false;
  /** 1 while the webhook endpoint has not acknowledged the event, then 0. */
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface StripeEventRecord {
  event: FakeEvent;
  /** True once a delivery got a 2xx answer; drives `delivery_success` in GET /v1/events. */
  delivered: boolean;
  attempts: number;
  /** The app's HTTP status for the last attempt; 0 when it could not be reached; null before any. */
  lastStatus: number | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  /** The decoded form parameters: the body of a POST, the query string of a GET. */
  body: Record<string, unknown>;
}

export interface FakeStripe {
  /** http://127.0.0.1:PORT, for STRIPE_API_BASE. */
  url: string;
  port: number;
  /** Where checkout.session.* / charge.* events are POSTed, signed with `secret`. Loopback URLs only. */
  setWebhook(url: string, secret: string): void;
  /** A Price for `line_items[0][price]`, as if made in the Dashboard; returns its id. */
  createPrice(unitAmount: number, currency: string, productName?: string): string;
  sessions: Map<string, FakeCheckoutSession>;
  /** Every event created, oldest first, with delivery results. */
  events: StripeEventRecord[];
  /** Every /v1 request, refused ones included. */
  requests: RecordedRequest[];
  /**
   * The hosted page's "pay" action: completes the session (paid, or with `delayed` complete
   * but "unpaid" until settleDelayed), creates checkout.session.completed, delivers it
   * unless `deliver` is false, and returns the success URL with the session id filled in.
   */
  pay(sessionId: string, opts?: { delayed?: boolean; deliver?: boolean }): Promise<string>;
  /** Ends a delayed payment: checkout.session.async_payment_succeeded (now "paid") or _failed. */
  settleDelayed(sessionId: string, outcome: "succeeded" | "failed", opts?: { deliver?: boolean }): Promise<void>;
  /** charge.refunded; refunds what is left when `amount` is omitted. */
  refund(sessionId: string, opts?: { amount?: number; deliver?: boolean }): Promise<void>;
  /** Refunds made through POST /v1/refunds (the API), oldest first. */
  refunds: FakeRefund[];
  /**
   * Makes the next `count` POST /v1/refunds answer 500 api_error without refunding, as
   * when Stripe has an outage (the SDK retries, so one refused call takes 3 of these).
   */
  failRefunds(count: number): void;
  /** charge.dispute.created. */
  openDispute(sessionId: string, opts?: { deliver?: boolean }): Promise<void>;
  /** charge.dispute.closed. */
  closeDispute(sessionId: string, status: "won" | "lost", opts?: { deliver?: boolean }): Promise<void>;
  /**
   * Sends an existing event again (a redelivery) and returns the app's HTTP status (0 if
   * unreachable). For signature tests: `timestamp` (seconds) and `secret` change the
   * signature; `reserialize` sends the JSON without its whitespace while the signature
   * still covers the original pretty-printed payload.
   */
  deliver(eventId: string, opts?: { timestamp?: number; secret?: string; reserialize?: boolean }): Promise<number>;
  close(): Promise<void>;
}

type Params = Record<string, unknown>;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { type?: string; code?: string; param?: string } = {},
  ) {
    super(message);
  }

  toJSON() {
    const { type = "invalid_request_error", code, param } = this.details;
    const docUrl = code ? `https://stripe.com/docs/error-codes/${code.replaceAll("_", "-")}` : undefined;
    return { error: { type, message: this.message, code, param, doc_url: docUrl } };
  }
}

const invalid = (message: string, param?: string, code?: string) => new ApiError(400, message, { code, param });
const missingParam = (param: string) => invalid(`Missing required param: ${param}.`, param, "parameter_missing");
const noSuch = (kind: string, id: string, param: string, status = 404) =>
  new ApiError(status, `No such ${kind}: '${id}'`, { code: "resource_missing", param });

const MAX_BODY_BYTES = 1_000_000;
const WEBHOOK_TIMEOUT_MS = 10_000;
/** Stripe always knows the buyer's email after checkout; used when the app did not pass one. */
const DEFAULT_CUSTOMER_EMAIL = "customer@example.com";
const ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function newId(prefix: string, length = 24): string {
  return prefix + Array.from(crypto.randomBytes(length), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join("");
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Decodes Stripe's form encoding: `a[b][0][c]=1` nests, `a[]=x` appends, and hashes whose
 * keys are all indexes become arrays (the SDK sends `expand[0]=…`, curl users `expand[]=…`).
 */
function parseStripeForm(text: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) throw invalid(`Invalid parameter name: ${key}`, key);
    const path = [match[1], ...Array.from(match[2].matchAll(/\[([^[\]]*)\]/g), (m) => m[1])];
    assign(root, path, value, key);
  }
  return arraysFromIndexes(root) as Params;
}

function assign(root: Params, path: string[], value: string, key: string): void {
  let node: Params | unknown[] = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (segment === "") {
      if (!last || !Array.isArray(node)) throw invalid(`Invalid array: ${key}`, key);
      node.push(value);
      return;
    }
    // A "__proto__" key would replace the prototype of a plain object.
    if (Array.isArray(node) || segment === "__proto__") throw invalid(`Invalid parameter name: ${key}`, key);
    if (last) {
      if (typeof node[segment] === "object") throw invalid(`Invalid hash: ${key}`, key);
      node[segment] = value;
      return;
    }
    const wantsArray = path[i + 1] === "";
    const child: unknown = node[segment] ?? (wantsArray ? [] : {});
    if (typeof child !== "object" || child === null || Array.isArray(child) !== wantsArray) {
      throw invalid(`Invalid ${wantsArray ? "array" : "hash"}: ${key}`, key);
    }
    node[segment] = child;
    node = child as Params | unknown[];
  }
}

function arraysFromIndexes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(arraysFromIndexes);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arraysFromIndexes(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

/** Stripe refuses parameters it does not know; this fake also refuses real ones it does not implement. */
function onlyKnown(params: Params, known: string[], prefix = ""): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) {
      const full = prefix ? `${prefix}[${name}]` : name;
      throw invalid(
        `Received unknown parameter: ${full}. (The fake in tests/support/fake-stripe.ts implements only: ${known.join(", ")}.)`,
        full,
        "parameter_unknown",
      );
    }
  }
}

function stringParam(params: Params, name: string, label = name): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(`Invalid string: ${label}`, label, "parameter_invalid_string");
  return value;
}

function intParam(params: Params, name: string, label = name): number | undefined {
  const value = stringParam(params, name, label);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,15}$/.test(value)) throw invalid(`Invalid integer: ${value}`, label, "parameter_invalid_integer");
  return Number(value);
}

function hashParam(params: Params, name: string, label = name): Params | undefined {
  const value = params[name];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw invalid(`Invalid hash: ${label}`, label);
  return value as Params;
}

function expandParam(params: Params): string[] {
  const value = params.expand;
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item): item is string => typeof item === "string")) throw invalid("Invalid array: expand", "expand");
  return list;
}

/** `created=N` or `created[gt|gte|lt|lte]=N`, as a predicate on a unix timestamp. */
function createdFilter(params: Params): (created: number) => boolean {
  const value = params.created;
  if (value === undefined) return () => true;
  if (typeof value === "string") {
    const exact = intParam(params, "created");
    return (created) => created === exact;
  }
  const range = hashParam(params, "created") ?? {};
  onlyKnown(range, ["gt", "gte", "lt", "lte"], "created");
  const gt = intParam(range, "gt", "created[gt]");
  const gte = intParam(range, "gte", "created[gte]");
  const lt = intParam(range, "lt", "created[lt]");
  const lte = intParam(range, "lte", "created[lte]");
  return (created) =>
    (gt === undefined || created > gt) &&
    (gte === undefined || created >= gte) &&
    (lt === undefined || created < lt) &&
    (lte === undefined || created <= lte);
}

/** One page of a newest-first list, with Stripe's `limit`, `starting_after` and `ending_before`. */
function listPage<T extends { id: string }>(items: T[], params: Params, url: string): FakeList<T> {
  const limit = intParam(params, "limit") ?? 10;
  if (limit < 1 || limit > 100) throw invalid("Invalid limit: must be an integer between 1 and 100", "limit");
  const after = stringParam(params, "starting_after");
  const before = stringParam(params, "ending_before");
  const cursorIndex = (id: string, param: string) => {
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) throw invalid(`No such object for ${param}: '${id}'`, param, "resource_missing");
    return index;
  };
  if (before !== undefined) {
    const earlier = items.slice(0, cursorIndex(before, "ending_before"));
    return { object: "list", data: earlier.slice(-limit), has_more: earlier.length > limit, url };
  }
  const rest = after === undefined ? items : items.slice(cursorIndex(after, "starting_after") + 1);
  return { object: "list", data: rest.slice(0, limit), has_more: rest.length > limit, url };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatAmount(amount: number, currency: string): string {
  const format = new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() });
  // Amounts are in the currency's smallest unit: cents for USD, whole yen for JPY.
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, "Request body too large.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeStripe(): Promise<FakeStripe> {
  // Only for signing webhooks: the SDK's test-header helper computes the HMAC offline.
  const signer = new Stripe("sk_test_fake");
  const prices = new Map<string, { price: FakePrice; productName: string }>();
  const sessions = new Map<string, FakeCheckoutSession>();
  const intents = new Map<string, FakePaymentIntent>();
  const charges = new Map<string, FakeCharge>();
  const disputesByCharge = new Map<string, FakeDispute>();
  const refunds: FakeRefund[] = [];
  let refundFailures = 0;
  const events: StripeEventRecord[] = [];
  const requests: RecordedRequest[] = [];
  const idempotent = new Map<
    string,
    { method: string; path: string; body: string; status: number; response: string }
  >();
  const inFlight = new Set<http.ClientRequest>();
  let webhook: { url: URL; secret: string } | null = null;
  let baseUrl = "";

  // ---- Objects as the API shows them ----

  function checkSessionExpand(expand: string[]): void {
    for (const path of expand) {
      if (!["line_items", "payment_intent", "payment_intent.latest_charge"].includes(path)) {
        throw invalid(`This property cannot be expanded (${path}).`, "expand");
      }
    }
  }

  function renderSession(session: FakeCheckoutSession, expand: string[]): Record<string, unknown> {
    checkSessionExpand(expand);
    const { line_items: lineItems, ...rest } = structuredClone(session);
    const rendered: Record<string, unknown> = rest;
    if (expand.includes("line_items")) rendered.line_items = lineItems;
    const expandCharge = expand.includes("payment_intent.latest_charge");
    if ((expandCharge || expand.includes("payment_intent")) && session.payment_intent) {
      const intent = structuredClone(intents.get(session.payment_intent)!);
      rendered.payment_intent =
        expandCharge && intent.latest_charge
          ? { ...intent, latest_charge: structuredClone(charges.get(intent.latest_charge)!) }
          : intent;
    }
    return rendered;
  }

  function paymentOf(sessionId: string): {
    session: FakeCheckoutSession;
    intent: FakePaymentIntent;
    charge: FakeCharge;
  } {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`fake-stripe: no checkout session ${sessionId}`);
    if (!session.payment_intent) throw new Error(`fake-stripe: checkout session ${sessionId} has not been paid`);
    const intent = intents.get(session.payment_intent)!;
    return { session, intent, charge: charges.get(intent.latest_charge!)! };
  }

  // ---- Events and webhooks ----

  async function emit(type: string, object: object, deliver: boolean | undefined): Promise<void> {
    const record: StripeEventRecord = {
      event: {
        id: newId("evt_"),
        object: "event",
        api_version: Stripe.API_VERSION,
        created: nowSeconds(),
        // A snapshot: the event shows the object as it was when the event happened.
        data: { object: structuredClone(object) as Record<string, unknown> },
        livemode: false,
        pending_webhooks: webhook ? 1 : 0,
        // These events come from the customer or the bank, not from an API request.
        request: { id: null, idempotency_key: null },
        type,
      },
      delivered: false,
      attempts: 0,
      lastStatus: null,
    };
    events.push(record);
    if (webhook && deliver !== false) await send(record, {});
  }

  async function send(
    record: StripeEventRecord,
    opts: { timestamp?: number; secret?: string; reserialize?: boolean },
  ): Promise<number> {
    if (!webhook) throw new Error("fake-stripe: call setWebhook() before delivering events");
    // Stripe sends pretty-printed JSON and signs exactly those bytes.
    const payload = JSON.stringify(record.event, null, 2);
    const signature = signer.webhooks.generateTestHeaderString({
      payload,
      secret: opts.secret ?? webhook.secret,
      timestamp: opts.timestamp ?? nowSeconds(),
    });
    const body = opts.reserialize ? JSON.stringify(record.event) : payload;
    const status = await postWebhook(webhook.url, body, signature);
    record.attempts += 1;
    record.lastStatus = status;
    if (status >= 200 && status < 300) {
      record.delivered = true;
      record.event.pending_webhooks = 0;
    }
    return status;
  }

  function postWebhook(url: URL, body: string, signature: string): Promise<number> {
    return new Promise((resolve) => {
      const req = http.request(url, {
        method: "POST",
        // No keep-alive: a pooled socket would outlive close() and hold the app server open.
        agent: false,
        timeout: WEBHOOK_TIMEOUT_MS,
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Length": Buffer.byteLength(body),
          "Stripe-Signature": signature,
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
      });
      inFlight.add(req);
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("timeout", () => req.destroy(new Error("webhook timed out")));
      req.on("error", () => resolve(0));
      req.on("close", () => inFlight.delete(req));
      req.end(body);
    });
  }

  // ---- State changes, shared by the hosted page and the test helpers ----

  async function pay(sessionId: string, opts: { delayed?: boolean; deliver?: boolean } = {}): Promise<string> {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`fake-stripe: no checkout session ${sessionId}`);
    if (session.status !== "open")
      throw new Error(`fake-stripe: checkout session ${sessionId} is already ${session.status}`);
    const created = nowSeconds();
    const email = session.customer_email ?? DEFAULT_CUSTOMER_EMAIL;
    const intent: FakePaymentIntent = {
      id: newId("pi_"),
      object: "payment_intent",
      amount: session.amount_total,
      amount_received: opts.delayed ? 0 : session.amount_total,
      created,
      currency: session.currency,
      latest_charge: null,
      livemode: false,
      metadata: {},
      status: opts.delayed ? "processing" : "succeeded",
    };
    const chargeId = newId("ch_");
    const charge: FakeCharge = {
      id: chargeId,
      object: "charge",
      amount: session.amount_total,
      amount_captured: opts.delayed ? 0 : session.amount_total,
      amount_refunded: 0,
      captured: !opts.delayed,
      created,
      currency: session.currency,
      disputed: false,
      failure_code: null,
      failure_message: null,
      livemode: false,
      metadata: {},
      paid: !opts.delayed,
      payment_intent: intent.id,
      receipt_email: email,
      receipt_url: `${baseUrl}/receipts/${chargeId}`,
      refunded: false,
      // A bank debit's charge stays pending until the bank settles it.
      status: opts.delayed ? "pending" : "succeeded",
    };
    intent.latest_charge = charge.id;
    intents.set(intent.id, intent);
    charges.set(charge.id, charge);
    Object.assign(session, {
      status: "complete",
      payment_status: opts.delayed ? "unpaid" : "paid",
      payment_intent: intent.id,
      url: null,
      customer_details: { address: null, email, name: null, phone: null, tax_exempt: "none", tax_ids: [] },
    } satisfies Partial<FakeCheckoutSession>);
    await emit("checkout.session.completed", renderSession(session, []), opts.deliver);
    return session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
  }

  async function settleDelayed(
    sessionId: string,
    outcome: "succeeded" | "failed",
    opts: { deliver?: boolean } = {},
  ): Promise<void> {
    const { session, intent, charge } = paymentOf(sessionId);
    if (intent.status !== "processing")
      throw new Error(`fake-stripe: the payment of ${sessionId} is not a pending delayed payment`);
    if (outcome === "succeeded") {
      Object.assign(intent, {
        status: "succeeded",
        amount_received: intent.amount,
      } satisfies Partial<FakePaymentIntent>);
      Object.assign(charge, {
        status: "succeeded",
        paid: true,
        captured: true,
        amount_captured: charge.amount,
      } satisfies Partial<FakeCharge>);
      session.payment_status = "paid";
    } else {
      intent.status = "requires_payment_method";
      Object.assign(charge, {
        status: "failed",
        failure_code: "insufficient_funds",
        failure_message: "The bank account has insufficient funds.",
      } satisfies Partial<FakeCharge>);
    }
    await emit(`checkout.session.async_payment_${outcome}`, renderSession(session, []), opts.deliver);
  }

  async function refund(sessionId: string, opts: { amount?: number; deliver?: boolean } = {}): Promise<void> {
    const { charge } = paymentOf(sessionId);
    if (charge.status !== "succeeded")
      throw new Error(`fake-stripe: the charge of ${sessionId} has not succeeded, so it cannot be refunded`);
    const left = charge.amount - charge.amount_refunded;
    const amount = opts.amount ?? left;
    if (!Number.isInteger(amount) || amount < 1 || amount > left) {
      throw new Error(`fake-stripe: refund amount must be an integer from 1 to ${left}, got ${amount}`);
    }
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    await emit("charge.refunded", charge, opts.deliver);
  }

  /** POST /v1/refunds: a full or partial refund of a payment intent's (or a charge's) succeeded charge. */
  function createRefund(params: Params): FakeRefund {
    onlyKnown(params, ["payment_intent", "charge", "amount", "reason", "metadata"]);
    if (refundFailures > 0) {
      refundFailures--;
      throw new ApiError(500, "An error occurred with our connection to Stripe.", { type: "api_error" });
    }
    const intentId = stringParam(params, "payment_intent");
    const chargeId = stringParam(params, "charge");
    if ((intentId === undefined) === (chargeId === undefined)) {
      throw invalid(
        "You must pass exactly one of charge or payment_intent.",
        intentId === undefined ? "charge" : "payment_intent",
      );
    }
    let charge: FakeCharge | undefined;
    if (intentId !== undefined) {
      const intent = intents.get(intentId);
      if (!intent) throw noSuch("payment_intent", intentId, "payment_intent", 400);
      charge = intent.latest_charge ? charges.get(intent.latest_charge) : undefined;
      if (!charge || charge.status !== "succeeded") {
        throw invalid(
          `This PaymentIntent (${intentId}) does not have a successful charge to refund.`,
          "payment_intent",
          "charge_not_refundable",
        );
      }
    } else {
      charge = charges.get(chargeId!);
      if (!charge) throw noSuch("charge", chargeId!, "charge", 400);
    }
    if (charge.disputed)
      throw invalid(`Charge ${charge.id} has been disputed; it cannot be refunded.`, undefined, "charge_disputed");
    const left = charge.amount - charge.amount_refunded;
    if (left === 0)
      throw invalid(`Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded");
    const amount = intParam(params, "amount") ?? left;
    if (amount < 1) throw invalid("Invalid positive integer", "amount");
    if (amount > left)
      throw invalid(
        `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(left, charge.currency)})`,
        "amount",
        "amount_too_large",
      );
    const reason = stringParam(params, "reason") ?? null;
    if (reason !== null && !["duplicate", "fraudulent", "requested_by_customer"].includes(reason)) {
      throw invalid(`Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer`, "reason");
    }
    const created: FakeRefund = {
      id: newId("re_"),
      object: "refund",
      amount,
      charge: charge.id,
      created: nowSeconds(),
      currency: charge.currency,
      metadata: metadataParam(params),
      payment_intent: charge.payment_intent,
      reason: reason as FakeRefund["reason"],
      status: "succeeded",
    };
    refunds.push(created);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    // As Stripe does, the webhook follows the API answer rather than holding it up.
    void emit("charge.refunded", charge, undefined);
    return created;
  }

  async function openDispute(sessionId: string, opts: { deliver?: boolean } = {}): Promise<void> {
    const { intent, charge } = paymentOf(sessionId);
    if (charge.status !== "succeeded")
      throw new Error(`fake-stripe: the charge of ${sessionId} has not succeeded, so it cannot be disputed`);
    if (disputesByCharge.has(charge.id))
      throw new Error(`fake-stripe: the charge of ${sessionId} is already disputed (one dispute per charge)`);
    const dispute: FakeDispute = {
      id: newId("dp_"),
      object: "dispute",
      amount: charge.amount,
      charge: charge.id,
      created: nowSeconds(),
      currency: charge.currency,
      is_charge_refundable: false,
      livemode: false,
      metadata: {},
      payment_intent: intent.id,
      reason: "fraudulent",
      status: "needs_response",
    };
    disputesByCharge.set(charge.id, dispute);
    charge.disputed = true;
    await emit("charge.dispute.created", dispute, opts.deliver);
  }

  async function closeDispute(
    sessionId: string,
    status: "won" | "lost",
    opts: { deliver?: boolean } = {},
  ): Promise<void> {
    const { charge } = paymentOf(sessionId);
    const dispute = disputesByCharge.get(charge.id);
    if (!dispute || dispute.status !== "needs_response")
      throw new Error(`fake-stripe: the charge of ${sessionId} has no open dispute`);
    dispute.status = status;
    await emit("charge.dispute.closed", dispute, opts.deliver);
  }

  // ---- API endpoints ----

  function createSession(params: Params): FakeCheckoutSession {
    onlyKnown(params, [
      "mode",
      "line_items",
      "success_url",
      "cancel_url",
      "client_reference_id",
      "customer_email",
      "metadata",
      "expand",
    ]);
    const mode = stringParam(params, "mode");
    if (mode === undefined) throw missingParam("mode");
    if (mode !== "payment") {
      throw invalid(
        `Invalid mode: ${mode}. (The fake in tests/support/fake-stripe.ts implements only mode=payment.)`,
        "mode",
      );
    }
    const urlParam = (name: string) => {
      const value = stringParam(params, name);
      if (value !== undefined && !URL.canParse(value)) throw invalid("Not a valid URL", name, "url_invalid");
      return value;
    };
    const successUrl = urlParam("success_url");
    if (successUrl === undefined) throw missingParam("success_url");
    const cancelUrl = urlParam("cancel_url") ?? null;
    const customerEmail = stringParam(params, "customer_email") ?? null;
    if (customerEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(customerEmail)) {
      throw invalid(`Invalid email address: ${customerEmail}`, "customer_email", "email_invalid");
    }
    const clientReferenceId = stringParam(params, "client_reference_id") ?? null;
    if (clientReferenceId !== null && clientReferenceId.length > 200) {
      throw invalid(
        "client_reference_id must be at most 200 characters",
        "client_reference_id",
        "string_length_exceeded",
      );
    }
    const metadata = metadataParam(params);

    const rawItems = params.line_items;
    if (rawItems === undefined) throw missingParam("line_items");
    if (!Array.isArray(rawItems) || rawItems.length === 0) throw invalid("Invalid array: line_items", "line_items");
    const lineItems = rawItems.map((raw, index) => lineItem(raw, `line_items[${index}]`));
    const currency = lineItems[0].currency;
    if (lineItems.some((item) => item.currency !== currency)) {
      throw invalid("All line items must use the same currency.", "line_items", "checkout_session_currency_mismatch");
    }

    const created = nowSeconds();
    const id = newId("cs_test_", 58);
    const amount = lineItems.reduce((sum, item) => sum + item.amount_total, 0);
    const session: FakeCheckoutSession = {
      id,
      object: "checkout.session",
      amount_subtotal: amount,
      amount_total: amount,
      cancel_url: cancelUrl,
      client_reference_id: clientReferenceId,
      created,
      currency,
      customer: null,
      customer_details: null,
      customer_email: customerEmail,
      expires_at: created + 24 * 3600,
      line_items: { object: "list", data: lineItems, has_more: false, url: `/v1/checkout/sessions/${id}/line_items` },
      livemode: false,
      metadata,
      mode: "payment",
      payment_intent: null,
      payment_method_types: ["card"],
      payment_status: "unpaid",
      status: "open",
      success_url: successUrl,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      url: `${baseUrl}/pay/${id}`,
    };
    sessions.set(id, session);
    return session;
  }

  function metadataParam(params: Params): Record<string, string> {
    const metadata = hashParam(params, "metadata") ?? {};
    const entries = Object.entries(metadata);
    if (entries.length > 50) throw invalid("You can specify up to 50 keys in metadata.", "metadata");
    for (const [key, value] of entries) {
      if (typeof value !== "string") throw invalid(`Invalid string: metadata[${key}]`, `metadata[${key}]`);
      if (key.length > 40 || value.length > 500) {
        throw invalid("Metadata keys can have up to 40 characters and values up to 500.", `metadata[${key}]`);
      }
    }
    return metadata as Record<string, string>;
  }

  function lineItem(raw: unknown, label: string): FakeLineItem {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw invalid(`Invalid hash: ${label}`, label);
    const item = raw as Params;
    onlyKnown(item, ["price", "price_data", "quantity"], label);
    const quantity = intParam(item, "quantity", `${label}[quantity]`);
    if (quantity === undefined) throw missingParam(`${label}[quantity]`);
    if (quantity < 1) throw invalid("Quantity must be at least 1.", `${label}[quantity]`);

    const priceId = stringParam(item, "price", `${label}[price]`);
    const priceData = hashParam(item, "price_data", `${label}[price_data]`);
    if ((priceId === undefined) === (priceData === undefined)) {
      throw invalid(`You must specify exactly one of ${label}[price] or ${label}[price_data].`, label);
    }
    let price: FakePrice;
    let description: string;
    if (priceId !== undefined) {
      const known = prices.get(priceId);
      if (!known) throw noSuch("price", priceId, `${label}[price]`, 400);
      price = structuredClone(known.price);
      description = known.productName;
    } else {
      const data = priceData!;
      const dataLabel = `${label}[price_data]`;
      onlyKnown(data, ["currency", "unit_amount", "product_data"], dataLabel);
      const currency = stringParam(data, "currency", `${dataLabel}[currency]`);
      if (currency === undefined) throw missingParam(`${dataLabel}[currency]`);
      if (!/^[a-z]{3}$/i.test(currency)) throw invalid(`Invalid currency: ${currency}`, `${dataLabel}[currency]`);
      const unitAmount = intParam(data, "unit_amount", `${dataLabel}[unit_amount]`);
      if (unitAmount === undefined) throw missingParam(`${dataLabel}[unit_amount]`);
      if (unitAmount < 0) throw invalid("Invalid non-negative integer", `${dataLabel}[unit_amount]`);
      const product = hashParam(data, "product_data", `${dataLabel}[product_data]`);
      if (!product) throw missingParam(`${dataLabel}[product_data]`);
      onlyKnown(product, ["name"], `${dataLabel}[product_data]`);
      const name = stringParam(product, "name", `${dataLabel}[product_data][name]`);
      if (!name) throw missingParam(`${dataLabel}[product_data][name]`);
      // Stripe makes an inactive, one-off Price for inline price_data.
      price = {
        id: newId("price_"),
        object: "price",
        active: false,
        created: nowSeconds(),
        currency: currency.toLowerCase(),
        livemode: false,
        product: newId("prod_", 14),
        type: "one_time",
        unit_amount: unitAmount,
      };
      description = name;
    }
    const total = price.unit_amount * quantity;
    return {
      id: newId("li_"),
      object: "item",
      amount_discount: 0,
      amount_subtotal: total,
      amount_tax: 0,
      amount_total: total,
      currency: price.currency,
      description,
      price,
      quantity,
    };
  }

  function retrieveSession(id: string, params: Params): Record<string, unknown> {
    onlyKnown(params, ["expand"]);
    const session = sessions.get(id);
    if (!session) throw noSuch("checkout.session", id, "session");
    return renderSession(session, expandParam(params));
  }

  function listSessions(params: Params): FakeList<Record<string, unknown>> {
    onlyKnown(params, ["payment_intent", "status", "created", "limit", "starting_after", "ending_before", "expand"]);
    const intent = stringParam(params, "payment_intent");
    const status = stringParam(params, "status");
    const inRange = createdFilter(params);
    const expand = expandParam(params).map((path) => {
      if (!path.startsWith("data.")) throw invalid(`This property cannot be expanded (${path}).`, "expand");
      return path.slice("data.".length);
    });
    const matching = [...sessions.values()]
      .reverse()
      .filter(
        (s) =>
          (intent === undefined || s.payment_intent === intent) &&
          (status === undefined || s.status === status) &&
          inRange(s.created),
      );
    const page = listPage(matching, params, "/v1/checkout/sessions");
    return { ...page, data: page.data.map((session) => renderSession(session, expand)) };
  }

  function listEvents(params: Params): FakeList<FakeEvent> {
    onlyKnown(params, ["type", "types", "delivery_success", "created", "limit", "starting_after", "ending_before"]);
    const type = stringParam(params, "type");
    const types = params.types;
    if (types !== undefined && (!Array.isArray(types) || !types.every((t) => typeof t === "string"))) {
      throw invalid("Invalid array: types", "types");
    }
    if (type !== undefined && types !== undefined)
      throw invalid("You may only specify one of these parameters: type, types.", "types");
    const deliveryText = stringParam(params, "delivery_success");
    if (deliveryText !== undefined && deliveryText !== "true" && deliveryText !== "false") {
      throw invalid(`Invalid boolean: ${deliveryText}`, "delivery_success");
    }
    // `type` takes a `*` wildcard, as in "charge.dispute.*".
    const typeMatches = (eventType: string) =>
      type === undefined || (type.endsWith("*") ? eventType.startsWith(type.slice(0, -1)) : eventType === type);
    const inRange = createdFilter(params);
    const matching = [...events]
      .reverse()
      .filter(
        (r) =>
          typeMatches(r.event.type) &&
          (types === undefined || (types as string[]).includes(r.event.type)) &&
          (deliveryText === undefined || r.delivered === (deliveryText === "true")) &&
          inRange(r.event.created),
      )
      .map((r) => r.event);
    return listPage(structuredClone(matching), params, "/v1/events");
  }

  function retrieveEvent(id: string, params: Params): FakeEvent {
    onlyKnown(params, []);
    const record = events.find((r) => r.event.id === id);
    if (!record) throw noSuch("event", id, "id");
    return structuredClone(record.event);
  }

  function route(method: string, path: string, params: Params): unknown {
    if (path === "/v1/checkout/sessions") {
      if (method === "POST") {
        const expand = expandParam(params);
        checkSessionExpand(expand);
        return renderSession(createSession(params), expand);
      }
      if (method === "GET") return listSessions(params);
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (sessionMatch && method === "GET") return retrieveSession(decodeURIComponent(sessionMatch[1]), params);
    if (path === "/v1/events" && method === "GET") return listEvents(params);
    if (path === "/v1/refunds" && method === "POST") return createRefund(params);
    const eventMatch = /^\/v1\/events\/([^/]+)$/.exec(path);
    if (eventMatch && method === "GET") return retrieveEvent(decodeURIComponent(eventMatch[1]), params);
    throw new ApiError(
      404,
      `Unrecognized request URL (${method}: ${path}). (The fake in tests/support/fake-stripe.ts implements only the endpoints the app uses.)`,
    );
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? "GET";
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "Request-Id": newId("req_", 14),
      "Stripe-Version": (req.headers["stripe-version"] as string | undefined) ?? Stripe.API_VERSION,
      ...(idempotencyKey && method === "POST" ? { "Idempotency-Key": idempotencyKey } : {}),
    };
    const send = (status: number, json: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, ...extra });
      res.end(json);
    };
    const record: RecordedRequest = { method, path: url.pathname, idempotencyKey, body: {} };
    requests.push(record);
    try {
      const raw = await readBody(req);
      // Stripe reads parameters from the query string and the form body alike.
      record.body = { ...parseStripeForm(url.search.slice(1)), ...parseStripeForm(raw) };
      if (!/^Bearer \S+$/.test(req.headers.authorization ?? "")) {
        throw new ApiError(
          401,
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        );
      }
      if (method === "POST" && idempotencyKey) {
        const earlier = idempotent.get(idempotencyKey);
        if (earlier && (earlier.method !== method || earlier.path !== url.pathname)) {
          throw new ApiError(
            400,
            `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${idempotencyKey}').`,
            { type: "idempotency_error" },
          );
        }
        if (earlier && earlier.body !== raw) {
          throw new ApiError(
            400,
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            { type: "idempotency_error" },
          );
        }
        if (earlier) return send(earlier.status, earlier.response, { "Idempotent-Replayed": "true" });
      }
      const response = JSON.stringify(route(method, url.pathname, record.body), null, 2);
      // Stripe saves results only for requests that ran; refused parameters can be retried with the same key.
      if (method === "POST" && idempotencyKey)
        idempotent.set(idempotencyKey, { method, path: url.pathname, body: raw, status: 200, response });
      send(200, response);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(error.status, JSON.stringify(error, null, 2));
    }
  }

  // ---- Hosted pages ----

  function page(res: http.ServerResponse, status: number, title: string, body: string): void {
    res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
.badge { display: inline-block; background: #ffde92; color: #5c3b00; padding: 0.1rem 0.5rem; border-radius: 0.25rem; }
button { font: inherit; padding: 0.5rem 1rem; margin: 0.25rem 0; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`);
  }

  function checkoutPage(res: http.ServerResponse, session: FakeCheckoutSession, status = 200, notice?: string): void {
    const amount = formatAmount(session.amount_total, session.currency);
    const items = session.line_items.data
      .map(
        (item) =>
          `<li>${escapeHtml(item.description)} × ${item.quantity}: ${formatAmount(item.amount_total, item.currency)}</li>`,
      )
      .join("\n");
    const action = `/pay/${encodeURIComponent(session.id)}`;
    const button = (outcome: string, label: string) =>
      `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="outcome" value="${outcome}"><button type="submit">${label}</button></form>`;
    const actions =
      session.status === "open"
        ? [
            button("paid", "Pay"),
            button("delayed", "Pay with a delayed method"),
            // As on Stripe's page, the way back exists only when the app gave a cancel_url.
            session.cancel_url ? button("cancel", "Cancel") : "",
          ].join("\n")
        : `<p role="status">This checkout session is ${escapeHtml(session.status)}; it cannot be paid again.</p>`;
    page(
      res,
      status,
      "Fake Stripe Checkout — test mode",
      `<h1>Fake Stripe Checkout — test mode</h1>
<p><span class="badge">Test mode</span> No real money moves.</p>
${notice ? `<p role="alert">${escapeHtml(notice)}</p>` : ""}
<dl>
<dt>Amount</dt><dd>${escapeHtml(amount)}</dd>
<dt>Email</dt><dd>${escapeHtml(session.customer_email ?? DEFAULT_CUSTOMER_EMAIL)}</dd>
</dl>
<ul aria-label="Items">
${items}
</ul>
${actions}`,
    );
  }

  async function handleHostedPay(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    sessionId: string,
  ): Promise<void> {
    const session = sessions.get(sessionId);
    if (!session)
      return page(res, 404, "Not found", "<h1>Not found</h1><p>There is no checkout session with this id.</p>");
    if (req.method === "GET") return checkoutPage(res, session);
    if (req.method !== "POST") return page(res, 405, "Method not allowed", "<h1>Method not allowed</h1>");
    const outcome = new URLSearchParams(await readBody(req)).get("outcome");
    if (outcome === "cancel" && session.cancel_url) {
      // Going back leaves the session open, as on Stripe.
      res.writeHead(303, { Location: session.cancel_url });
      return void res.end();
    }
    if (outcome !== "paid" && outcome !== "delayed")
      return checkoutPage(res, session, 400, "Choose one of the buttons below.");
    if (session.status !== "open") return checkoutPage(res, session, 409);
    const location = await pay(session.id, { delayed: outcome === "delayed" });
    res.writeHead(303, { Location: location });
    res.end();
  }

  function receiptPage(res: http.ServerResponse, chargeId: string): void {
    const charge = charges.get(chargeId);
    if (!charge) return page(res, 404, "Not found", "<h1>Not found</h1><p>There is no receipt with this id.</p>");
    const refunded =
      charge.amount_refunded > 0
        ? `<dt>Refunded</dt><dd>${escapeHtml(formatAmount(charge.amount_refunded, charge.currency))}</dd>`
        : "";
    page(
      res,
      200,
      "Receipt — Fake Stripe test mode",
      `<h1>Receipt</h1>
<p><span class="badge">Test mode</span></p>
<dl>
<dt>Amount paid</dt><dd>${escapeHtml(formatAmount(charge.amount, charge.currency))}</dd>
${refunded}
<dt>Receipt sent to</dt><dd>${escapeHtml(charge.receipt_email)}</dd>
</dl>`,
    );
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const payMatch = /^\/pay\/([^/]+)$/.exec(url.pathname);
    const receiptMatch = /^\/receipts\/([^/]+)$/.exec(url.pathname);
    let handled: Promise<void> | void;
    if (url.pathname.startsWith("/v1/")) handled = handleApi(req, res, url);
    else if (payMatch) handled = handleHostedPay(req, res, decodeURIComponent(payMatch[1]));
    else if (receiptMatch && req.method === "GET") handled = receiptPage(res, decodeURIComponent(receiptMatch[1]));
    else handled = page(res, 404, "Not found", "<h1>Not found</h1>");
    // A bug in the fake should fail the test loudly, not hang the client.
    Promise.resolve(handled).catch((error: unknown) => {
      console.error("fake-stripe: request failed", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(error instanceof ApiError ? error.message : "fake-stripe internal error");
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    setWebhook(url, secret) {
      const parsed = new URL(url);
      if (parsed.protocol !== "http:" || !isLoopback(parsed.hostname)) {
        throw new Error(`fake-stripe: the webhook URL must be http:// on a loopback address, got ${url}`);
      }
      webhook = { url: parsed, secret };
    },
    createPrice(unitAmount, currency, productName = "Test product") {
      if (!Number.isInteger(unitAmount) || unitAmount < 0)
        throw new Error(`fake-stripe: unit amount must be a non-negative integer, got ${unitAmount}`);
      const price: FakePrice = {
        id: newId("price_"),
        object: "price",
        active: true,
        created: nowSeconds(),
        currency: currency.toLowerCase(),
        livemode: false,
        product: newId("prod_", 14),
        type: "one_time",
        unit_amount: unitAmount,
      };
      prices.set(price.id, { price, productName });
      return price.id;
    },
    sessions,
    events,
    requests,
    pay,
    settleDelayed,
    refund,
    refunds,
    failRefunds(count) {
      refundFailures = count;
    },
    openDispute,
    closeDispute,
    async deliver(eventId, opts = {}) {
      const record = events.find((r) => r.event.id === eventId);
      if (!record) throw new Error(`fake-stripe: no event ${eventId}`);
      return send(record, opts);
    },
    close() {
      for (const req of inFlight) req.destroy();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The SDK keeps sockets alive between requests; without this close() would wait for them to time out.
        server.closeAllConnections();
      });
    },
  };
}
