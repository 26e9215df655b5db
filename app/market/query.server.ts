// Read side of market data for the pages and the negotiation tool. All figures are
// public, non-user data and small (thousands of rows), so the process keeps them in
// memory and reloads when the import generation changes: the newest importedAt and the
// number of sources, read from the database so that imports made by another process or
// server are seen too.

import { db } from "~/db.server";
import { ROLES, type RoleProfile, type RoleSlug } from "./roles";
import { NATIONAL_AREA, selectRange, type RangeRequest } from "./select";
import type { FigureSamples, Level, MarketData, MarketRange, PayBasis, PayFigureView } from "./types";

interface Snapshot {
  generation: string;
  figures: PayFigureView[];
  samples: FigureSamples;
  byRole: Map<string, PayFigureView[]>;
  /** Values computed from the figures (page compositions), dropped with the snapshot. */
  derived: Map<string, unknown>;
}

let snapshot: Promise<Snapshot> | undefined;
let localImports = 0;

/** Called by the importer after it writes, so this process never serves stale data. */
export function forgetMarketCache(): void {
  localImports += 1;
  snapshot = undefined;
}

async function currentGeneration(): Promise<string> {
  const stats = await db.marketSource.aggregate({ _count: { _all: true }, _max: { importedAt: true } });
  return `${stats._count._all}|${stats._max.importedAt?.toISOString() ?? ""}|${localImports}`;
}

async function loadSnapshot(generation: string): Promise<Snapshot> {
  const rows = await db.payFigure.findMany({ include: { source: true } });
  const samples = new Map<PayFigureView, readonly number[]>();
  const figures = rows.map((r): PayFigureView => {
    const figure: PayFigureView = {
      sourceId: r.sourceId,
      sourceName: r.source.name,
      publisher: r.source.publisher,
      url: r.source.url,
      licence: r.source.licence,
      attribution: r.source.attribution,
      period: r.period,
      asOf: r.source.asOf.toISOString().slice(0, 10),
      basis: r.basis as PayBasis,
      roleSlug: r.roleSlug,
      occupationCode: r.occupationCode,
      occupationName: r.occupationName,
      level: r.level as Level | "all",
      sourceLevel: r.sourceLevel,
      areaCode: r.areaCode,
      areaName: r.areaName,
      company: r.company,
      p10: r.p10,
      p25: r.p25,
      p50: r.p50,
      p75: r.p75,
      p90: r.p90,
      mean: r.mean,
      sampleSize: r.sampleSize,
      employment: r.employment,
      currency: "USD",
    };
    if (r.sample !== null) samples.set(figure, parseSample(r.sample));
    return figure;
  });
  const byRole = new Map<string, PayFigureView[]>();
  for (const f of figures) {
    const list = byRole.get(f.roleSlug);
    if (list) list.push(f);
    else byRole.set(f.roleSlug, [f]);
  }
  return { generation, figures, samples, byRole, derived: new Map() };
}

/** A stored sample: our own importer wrote it, so anything else is a corrupt database. */
function parseSample(json: string): readonly number[] {
  const values: unknown = JSON.parse(json);
  if (!Array.isArray(values) || !values.every((v) => Number.isInteger(v))) {
    throw new Error("A stored pay sample is not a list of whole cents.");
  }
  return values as number[];
}

async function marketSnapshot(): Promise<Snapshot> {
  const generation = await currentGeneration();
  const cached = snapshot ? await snapshot : undefined;
  if (cached?.generation === generation) return cached;
  const loading = loadSnapshot(generation);
  snapshot = loading;
  try {
    return await loading;
  } catch (e) {
    if (snapshot === loading) snapshot = undefined;
    throw e;
  }
}

/** A value computed once per import generation from every stored figure (and the rows
 *  behind them), under a key that names what it is (e.g. a page's composition). `compute`
 *  must be pure. */
export async function fromMarketData<T>(key: string, compute: (data: MarketData) => T): Promise<T> {
  const { figures, samples, derived } = await marketSnapshot();
  if (!derived.has(key)) derived.set(key, compute({ figures, samples }));
  return derived.get(key) as T;
}

/** The best available range for a role and level, optionally in a metro, with every
 *  figure behind it and notes on what is missing or approximated. */
export async function findRange(request: RangeRequest): Promise<MarketRange> {
  const { figures } = await marketSnapshot();
  return selectRange(figures, request);
}

/** Every figure stored for the role itself (not its parents), newest first. */
export async function roleFigures(role: RoleSlug): Promise<PayFigureView[]> {
  const { byRole } = await marketSnapshot();
  return [...(byRole.get(role) ?? [])].sort((a, b) => b.asOf.localeCompare(a.asOf));
}

export interface RoleSummary {
  profile: RoleProfile;
  figureCount: number;
  /** Whether any source has observed pay (not only floors or survey medians) for it. */
  hasObservedPay: boolean;
}

export async function listRoles(): Promise<RoleSummary[]> {
  const { byRole } = await marketSnapshot();
  return ROLES.map((profile) => {
    const figures = byRole.get(profile.slug) ?? [];
    return { profile, figureCount: figures.length, hasObservedPay: figures.some((f) => f.basis === "observed") };
  });
}

/** Metro areas that have at least one figure, by name. */
export async function listMetros(): Promise<{ areaCode: string; areaName: string }[]> {
  const { figures } = await marketSnapshot();
  const metros = new Map<string, string>();
  for (const f of figures) if (f.areaCode !== NATIONAL_AREA.code) metros.set(f.areaCode, f.areaName);
  return [...metros]
    .map(([areaCode, areaName]) => ({ areaCode, areaName }))
    .sort((a, b) => a.areaName.localeCompare(b.areaName));
}
