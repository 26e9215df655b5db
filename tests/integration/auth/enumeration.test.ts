// Sign-up and the password-reset request must not tell whether an address has an account:
// the same status, headers, cookies and page either way, and timing within a bounded
// ratio. Timing is compared as medians of interleaved samples with a generous bound, so a
// loaded machine does not fail it; the old behaviour (a session and a faster, email-less
// answer for an existing address) was about twice as slow one way as the other.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { db } from "~/db.server";
import { type AppServer, startAppServer } from "../../support/app-server";
import { FormClient, latestEmail, stableHtml } from "../../support/http-client";

vi.setConfig({ testTimeout: 120_000 });

let server: AppServer;
let passwordHash: string;
const PASSWORD = "correct horse battery staple";
let n = 0;
const address = (label: string) => `${label}${++n}-${process.pid}-${Date.now()}@example.com`;

beforeAll(async () => {
  server = await startAppServer();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});

/** An account made just now, as a double sign-up or an attacker's probe right after would find it. */
async function existingAccount(): Promise<string> {
  const email = address("existing");
  await db.user.create({ data: { email, passwordHash, emailVerifiedAt: new Date() } });
  return email;
}

/** What a visitor sees of an answer, with the address they typed taken out. */
function visible(res: Response, body: string, email: string) {
  const cookies = res.headers.getSetCookie().map((c) => c.replace(/=[^;]*/, "=VALUE"));
  const headers = [...res.headers.entries()]
    .filter(([name]) => !["date", "set-cookie", "content-length", "x-request-id", "server-timing"].includes(name))
    .map(
      ([name, value]) =>
        `${name}: ${name === "location" ? value : value.replace(/'nonce-[^']+'/g, "'nonce'").replace(/\d+/g, "N")}`,
    )
    .sort();
  return {
    status: res.status,
    headers,
    cookies,
    body: stableHtml(body).replaceAll(email, "EMAIL").replaceAll(encodeURIComponent(email), "EMAIL"),
  };
}

async function timed(send: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const res = await send();
  await res.arrayBuffer();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Medians of `samples` interleaved timings of two kinds of request, after a warm-up of each. */
async function medians(samples: number, a: () => Promise<Response>, b: () => Promise<Response>) {
  await timed(a);
  await timed(b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Alternating which goes first, so a slow moment of the machine hits both alike.
    if (i % 2 === 0) {
      as.push(await timed(a));
      bs.push(await timed(b));
    } else {
      bs.push(await timed(b));
      as.push(await timed(a));
    }
  }
  return { a: median(as), b: median(bs) };
}

// Generous: the same work either way differs by a few database writes.
const MAX_RATIO = 1.6;

describe("sign-up", () => {
  it("answers a new address and an existing one with the same status, headers, cookie and page", async () => {
    const fresh = address("new");
    const existing = await existingAccount();
    const newClient = new FormClient(server.url);
    const oldClient = new FormClient(server.url);
    const a = await newClient.post("/signup", { email: fresh, password: PASSWORD, website: "" });
    const b = await oldClient.post("/signup", { email: existing, password: "another long password", website: "" });
    expect(visible(a, await a.text(), fresh)).toEqual(visible(b, await b.text(), existing));
    expect(a.headers.getSetCookie()).toHaveLength(1);

    // The page the browser lands on, and what a guessed code gets there, match too.
    const pageA = await (await newClient.follow(a)).res;
    const pageB = await (await oldClient.follow(b)).res;
    expect(visible(pageA, await pageA.text(), fresh)).toEqual(visible(pageB, await pageB.text(), existing));
    const guessA = await newClient.post("/verify-email", { intent: "code", code: "000001" });
    const guessB = await oldClient.post("/verify-email", { intent: "code", code: "000001" });
    expect(visible(guessA, await guessA.text(), fresh)).toEqual(visible(guessB, await guessB.text(), existing));

    // Each inbox got its email: a code for the new account, a note for the existing one.
    expect(await latestEmail(fresh, "verify-email")).not.toBeNull();
    expect(await latestEmail(existing, "signup-existing-account")).not.toBeNull();
    expect(await db.user.count({ where: { email: existing } })).toBe(1);
  });

  it("takes about as long for an existing address as for a new one", async () => {
    const signUp = (email: string) =>
      new FormClient(server.url).post("/signup", { email, password: PASSWORD, website: "" });
    const existing: string[] = [];
    for (let i = 0; i < 14; i++) existing.push(await existingAccount());
    const { a: fresh, b: taken } = await medians(
      11,
      () => signUp(address("new")),
      () => signUp(existing.pop()!),
    );
    expect(
      Math.max(fresh, taken) / Math.min(fresh, taken),
      `new ${fresh.toFixed(0)} ms, existing ${taken.toFixed(0)} ms`,
    ).toBeLessThan(MAX_RATIO);
  });
});

describe("password reset request", () => {
  it("answers the same with and without an account, in about the same time", async () => {
    const ask = (email: string) => new FormClient(server.url).post("/forgot-password", { email });
    const known = await existingAccount();
    const a = await ask(known);
    const unknownEmail = address("nobody");
    const b = await ask(unknownEmail);
    expect(visible(a, await a.text(), known)).toEqual(visible(b, await b.text(), unknownEmail));
    expect(await latestEmail(known, "password-reset")).not.toBeNull();

    const accounts: string[] = [];
    for (let i = 0; i < 14; i++) accounts.push(await existingAccount());
    const { a: withAccount, b: without } = await medians(
      11,
      () => ask(accounts.pop()!),
      () => ask(address("nobody")),
    );
    expect(
      Math.max(withAccount, without) / Math.min(withAccount, without),
      `account ${withAccount.toFixed(0)} ms, none ${without.toFixed(0)} ms`,
    ).toBeLessThan(MAX_RATIO);
  });
});
