// A mixed workload of virtual users against a running server, shared by the load-and-fault
// suite (tests/integration/faults/) and `npm run bench`. Each virtual user is a browser of
// its own (cookies, client address): it signs in through the form, then loops over public
// pages, /healthz, its own document page and saves of its document, signing in again now
// and then. Every write the server acknowledged is recorded (the session id of each
// successful sign-in, the number of each saved edit), so a caller can check afterwards
// that none was lost. Loopback only; plain fetch (undici), no timing assertions.
import { hashPassword } from "~/auth/password.server";
import { db } from "~/db.server";
import { FormClient } from "./http-client";
import { TEST_PASSWORD } from "./users";

export const PUBLIC_PAGES = [
  "/",
  "/compare",
  "/compare/full-stack-vs-backend-engineer",
  "/salaries/software-engineer",
  "/pricing",
  "/robots.txt",
];

export interface LoadUser {
  email: string;
  documentId: string;
}

/**
 * Verified users with one saved document each, written straight into this process's
 * database (the server's) before the run: the workload measures the server, not sign-up.
 */
export async function seedLoadUsers(count: number, tag: string): Promise<LoadUser[]> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const users = Array.from({ length: count }, (_, i) => ({
    id: `load-${tag}-user-${i}`,
    email: `load-${tag}-${i}@example.com`,
  }));
  await db.user.createMany({ data: users.map((u) => ({ ...u, emailVerifiedAt: new Date(), passwordHash })) });
  const documents = await db.document.createManyAndReturn({
    data: users.map((u) => ({
      userId: u.id,
      kind: "layoff_explanation",
      title: "Load test answer",
      input: "{}",
      output: "{}",
      text: "Original.",
      engine: "builtin",
    })),
    select: { id: true, userId: true },
  });
  const documentOf = new Map(documents.map((d) => [d.userId, d.id]));
  return users.map((u) => ({ email: u.email, documentId: documentOf.get(u.id)! }));
}

export interface LoadResult {
  requests: number;
  byStatus: Record<string, number>;
  /** Answers with a 5xx status, with the path and the start of the body. */
  serverErrors: { path: string; status: number; body: string }[];
  /** Requests that got no answer at all (connection refused or reset). */
  networkErrors: number;
  /** Session ids from sign-ins the server answered with a session cookie. */
  acknowledgedSessions: string[];
  /** Per document: the number of the last edit the server acknowledged (0: none). */
  acknowledgedEdits: Map<string, number>;
}

export interface LoadOptions {
  baseUrl: string;
  users: LoadUser[];
  seconds: number;
  /** Share of each kind of step; the rest are public page views. */
  mix?: { save: number; health: number; ownPage: number; signIn: number };
  /** Stop early (for a crash test: the server was killed). */
  signal?: AbortSignal;
  /** Called after each save the server acknowledged. */
  onSaved?: () => void;
}

const DEFAULT_MIX = { save: 0.25, health: 0.15, ownPage: 0.1, signIn: 0.02 };

/** The text of edit `n` of a document: its number can be read back from what is stored. */
export function editText(n: number): string {
  return `Edit ${n}. ${"Written during the load test. ".repeat(40)}`;
}

export function editNumberOf(text: string | null): number {
  return Number(/^Edit (\d+)\./.exec(text ?? "")?.[1] ?? 0);
}

/** Runs one virtual user per entry of `users` for `seconds`; resolves when all have stopped. */
export async function runMixedLoad(opts: LoadOptions): Promise<LoadResult> {
  const mix = opts.mix ?? DEFAULT_MIX;
  const result: LoadResult = {
    requests: 0,
    byStatus: {},
    serverErrors: [],
    networkErrors: 0,
    acknowledgedSessions: [],
    acknowledgedEdits: new Map(opts.users.map((u) => [u.documentId, 0])),
  };
  const deadline = Date.now() + opts.seconds * 1000;
  const running = () => Date.now() < deadline && !opts.signal?.aborted;

  const count = async (path: string, send: () => Promise<Response>): Promise<Response | null> => {
    result.requests += 1;
    let res: Response;
    let body: string;
    try {
      res = await send();
      body = await res.text();
    } catch {
      result.networkErrors += 1;
      return null;
    }
    result.byStatus[res.status] = (result.byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500) result.serverErrors.push({ path, status: res.status, body: body.slice(0, 300) });
    return res;
  };

  const virtualUser = async (user: LoadUser, index: number) => {
    let client = new FormClient(opts.baseUrl, { ip: `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}` });
    let edits = 0;
    const signIn = async () => {
      client = new FormClient(opts.baseUrl, { ip: client.ip });
      const res = await count("/login", () =>
        client.post("/login", { email: user.email, password: TEST_PASSWORD, redirectTo: "" }),
      );
      const session = client.cookie("session") ?? client.cookie("__Host-session");
      if (res?.status === 302 && session) result.acknowledgedSessions.push(session.split(".")[0]!);
    };
    await signIn();
    // Each user starts at a different point of its cycle, so steps are spread over time.
    let step = index;
    while (running()) {
      step += 1;
      const roll = ((step * 7919) % 1000) / 1000;
      if (roll < mix.save) {
        const n = ++edits;
        const res = await count("/documents/:id (save)", () =>
          client.post(`/documents/${user.documentId}`, { intent: "edit", text: editText(n) }),
        );
        if (res?.status === 200) {
          result.acknowledgedEdits.set(user.documentId, n);
          opts.onSaved?.();
        }
      } else if (roll < mix.save + mix.health) {
        await count("/healthz", () => client.get("/healthz"));
      } else if (roll < mix.save + mix.health + mix.ownPage) {
        await count("/documents/:id", () => client.get(`/documents/${user.documentId}`));
      } else if (roll < mix.save + mix.health + mix.ownPage + mix.signIn) {
        await signIn();
      } else {
        const path = PUBLIC_PAGES[step % PUBLIC_PAGES.length]!;
        await count(path, () => client.get(path));
      }
    }
  };

  await Promise.all(opts.users.map((user, i) => virtualUser(user, i)));
  return result;
}

/**
 * What of the acknowledged writes is missing from the server's database (empty: nothing
 * lost), read through this process's client on the same database, on either engine.
 */
export async function lostWrites(
  result: Pick<LoadResult, "acknowledgedSessions" | "acknowledgedEdits">,
): Promise<string[]> {
  const lost: string[] = [];
  const sessions = new Set(
    (await db.session.findMany({ where: { id: { in: result.acknowledgedSessions } }, select: { id: true } })).map(
      (s) => s.id,
    ),
  );
  for (const id of result.acknowledgedSessions) if (!sessions.has(id)) lost.push(`session ${id}`);
  const documents = await db.document.findMany({
    where: { id: { in: [...result.acknowledgedEdits.keys()] } },
    select: { id: true, editedText: true },
  });
  const storedText = new Map(documents.map((d) => [d.id, d.editedText]));
  for (const [id, acknowledged] of result.acknowledgedEdits) {
    // A user's saves are sequential: the stored edit is the last acknowledged one, or a
    // later one the server stored but could not acknowledge (killed mid-answer).
    const stored = editNumberOf(storedText.get(id) ?? null);
    if (stored < acknowledged) lost.push(`document ${id}: edit ${acknowledged} acknowledged, edit ${stored} stored`);
  }
  return lost;
}
