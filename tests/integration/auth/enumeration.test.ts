// Sign-up and the password-reset request must not tell whether an address has an account:
// the same status, headers, cookies and page either way, and timing within a bounded
// ratio. Timing is compared pair by pair: each sample is one request of each kind sent
// back to back (alternating which goes first), and the test bounds the median of the
// pairs' ratios. A slow moment of a shared machine slows both requests of a pair alike,
// so it cancels out, where medians taken of each kind separately can drift apart; the old
// behaviour (a session and a faster, email-less answer for an existing address) made
// nearly every pair about twice as slow one way as the other.
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The median over `samples` pairs of (time of a) / (time of b), each pair sent back to back
 * with the order alternating, after a warm-up of each; and the medians of each kind, for
 * the failure message.
 */
async function pairedRatio(samples: number, a: () => Promise<Response>, b: () => Promise<Response>) {
  await timed(a);
  await timed(b);
  const ratios: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < samples; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await timed(a);
      tb = await timed(b);
    } else {
      tb = await timed(b);
      ta = await timed(a);
    }
    ratios.push(ta / tb);
    as.push(ta);
    bs.push(tb);
  }
  const ratio = median(ratios);
  return {
    ratio,
    message: `median of ${samples} paired ratios ${ratio.toFixed(2)}; medians ${median(as).toFixed(0)} ms vs ${median(bs).toFixed(0)} ms`,
  };
}

/** Either way round: one kind may take at most half as long again as the other. */
const MAX_RATIO = 1.5;
const SAMPLES = 31;

function expectSimilar({ ratio, message }: { ratio: number; message: string }) {
  expect(ratio, message).toBeLessThan(MAX_RATIO);
  expect(ratio, message).toBeGreaterThan(1 / MAX_RATIO);
}

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
    for (let i = 0; i <= SAMPLES; i++) existing.push(await existingAccount());
    expectSimilar(
      await pairedRatio(
        SAMPLES,
        () => signUp(address("new")),
        () => signUp(existing.pop()!),
      ),
    );
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
    for (let i = 0; i <= SAMPLES; i++) accounts.push(await existingAccount());
    expectSimilar(
      await pairedRatio(
        SAMPLES,
        () => ask(accounts.pop()!),
        () => ask(address("nobody")),
      ),
    );
  });
});
