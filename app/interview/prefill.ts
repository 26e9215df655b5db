// Initial values for the start form from a link such as
// /toolkit/interview?role=backend-engineer&level=senior&company=google (the public pages'
// prefill interface). Role slugs and levels may be ours or the market pages'; anything we
// cannot read is ignored, never an error.
import { z } from "zod";
import { findCompany, isLevelId, resolveLevel } from "./loops.ts";
import { ROLE_IDS, type LevelId, type RoleId } from "./types.ts";

/** The market pages' role slugs for the roles we run loops for. */
const MARKET_ROLES: Record<string, RoleId> = {
  "software-engineer": "software-engineer",
  "full-stack-engineer": "full-stack",
  "backend-engineer": "backend",
  "frontend-engineer": "frontend",
};

/** The market pages' seniority bands on our ladder. */
const MARKET_LEVELS: Record<string, LevelId> = { early: "L3", mid: "L4", senior: "L5", staff: "L6" };

const text = z.string().trim().max(100).optional().catch(undefined);
const prefillSchema = z.object({ role: text, level: text, company: text });

export interface Prefill {
  company?: string;
  role?: RoleId;
  /** A level option value, "google:L5". */
  level?: string;
}

export function prefillChoices(query: URLSearchParams): Prefill {
  const raw = prefillSchema.parse(Object.fromEntries(query));
  const prefill: Prefill = {};
  const bySlug = raw.company ? findCompany(raw.company) : null;
  const company = bySlug?.known ? bySlug : raw.company ? findCompany(raw.company.replace(/-/g, " ")) : null;
  const knownCompany = company?.known ? company.loop : null;
  if (knownCompany) prefill.company = knownCompany.name;
  const role = raw.role?.toLowerCase();
  if (role && ((ROLE_IDS as readonly string[]).includes(role) || role in MARKET_ROLES))
    prefill.role = MARKET_ROLES[role] ?? (role as RoleId);
  const levelText = raw.level?.toLowerCase();
  if (levelText) {
    const companyId = knownCompany?.id ?? findCompany("").loop.id;
    const upper = raw.level!.toUpperCase();
    const level =
      MARKET_LEVELS[levelText] ?? (isLevelId(upper) ? upper : resolveLevel(knownCompany?.id ?? "", raw.level!));
    if (level) prefill.level = `${companyId}:${level}`;
  }
  return prefill;
}
