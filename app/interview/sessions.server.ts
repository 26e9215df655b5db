// Mock-interview sessions in the database: each one is a Document of kind
// "interview_session" whose output is the session JSON. Every read and write is scoped
// to the signed-in user, so another user's id behaves like an id that does not exist.
import { db } from "~/db.server";
import { findOwnDocument, listOwnDocumentsOfKind, reviseDocument, saveDocument } from "~/documents/store.server";
import { formatDateTime } from "~/format";
import { BUILTIN_ENGINE } from "~/writer/builtin";
import { recordUsage, releaseReservation } from "~/writer/quota.server";
import type { UsageRecord } from "~/writer/types";
import { RUBRIC_VERSION, sessionToText, summariseSession, type InterviewSession } from "./index.ts";
import { readSession } from "./questions.server.ts";

const KIND = "interview_session";

/** Progress reads at most this many sessions, the latest ones, to bound the work per page. */
export const PROGRESS_SESSION_LIMIT = 100;
/** How many unfinished sessions the start page offers to resume. */
const RESUME_LIST_LIMIT = 10;

export interface SavedSession {
  id: string;
  title: string;
  /** When the document was last written; answers are saved only if it is unchanged. */
  updatedAt: Date;
  session: InterviewSession;
}

export type LoadSessionResult =
  | { ok: true; saved: SavedSession }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "unreadable"; title: string; message: string };

/** "Google L5 backend engineer mock interview: System design · 3 Dec 2026, 14:05 UTC": the
 *  stage when only one is practised, and when it started, so two sessions never share a title. */
export function sessionTitle(session: InterviewSession, startedAt: Date): string {
  const level = session.level.name.split(" (")[0];
  const stage = session.stage === "full" ? "" : `: ${session.stages[0]?.name ?? session.stage}`;
  return `${session.company.name} ${level} ${session.role.name.toLowerCase()} mock interview${stage} · ${formatDateTime(startedAt)}`;
}

/** What a post whose browser has gone answers (for the logs: nobody reads it). */
export const CLIENT_GONE_MESSAGE = "The request was cancelled. Nothing was saved.";

/** Thrown inside a transaction to roll it back: the browser that asked has gone. */
class ClientGone extends Error {}

/**
 * Runs `write` in a transaction unless the request's browser has gone: checked once the
 * transaction holds the database (on SQLite, its write lock), so a post that waited for a
 * lock held elsewhere while its client gave up saves and charges nothing. Null then.
 */
async function unlessClientGone<T>(
  signal: AbortSignal | undefined,
  write: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<T>,
): Promise<T | null> {
  try {
    return await db.$transaction(async (tx) => {
      if (signal?.aborted) throw new ClientGone();
      const written = await write(tx);
      // On PostgreSQL the wait is inside the transaction, for a row or table lock: ask again.
      if (signal?.aborted) throw new ClientGone();
      return written;
    });
  } catch (error) {
    if (error instanceof ClientGone) return null;
    throw error;
  }
}

/** Saves a new session as a document and returns its id, or null when the browser has gone
 *  (`signal`). Its input is the user's choices, as the session resolved them (a company
 *  alias becomes the company's name). */
export async function createSession(
  userId: string,
  session: InterviewSession,
  { startedAt = new Date(), signal }: { startedAt?: Date; signal?: AbortSignal } = {},
): Promise<string | null> {
  const choices = {
    company: session.company.name,
    role: session.role.id,
    level: session.level.id,
    stage: session.stage,
    seed: session.seed,
  };
  const saved = await unlessClientGone(signal, (tx) =>
    saveDocument(
      {
        userId,
        kind: KIND,
        title: sessionTitle(session, startedAt),
        input: choices,
        output: session,
        text: sessionToText(session),
        engine: BUILTIN_ENGINE,
        rulesetVersion: RUBRIC_VERSION,
      },
      tx,
    ),
  );
  return saved?.id ?? null;
}

/** The user's session, unless it is someone else's, in the trash, or not a session. */
export async function loadSession(userId: string, id: string): Promise<LoadSessionResult> {
  const doc = await findOwnDocument(userId, id);
  if (!doc || doc.kind !== KIND || doc.deletedAt !== null) return { ok: false, reason: "not_found" };
  const parsed = readSession(doc.output);
  if (!parsed.ok) return { ok: false, reason: "unreadable", title: doc.title, message: parsed.message };
  return { ok: true, saved: { id: doc.id, title: doc.title, updatedAt: doc.updatedAt, session: parsed.session } };
}

export interface SessionUpdate {
  /** The model's name when it wrote part of the feedback; the document's engine otherwise stays. */
  engine?: string;
  /** Why the built-in follow-up stood in for the model. */
  engineNote?: string;
}

/**
 * Writes the answered session back in place, with the model's use (`usage`) if it had one,
 * in one transaction. Only saves when the document is still the version that was read
 * (`saved.updatedAt`), so two tabs answering at once cannot silently overwrite each other's
 * answers: "changed" means "read it again" (the use still counts: its tokens were spent).
 * "client_gone": the browser left before the save could happen, so neither is stored.
 */
export async function updateSession(
  userId: string,
  saved: SavedSession,
  session: InterviewSession,
  update: SessionUpdate = {},
  { usage, signal, now = new Date() }: { usage?: UsageRecord; signal?: AbortSignal; now?: Date } = {},
): Promise<"saved" | "changed" | "client_gone"> {
  const outcome = await unlessClientGone(signal, async (tx) => {
    if (usage) await recordUsage(tx, userId, usage, now);
    const revised = await reviseDocument(
      userId,
      saved.id,
      KIND,
      saved.updatedAt,
      { output: session, text: sessionToText(session), ...update },
      tx,
    );
    return revised ? ("saved" as const) : ("changed" as const);
  });
  if (outcome) return outcome;
  // Nothing stored: the model's reserved use is settled as not charged.
  if (usage) await releaseReservation(db, usage);
  return "client_gone";
}

async function readSessions(userId: string, take: number) {
  const rows = await listOwnDocumentsOfKind(userId, KIND, take);
  return rows.flatMap((row) => {
    // A damaged document is left out of lists; opening it explains what is wrong.
    const parsed = readSession(row.output);
    return parsed.ok ? [{ id: row.id, title: row.title, createdAt: row.createdAt, session: parsed.session }] : [];
  });
}

export interface UnfinishedSession {
  id: string;
  title: string;
  createdAt: Date;
  answered: number;
  total: number;
}

/** The user's recent sessions with questions left, newest first. */
export async function listUnfinishedSessions(userId: string): Promise<UnfinishedSession[]> {
  const recent = await readSessions(userId, PROGRESS_SESSION_LIMIT);
  return recent
    .map(({ id, title, createdAt, session }) => ({ id, title, createdAt, ...summariseSession(session) }))
    .filter((entry) => !entry.complete)
    .slice(0, RESUME_LIST_LIMIT)
    .map(({ id, title, createdAt, answered, total }) => ({ id, title, createdAt, answered, total }));
}

/** The user's latest sessions, oldest first, as progressByCompetency() expects them. */
export async function listSessionsOldestFirst(userId: string): Promise<InterviewSession[]> {
  const recent = await readSessions(userId, PROGRESS_SESSION_LIMIT);
  return recent.reverse().map((entry) => entry.session);
}
