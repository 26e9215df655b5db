// What each question exercises (content/competencies.json: id → label). Progress across
// sessions is reported per competency, so behavioral competencies and technical topics
// share one list.
import { z } from "zod";
import raw from "./content/competencies.json";
import { readContent } from "./read-content.ts";

export type CompetencyId = keyof typeof raw;

export const COMPETENCIES = readContent(
  "competencies.json",
  raw,
  z.record(z.string().regex(/^[a-z]+(-[a-z]+)*$/, "an id is lower-case words joined by hyphens"), z.string().min(1)),
) as Readonly<Record<CompetencyId, string>>;

export function isCompetencyId(value: string): value is CompetencyId {
  return Object.hasOwn(COMPETENCIES, value);
}
