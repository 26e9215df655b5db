import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { engineOfUrl } from "~/db/engines";

// Every environment variable the app reads, validated once. Defaults are safe for a
// laptop: SQLite under data/, and local stand-ins for payments, email and the writer.

loadDotEnv();

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  // Unset means production: `npm start` and anything else that forgets to say must be safe to
  // expose. Development behaviour comes only from `npm run dev` (or NODE_ENV=development).
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** file:… for SQLite (the default, data/app.db), postgresql://… for PostgreSQL. */
  DATABASE_URL: optionalString.refine((v) => v === undefined || engineOfUrl(v) !== null, {
    message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  }),
  APP_ORIGIN: optionalString.pipe(z.url().optional()),
  /** How long a write waits for the database's write lock before answering 503. */
  DATABASE_WRITE_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** A cap on the SQLite file's size; writes past it answer 503 as if the disk were full. */
  SQLITE_MAX_SIZE_MB: z.coerce.number().positive().optional(),
  /** PostgreSQL: connections each app server keeps open (the pool's size). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** PostgreSQL: a statement running longer than this is cancelled (answers 503 busy). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Unset: on, except in tests. "0" turns it off everywhere. */
  LOG_REQUESTS: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true")),
  /** Express "trust proxy" setting, e.g. 1 behind one load balancer, so client IPs are right. */
  TRUST_PROXY: optionalString,

  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_PRICE_ID: optionalString,
  STRIPE_API_BASE: optionalString.pipe(z.url().optional()),
  PRICE_CENTS: z.coerce.number().int().min(50).max(1_000_000).default(4900),
  PRICE_CURRENCY: z
    .string()
    .regex(/^[a-zA-Z]{3}$/)
    .default("usd")
    .transform((v) => v.toLowerCase()),
  ALLOW_LOCAL_PAYMENTS: flag,

  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: optionalString.pipe(z.url().optional()),
  EMAIL_FROM: z.string().default("Career Recovery Toolkit <hello@example.com>"),
  /** Where contact-form messages go, and the address the contact page shows. Default: EMAIL_FROM's address. */
  SUPPORT_EMAIL: optionalString.pipe(z.email().optional()),
  /** Lets any client read /dev/outbox on an http origin that is not loopback (never https, never with Resend). */
  DEV_OUTBOX: flag,

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),

  QUOTA_PER_USER_PER_TOOL_DAILY: z.coerce.number().int().min(1).default(30),
  QUOTA_GLOBAL_DAILY: z.coerce.number().int().min(1).default(5000),
  /** Resume scans one user may start per UTC day (failed scans count: they cost as much). */
  RESUME_SCANS_PER_USER_DAILY: z.coerce.number().int().min(1).default(50),
  /** Uploads that may wait for a free PDF worker; past it, uploads answer 503 with Retry-After. */
  RESUME_SCAN_QUEUE_MAX: z.coerce.number().int().min(0).max(1000).default(8),
});

export type Config = ReturnType<typeof readConfig>;

/** Parses an environment (process.env by default) into the app's configuration. */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const origin = (e.APP_ORIGIN ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  const databaseUrl = e.DATABASE_URL ?? `file:${path.resolve("data/app.db")}`;
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === "production",
    port: e.PORT,
    host: e.HOST,
    origin,
    secureOrigin: origin.startsWith("https://"),
    databaseUrl,
    databaseEngine: engineOfUrl(databaseUrl)!,
    database: {
      writeWaitMs: e.DATABASE_WRITE_WAIT_MS,
      sqliteMaxSizeMb: e.SQLITE_MAX_SIZE_MB,
      poolSize: e.DATABASE_POOL_SIZE,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    logRequests: e.LOG_REQUESTS ?? e.NODE_ENV !== "test",
    trustProxy: e.TRUST_PROXY ? (/^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY) : undefined,
    stripe: {
      secretKey: e.STRIPE_SECRET_KEY,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET,
      priceId: e.STRIPE_PRICE_ID,
      apiBase: e.STRIPE_API_BASE,
    },
    price: { cents: e.PRICE_CENTS, currency: e.PRICE_CURRENCY },
    allowLocalPayments: e.ALLOW_LOCAL_PAYMENTS,
    email: { resendApiKey: e.RESEND_API_KEY, resendBaseUrl: e.RESEND_BASE_URL, from: e.EMAIL_FROM },
    supportEmail: e.SUPPORT_EMAIL ?? addressOf(e.EMAIL_FROM),
    outboxPage: outboxPageMode({ localOutbox: !e.RESEND_API_KEY, origin, optIn: e.DEV_OUTBOX }),
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
    },
    quotas: { perUserPerToolDaily: e.QUOTA_PER_USER_PER_TOOL_DAILY, globalDaily: e.QUOTA_GLOBAL_DAILY },
    resumeScans: { perUserDaily: e.RESUME_SCANS_PER_USER_DAILY, queueMax: e.RESUME_SCAN_QUEUE_MAX },
    services: {
      payments: e.STRIPE_SECRET_KEY ? "stripe" : "local",
      email: e.RESEND_API_KEY ? "resend" : "outbox",
      writer: e.OPENAI_API_KEY ? "openai" : "builtin",
    } as {
      payments: "stripe" | "local";
      email: "resend" | "outbox";
      writer: "openai" | "builtin";
    },
  };
}

/** The address in "Name <address>" (or the whole value when it is just an address). */
export function addressOf(from: string): string {
  return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}

/**
 * Who may read /dev/outbox, the page that shows every stored email in full (codes and
 * password-reset links included). Only when email really stays local, never on an https
 * origin (a deployment), and by default only for clients on this machine.
 */
export type OutboxPageMode = "off" | "loopback_clients" | "any_client";

export function outboxPageMode(opts: { localOutbox: boolean; origin: string; optIn: boolean }): OutboxPageMode {
  if (!opts.localOutbox) return "off";
  const url = new URL(opts.origin);
  if (url.protocol !== "http:") return "off";
  if (opts.optIn) return "any_client";
  return isLoopbackHost(url.hostname) ? "loopback_clients" : "off";
}

/** Whether a client (Express's `req.ip`) may read the outbox under a mode. */
export function outboxReadableBy(mode: OutboxPageMode, clientIp: string): boolean {
  return mode === "any_client" || (mode === "loopback_clients" && isLoopbackHost(clientIp));
}

/** True for localhost and the loopback addresses (127.0.0.0/8, ::1, IPv4-mapped 127.x). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.startsWith("::ffff:") ? h.slice("::ffff:".length) : h;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

let cached: Config | undefined;

/** The configuration of this process, read on first use. */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}

/** Reads KEY=value lines from .env into process.env, never overriding what is set. */
function loadDotEnv(file = path.resolve(".env")) {
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = /^\s*([A-Z][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith("#")) continue;
    const value = m[2].replace(/^(['"])(.*)\1$/, "$2");
    process.env[m[1]] ??= value;
  }
}

/** The path of a SQLite `file:` URL, or null for other databases. */
export function sqlitePath(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith("file:")) return null;
  return path.resolve(databaseUrl.slice("file:".length).split("?")[0]);
}
