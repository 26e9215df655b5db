// The companies' interview loops (content/loops.json), checked at load. Loops change by
// team and year, so every loop carries a note telling the user to confirm with their
// recruiter; where the descriptions come from is in content/SOURCES.md.
import { z } from "zod";
import raw from "./content/loops.json";
import { readContent } from "./read-content.ts";
import {
  COMPANY_IDS,
  LEVEL_IDS,
  QUESTION_KINDS,
  ROLE_IDS,
  STAGE_IDS,
  type CompanyId,
  type CompanyLoop,
} from "./types.ts";

const level = z.enum(LEVEL_IDS);
const text = z.string().min(1);

const stageSchema = z.strictObject({
  stage: z.enum(STAGE_IDS),
  name: text,
  assesses: z.array(text).min(1),
  minutes: z.number().int().nonnegative(),
  guidance: text,
  kinds: z.array(z.enum(QUESTION_KINDS)).min(1).optional(),
  questionsPerRound: z.number().int().positive().optional(),
  byLevel: z
    .array(z.strictObject({ levels: z.tuple([level, level]), rounds: z.number().int().nonnegative(), note: text }))
    .min(1),
});

const loopSchema = z.strictObject({
  id: z.enum(COMPANY_IDS),
  name: text,
  generic: z.boolean(),
  aliases: z.array(text).min(1),
  levels: z.array(z.strictObject({ id: level, name: text, aliases: z.array(text) })).min(1),
  notes: z.array(text),
  roleNotes: z.partialRecord(z.enum(ROLE_IDS), text),
  stages: z.array(stageSchema).min(1),
});

const fileSchema = z.strictObject({
  about: z.string(),
  loops: z.array(loopSchema).min(1),
  fallbackCompany: z.enum(COMPANY_IDS),
});

/** The loops of one content file. */
export function readLoopFile(file: string, data: unknown): { loops: CompanyLoop[]; fallbackCompany: CompanyId } {
  return readContent(file, data, fileSchema);
}

const content = readLoopFile("loops.json", raw);

export const COMPANY_LOOPS: readonly CompanyLoop[] = content.loops;
/** The loop used for a company we do not know. */
export const FALLBACK_COMPANY: CompanyId = content.fallbackCompany;
