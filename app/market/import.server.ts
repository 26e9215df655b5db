// Writes parsed market data: each source is upserted and its figures replaced in one
// transaction, so importing the same file twice leaves the same rows, and a failed
// import leaves the previous data untouched.

import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "~/db.server";
import { Prisma, type PayFigure } from "~/generated/prisma/client";
import { parseMarketFile, type ImportKind, type MarketFile } from "./importers";
import { forgetMarketCache } from "./query.server";
import type { ImportError, ImportFileOptions, ParsedImport, PayFigureRecord, SkippedRow } from "./records";

export interface ImportSummary {
  fileSha256: string;
  sources: { id: string; name: string; figures: number }[];
  skipped: SkippedRow[];
  notes: string[];
}

export type ImportFileResult = { ok: true; summary: ImportSummary } | { ok: false; error: ImportError };

/** SHA-256 (hex) of a file's bytes, or of several files read as one. */
function sha256(...parts: Uint8Array[]): string {
  const hash = crypto.createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

export interface LoadedMarketFile {
  file: MarketFile;
  /** Of the file's bytes (and of areas.json too for OFLC, whose names it uses). */
  fileSha256: string;
}

/** Reads, parses and stores one file. Expected problems come back as values. */
export async function importMarketFile(
  kind: ImportKind,
  filePath: string,
  options: ImportFileOptions = {},
): Promise<ImportFileResult> {
  const loaded = await loadMarketFile(kind, filePath, options);
  if (!loaded.ok) return loaded;
  return importLoadedFile(loaded.value);
}

/** Parses and stores a file already read from disk. */
export async function importLoadedFile({ file, fileSha256 }: LoadedMarketFile): Promise<ImportFileResult> {
  const parsed = await parseMarketFile(file);
  if (!parsed.ok) return parsed;
  await storeParsedImport(parsed.value, fileSha256);
  return {
    ok: true,
    summary: {
      fileSha256,
      sources: parsed.value.sources.map(({ source, figures }) => ({
        id: source.id,
        name: source.name,
        figures: figures.length,
      })),
      skipped: parsed.value.skipped,
      notes: parsed.value.notes,
    },
  };
}

export async function loadMarketFile(
  kind: ImportKind,
  filePath: string,
  options: ImportFileOptions = {},
): Promise<{ ok: true; value: LoadedMarketFile } | { ok: false; error: ImportError }> {
  const bytes = await readFileOrNull(filePath);
  if (!bytes) return { ok: false, error: { kind: "missing_input", message: `Cannot read ${filePath}.` } };
  const file: MarketFile = { kind, bytes, fileName: path.basename(filePath), wageYear: options.wageYear ?? null };
  if (kind !== "oflc") return { ok: true, value: { file, fileSha256: sha256(bytes) } };
  const areasPath = options.areasPath ?? path.join(path.dirname(filePath), "areas.json");
  const areasBytes = await readFileOrNull(areasPath);
  if (!areasBytes)
    return { ok: false, error: { kind: "missing_input", message: `Cannot read the OFLC areas file ${areasPath}.` } };
  return { ok: true, value: { file: { ...file, areasBytes }, fileSha256: sha256(bytes, areasBytes) } };
}

async function readFileOrNull(filePath: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await fs.readFile(filePath));
  } catch {
    return null;
  }
}

// Figures are inserted with multi-row INSERTs: Prisma's createMany took seconds for the
// 2,120 rows of one OFLC file, this takes a fraction of that. Quoted identifiers and
// Prisma.sql parameters keep it valid on SQLite and PostgreSQL alike.
const FIGURE_COLUMNS = [
  "id",
  "sourceId",
  "roleSlug",
  "occupationCode",
  "occupationName",
  "level",
  "sourceLevel",
  "areaCode",
  "areaName",
  "company",
  "basis",
  "p10",
  "p25",
  "p50",
  "p75",
  "p90",
  "mean",
  "sampleSize",
  "employment",
  "currency",
  "period",
  "sample",
] as const satisfies readonly (keyof PayFigure)[];
/** Rows per INSERT: 22 parameters each stays far below SQLite's and PostgreSQL's limits. */
const INSERT_BATCH = 400;

async function insertFigures(
  tx: Prisma.TransactionClient,
  sourceId: string,
  figures: PayFigureRecord[],
): Promise<void> {
  for (let start = 0; start < figures.length; start += INSERT_BATCH) {
    const rows = figures.slice(start, start + INSERT_BATCH).map((figure) => {
      const sample = figure.sample === null ? null : JSON.stringify(figure.sample);
      const row: PayFigure = { ...figure, sample, id: crypto.randomUUID(), sourceId, currency: "USD" };
      return Prisma.sql`(${Prisma.join(FIGURE_COLUMNS.map((column) => row[column]))})`;
    });
    const columns = Prisma.raw(FIGURE_COLUMNS.map((c) => `"${c}"`).join(", "));
    await tx.$executeRaw`INSERT INTO "PayFigure" (${columns}) VALUES ${Prisma.join(rows)}`;
  }
}

/** Upserts every source of the import and replaces its figures, all in one transaction. */
async function storeParsedImport(parsed: ParsedImport, fileSha256: string): Promise<void> {
  const importedAt = new Date();
  await db.$transaction(
    async (tx) => {
      for (const { source, figures } of parsed.sources) {
        const fields = { ...source, asOf: new Date(`${source.asOf}T00:00:00Z`), fileSha256, importedAt };
        await tx.marketSource.upsert({ where: { id: source.id }, create: fields, update: fields });
        await tx.payFigure.deleteMany({ where: { sourceId: source.id } });
        await insertFigures(tx, source.id, figures);
      }
    },
    { timeout: 60_000 },
  );
  forgetMarketCache();
}
