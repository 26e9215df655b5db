// The shape of our editorial content about roles (app/market/content/), checked when it is
// loaded so a typo in a YAML file fails at start and in the tests, never on a page. Pure:
// content.server.ts reads the files.

import { z } from "zod";
import { isRoleSlug, ROLE_SLUGS, type RoleSlug } from "./roles";
import { LEVELS } from "./types";

const roleSlug = z.string().refine(isRoleSlug, { message: "not one of our role slugs" });
const level = z.enum(LEVELS);
const text = z.string().trim().min(1);
const score = z.number().int().min(1).max(5);

/** What supports a skill's premium, resolved against the stored figures when a page is
 *  composed (skills.ts). Without it, the skill is our judgement only, and says so. */
const evidenceSchema = z.discriminatedUnion("kind", [
  /** Salary-survey medians of two roles at one level, with a bootstrap interval. */
  z.strictObject({ kind: z.literal("salary_gap"), role: roleSlug, versus: roleSlug, level }),
  /** One role's step between two levels of the same salary survey, with an interval. */
  z.strictObject({ kind: z.literal("level_step"), role: roleSlug, from: level, to: level }),
  /** Stack Overflow medians of one developer type against another (medians only). Each
   *  side lists its names across survey years, which changed wording. */
  z.strictObject({ kind: z.literal("survey_gap"), devTypes: z.array(text).min(1), versus: z.array(text).min(1) }),
]);
export type SkillEvidenceSpec = z.infer<typeof evidenceSchema>;

export const roleContentSchema = z.strictObject({
  summary: text,
  earnsMore: z.array(z.strictObject({ where: text, why: text })).min(1),
  breadthVsDepth: text,
  /** Editorial ratings on a 1–5 scale, labelled as such where shown. */
  attributes: z.strictObject({
    technicalBreadth: score,
    architectureDepth: score,
    uiInvolvement: score,
    infrastructureFocus: score,
  }),
  ladder: z
    .array(z.strictObject({ level, band: text, title: text, scope: text }))
    .refine((steps) => steps.map((s) => s.level).join() === LEVELS.join(), {
      message: `the ladder must have one step per level, in order: ${LEVELS.join(", ")}`,
    }),
  beyondLadder: text,
  plateau: text,
  nextMoves: z.array(text).min(1),
  skills: z
    .array(z.strictObject({ name: text, why: text, evidence: evidenceSchema.optional() }))
    .min(3)
    .refine((skills) => skills.every((s) => s.evidence?.kind !== "level_step" || s.evidence.from !== s.evidence.to), {
      message: "a level step needs two different levels",
    }),
});

export type RoleContent = z.infer<typeof roleContentSchema>;
export type RoleSkill = RoleContent["skills"][number];
export type RoleContentMap = Record<RoleSlug, RoleContent>;

export type ContentResult = { ok: true; value: RoleContentMap } | { ok: false; error: string };

/** Checks every role's parsed file (`raw` maps a slug to its parsed YAML). Names the file
 *  and the field at fault. */
export function validateRoleContent(raw: Readonly<Record<string, unknown>>): ContentResult {
  const unknown = Object.keys(raw).filter((slug) => !isRoleSlug(slug));
  if (unknown.length > 0) return { ok: false, error: `Content for unknown roles: ${unknown.join(", ")}.` };
  const value = {} as RoleContentMap;
  for (const slug of ROLE_SLUGS) {
    if (!(slug in raw)) return { ok: false, error: `No content file for ${slug}.` };
    const parsed = roleContentSchema.safeParse(raw[slug]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `${slug}: ${issue.path.join(".") || "(file)"}: ${issue.message}` };
    }
    value[slug] = parsed.data;
  }
  return { ok: true, value };
}

/** Plain sentences on what the figures cannot say. `noOfficialSplit` takes {first},
 *  {second} and {occupation}. */
export const dataLimitsSchema = z.strictObject({
  salarySurvey: text,
  surveyTotalComp: text,
  bigTechStock: text,
  noOfficialSplit: text.refine((t) => ["{first}", "{second}", "{occupation}"].every((p) => t.includes(p)), {
    message: "needs the placeholders {first}, {second} and {occupation}",
  }),
});
export type DataLimits = z.infer<typeof dataLimitsSchema>;
