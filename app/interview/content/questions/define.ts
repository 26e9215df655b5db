// Compact authoring form for the question bank, so hundreds of questions read as
// data rather than boilerplate. Malformed entries are kept as-is for validateBank()
// to report; nothing here throws.
import type {
  CompanyId,
  CompetencyId,
  LevelId,
  Question,
  QuestionKind,
  RoleId,
  RubricPoint,
  StageId,
} from "../../types.ts";

export interface QuestionDefaults {
  stages: StageId[];
  roles: RoleId[];
  levels: [LevelId, LevelId];
  companies?: CompanyId[];
}

/** "what a strong answer covers :: keyword|synonym|a phrase" */
export type PointSpec = string;

export type QuestionSpec = [
  id: string,
  competency: CompetencyId,
  text: string,
  points: PointSpec[],
  overrides?: Partial<QuestionDefaults>,
];

function parsePoint(spec: PointSpec): RubricPoint {
  const [point = "", keywords = ""] = spec.split("::");
  return {
    point: point.trim(),
    keywords: keywords
      .split("|")
      .map((keyword) => keyword.trim())
      .filter((keyword) => keyword !== ""),
  };
}

export function defineQuestions(kind: QuestionKind, defaults: QuestionDefaults, specs: QuestionSpec[]): Question[] {
  return specs.map(([id, competency, text, points, overrides = {}]) => {
    const merged = { ...defaults, ...overrides };
    return {
      id,
      kind,
      text,
      competency,
      stages: [...merged.stages],
      roles: [...merged.roles],
      levels: { min: merged.levels[0], max: merged.levels[1] },
      companies: [...(merged.companies ?? [])],
      rubric: points.map(parsePoint),
    };
  });
}

export const ALL_ROLES: RoleId[] = ["software-engineer", "full-stack", "backend", "frontend"];
