// Saving a generated document: its UsageEvent and its Document row (through the documents
// store, like every document) in one transaction, with the quota checked again inside it
// (the check before generating can be raced), so a document is never saved without its use
// counted, a use is never counted for a document that wasn't saved, and two requests racing
// for the last use of the day can't both win.
import type { Db } from "~/db.server";
import { saveDocument } from "~/documents/store.server";
import { generateDocument, type WriterDeps, type WriteRequest } from "./generate.server";
import {
  checkQuota,
  isCharged,
  recordUsage,
  releaseReservation,
  takeQuotaTurn,
  type QuotaLimits,
} from "./quota.server";
import type { Aborted, DocumentSpec, GeneratedDocument, OverQuota, UsageRecord } from "./types";

export interface SaveDeps {
  db: Db;
  quotas: QuotaLimits;
  now: () => Date;
}

export interface SaveRequest<Input, Output> {
  userId: string;
  /** The validated form, saved as Document.input. */
  input: Input;
  document: GeneratedDocument<Output>;
  usage: UsageRecord;
  /** The request's signal: a document nobody waits for any more is not saved, nor its use counted. */
  signal?: AbortSignal;
}

export type SaveResult = { ok: true; documentId: string } | OverQuota | Aborted;

const CLIENT_GONE: Aborted = { ok: false, reason: "aborted", message: "The request was cancelled. Nothing was saved." };

/** Thrown inside the transaction to roll it back; never leaves this module. */
class NotSaved extends Error {
  constructor(readonly result: OverQuota | Aborted) {
    super(result.message);
  }
}

export async function saveGeneratedDocument<Input, Output>(
  deps: SaveDeps,
  request: SaveRequest<Input, Output>,
): Promise<SaveResult> {
  const { userId, input, document, usage } = request;
  const now = deps.now();
  try {
    return await deps.db.$transaction(async (tx) => {
      // Checked once the transaction holds the database: a save that waited for the write
      // lock while its browser went away saves nothing.
      if (request.signal?.aborted) throw new NotSaved(CLIENT_GONE);
      const charged = isCharged(usage.status);
      // Concurrent saves of charged uses take turns (on SQLite the first write takes the
      // write lock): each counts the uses committed before it, and this one.
      if (charged) await takeQuotaTurn(tx, userId, document.kind);
      await recordUsage(tx, userId, usage, now);
      if (charged) {
        const quota = await checkQuota(tx, deps.quotas, { userId, tool: document.kind, now, includesThisUse: true });
        if (!quota.ok) throw new NotSaved(quota);
      }
      const saved = await saveDocument({ userId, input, ...document, createdAt: now }, tx);
      // On PostgreSQL the wait is inside the transaction (its quota turn, a table lock): ask again.
      if (request.signal?.aborted) throw new NotSaved(CLIENT_GONE);
      return { ok: true as const, documentId: saved.id };
    });
  } catch (error) {
    if (!(error instanceof NotSaved)) throw error;
    // The rollback put back the model call's reservation: nothing was saved, so it is not charged.
    await releaseReservation(deps.db, usage);
    return error.result;
  }
}

export type WriteAndSaveResult<Output> =
  { ok: true; documentId: string; document: GeneratedDocument<Output> } | OverQuota | Aborted;

/** The form post without JavaScript: write the document, save it, and return its id to
 *  redirect to. */
export async function writeAndSaveDocument<Input, Output>(
  deps: WriterDeps,
  spec: DocumentSpec<Input, Output>,
  request: WriteRequest<Input>,
): Promise<WriteAndSaveResult<Output>> {
  const result = await generateDocument(deps, spec, request);
  if (!result.ok) return result;
  const saved = await saveGeneratedDocument(deps, {
    userId: request.userId,
    input: request.input,
    signal: request.signal,
    ...result,
  });
  return saved.ok ? { ok: true, documentId: saved.documentId, document: result.document } : saved;
}
