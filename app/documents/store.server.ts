import { db } from "~/db.server";
import { PAGE_SIZE, SEARCH_MAX, TRASH_DAYS } from "~/documents/limits";
import { Prisma } from "~/generated/prisma/client";
import { cleanTitle } from "~/documents/title";

// Saved documents: every tool's output, owned by one user. Every read by id is scoped to
// the signed-in user, so another user's id behaves exactly like an id that does not exist.

const ID_SHAPE = /^[a-z0-9]{20,40}$/;
const UNTITLED = "Untitled document";

export interface NewDocument {
  userId: string;
  /** The saving tool's kind (snake_case, e.g. "resume_scan"). */
  kind: string;
  title: string;
  input: unknown;
  output: unknown;
  text: string;
  engine: string;
  engineNote?: string | null;
  rulesetVersion?: string | null;
  /** When the document was written; now unless the caller's clock says otherwise. */
  createdAt?: Date;
}

type Tx = Prisma.TransactionClient | typeof db;

/** Saves a document (inside the caller's transaction when given one). */
export function saveDocument(doc: NewDocument, tx: Tx = db) {
  return tx.document.create({
    data: {
      userId: doc.userId,
      kind: doc.kind,
      // A title the cleaning leaves empty (only controls) still names the document.
      title: cleanTitle(doc.title) || UNTITLED,
      input: JSON.stringify(doc.input),
      output: JSON.stringify(doc.output),
      text: doc.text,
      engine: doc.engine,
      engineNote: doc.engineNote ?? null,
      rulesetVersion: doc.rulesetVersion ?? null,
      createdAt: doc.createdAt,
    },
  });
}

export function isDocumentId(id: string): boolean {
  return ID_SHAPE.test(id);
}

/** The user's document, in the trash or not; null for unknown, malformed or someone else's ids. */
export async function findOwnDocument(userId: string, id: string) {
  if (!isDocumentId(id)) return null;
  const doc = await db.document.findFirst({ where: { id, userId } });
  if (!doc) return null;
  return { ...doc, input: JSON.parse(doc.input) as unknown, output: JSON.parse(doc.output) as unknown };
}

export type OwnDocument = NonNullable<Awaited<ReturnType<typeof findOwnDocument>>>;

/** The user's document of one kind; null for any other id, including their other tools' ones. */
export async function findOwnDocumentOfKind(userId: string, id: string, kind: string): Promise<OwnDocument | null> {
  const doc = await findOwnDocument(userId, id);
  return doc?.kind === kind ? doc : null;
}

export interface ListQuery {
  userId: string;
  /** Only documents of this kind (the route checks it is a tool's). */
  kind?: string;
  search?: string;
  trash?: boolean;
  /** Keyset cursor: the id of the last document of the previous page. */
  after?: string;
}

/** Escapes LIKE's wildcards so a search for "100%" matches those characters literally. */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Newest first, keyset-paginated so page 100 costs what page 1 does. The ids come from
 * one SQL query (LIKE with an ESCAPE clause, which Prisma's `contains` lacks; portable to
 * PostgreSQL), the rows from Prisma.
 */
export async function listDocuments(query: ListQuery) {
  const kind = query.kind || undefined;
  const search = query.search?.trim().slice(0, SEARCH_MAX) || undefined;
  const conditions: Prisma.Sql[] = [Prisma.sql`d."userId" = ${query.userId}`];
  conditions.push(query.trash ? Prisma.sql`d."deletedAt" IS NOT NULL` : Prisma.sql`d."deletedAt" IS NULL`);
  if (kind) conditions.push(Prisma.sql`d."kind" = ${kind}`);
  if (search) {
    const pattern = likePattern(search);
    conditions.push(
      Prisma.sql`(lower(d."title") LIKE ${pattern} ESCAPE '\\' OR lower(d."text") LIKE ${pattern} ESCAPE '\\' OR lower(coalesce(d."editedText", '')) LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  if (query.after && isDocumentId(query.after)) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Document" c WHERE c."id" = ${query.after} AND c."userId" = ${query.userId}
      AND (d."createdAt" < c."createdAt" OR (d."createdAt" = c."createdAt" AND d."id" < c."id")))`);
  }
  const ids = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT d."id" FROM "Document" d
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY d."createdAt" DESC, d."id" DESC LIMIT ${PAGE_SIZE + 1}`);
  const hasMore = ids.length > PAGE_SIZE;
  const pageIds = ids.slice(0, PAGE_SIZE).map((r) => r.id);
  const rows = await db.document.findMany({
    where: { id: { in: pageIds } },
    select: { id: true, kind: true, title: true, engine: true, createdAt: true, updatedAt: true, deletedAt: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.map((id) => byId.get(id)!).filter(Boolean);
  return {
    items,
    nextCursor: hasMore ? pageIds[pageIds.length - 1] : null,
    searchTrimmed: (query.search?.trim().length ?? 0) > SEARCH_MAX,
    kind: kind ?? null,
    search: search ?? "",
  };
}

function trashCutoff(now = Date.now()): Date {
  return new Date(now - TRASH_DAYS * 86_400_000);
}

/** Applies a change to the user's own document; false when it is not theirs or not there. */
async function updateOwn(
  userId: string,
  id: string,
  data: Prisma.DocumentUpdateManyMutationInput,
  where: Prisma.DocumentWhereInput = {},
  tx: Tx = db,
) {
  if (!isDocumentId(id)) return false;
  const { count } = await tx.document.updateMany({ where: { id, userId, ...where }, data });
  return count === 1;
}

export interface DocumentRevision {
  output: unknown;
  text: string;
  engine?: string;
  engineNote?: string | null;
}

/**
 * Replaces the output of the user's document of a kind, outside the trash, only while it is
 * still the version that was read (`readAt` is the updatedAt it had then): a document two
 * tabs work on at once is never silently overwritten. False means "read it again".
 */
export function reviseDocument(
  userId: string,
  id: string,
  kind: string,
  readAt: Date,
  revision: DocumentRevision,
  tx: Tx = db,
) {
  const { output, ...rest } = revision;
  return updateOwn(
    userId,
    id,
    { output: JSON.stringify(output), ...rest },
    { kind, deletedAt: null, updatedAt: readAt },
    tx,
  );
}

/** The user's newest documents of one kind outside the trash, with their parsed output. */
export async function listOwnDocumentsOfKind(userId: string, kind: string, take: number) {
  const rows = await db.document.findMany({
    where: { userId, kind, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, createdAt: true, output: true },
  });
  return rows.map((row) => ({ ...row, output: JSON.parse(row.output) as unknown }));
}

/** Renames the user's document; false when it is not theirs, in the trash, or the title is empty once cleaned. */
export function renameDocument(userId: string, id: string, title: string) {
  const clean = cleanTitle(title);
  if (!clean) return Promise.resolve(false);
  return updateOwn(userId, id, { title: clean }, { deletedAt: null });
}

export function editDocumentText(userId: string, id: string, text: string | null) {
  return updateOwn(userId, id, { editedText: text }, { deletedAt: null });
}

export function trashDocument(userId: string, id: string) {
  return updateOwn(userId, id, { deletedAt: new Date() }, { deletedAt: null });
}

export function restoreDocument(userId: string, id: string) {
  return updateOwn(userId, id, { deletedAt: null }, { deletedAt: { gte: trashCutoff() } });
}

/** Deletes for good what has been in the trash longer than the trash keeps it. */
export async function purgeExpiredTrash(now = Date.now()): Promise<number> {
  const { count } = await db.document.deleteMany({ where: { deletedAt: { lt: trashCutoff(now) } } });
  return count;
}

export async function deleteDocumentForever(userId: string, id: string) {
  if (!isDocumentId(id)) return false;
  const { count } = await db.document.deleteMany({ where: { id, userId, deletedAt: { not: null } } });
  return count === 1;
}

/** The user's newest documents outside the trash, for the toolkit's home page. */
export function listRecentDocuments(userId: string, take = 5) {
  return db.document.findMany({
    where: { userId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, title: true, createdAt: true },
  });
}

/** Every document of the user, trash included, oldest first, for their data export. */
export async function exportDocuments(userId: string) {
  const documents = await db.document.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  return documents.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    inTrashSince: d.deletedAt,
    engine: d.engine,
    engineNote: d.engineNote,
    rulesetVersion: d.rulesetVersion,
    input: JSON.parse(d.input) as unknown,
    output: JSON.parse(d.output) as unknown,
    text: d.text,
    editedText: d.editedText,
  }));
}
