// The question bank as authored (content/questions/*.json), checked at load. Each file has
// groups of questions of one kind with the tags most of them share ("defaults"); a question
// lists only the tags where it differs. A rubric point is written "what a strong answer
// covers :: keyword|synonym|a phrase". Server-only through bank.ts (see questions.server.ts).
import { z } from "zod";
import behavioral from "./content/questions/behavioral.json";
import coding from "./content/questions/coding.json";
import roleBackend from "./content/questions/role-backend.json";
import roleFrontend from "./content/questions/role-frontend.json";
import roleFullstack from "./content/questions/role-fullstack.json";
import roleGeneral from "./content/questions/role-general.json";
import screen from "./content/questions/screen.json";
import systemDesign from "./content/questions/system-design.json";
import { readContent } from "./read-content.ts";
import {
  COMPANY_IDS,
  LEVEL_IDS,
  QUESTION_KINDS,
  ROLE_IDS,
  STAGE_IDS,
  type CompetencyId,
  type Question,
  type RubricPoint,
} from "./types.ts";

const level = z.enum(LEVEL_IDS);
const tags = {
  stages: z.array(z.enum(STAGE_IDS)),
  roles: z.array(z.enum(ROLE_IDS)),
  levels: z.tuple([level, level]),
  companies: z.array(z.enum(COMPANY_IDS)),
};

const point = z
  .string()
  .refine(
    (spec) => spec.split("::").length === 2 && spec.split("::").every((part) => part.trim() !== ""),
    'a rubric point is written "what a strong answer covers :: keyword|synonym"',
  )
  .transform((spec): RubricPoint => {
    const [description = "", keywords = ""] = spec.split("::");
    return {
      point: description.trim(),
      keywords: keywords
        .split("|")
        .map((keyword) => keyword.trim())
        .filter((keyword) => keyword !== ""),
    };
  });

// Ids, kinds of competency and the rest of the bank's rules are checked by validateBank(), which
// reports every problem at once; the schema checks the shape.
const fileSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        about: z.string(),
        kind: z.enum(QUESTION_KINDS),
        defaults: z.strictObject({ stages: tags.stages, roles: tags.roles, levels: tags.levels }),
        questions: z.array(
          z.strictObject({
            id: z.string(),
            competency: z.string(),
            text: z.string(),
            stages: tags.stages.optional(),
            roles: tags.roles.optional(),
            levels: tags.levels.optional(),
            companies: tags.companies.optional(),
            points: z.array(point),
          }),
        ),
      }),
    )
    .min(1),
});

const FILES: Record<string, unknown> = {
  "screen.json": screen,
  "behavioral.json": behavioral,
  "role-frontend.json": roleFrontend,
  "role-fullstack.json": roleFullstack,
  "role-backend.json": roleBackend,
  "role-general.json": roleGeneral,
  "system-design.json": systemDesign,
  "coding.json": coding,
};

/** The questions of one content file, tags filled in from the group's defaults. */
export function readQuestionFile(file: string, raw: unknown): Question[] {
  return readContent(`questions/${file}`, raw, fileSchema).groups.flatMap((group) =>
    group.questions.map((question): Question => ({
      id: question.id,
      kind: group.kind,
      text: question.text,
      competency: question.competency as CompetencyId,
      stages: question.stages ?? group.defaults.stages,
      roles: question.roles ?? group.defaults.roles,
      levels: {
        min: (question.levels ?? group.defaults.levels)[0],
        max: (question.levels ?? group.defaults.levels)[1],
      },
      companies: question.companies ?? [],
      rubric: question.points,
    })),
  );
}

/** Every authored question, in file order. */
export const AUTHORED_QUESTIONS: readonly Question[] = Object.entries(FILES).flatMap(([file, raw]) =>
  readQuestionFile(file, raw),
);
