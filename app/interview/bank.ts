// The question bank: every question in one list, its validation, and deterministic
// selection for a company, role, level and stage.
import { mulberry32, seedFromText } from "~/seeded-random";
import { COMPANY_LOOPS } from "./loop-content.ts";
import { isCompetencyId } from "./competencies.ts";
import { AUTHORED_QUESTIONS } from "./question-content.ts";
import { DEFAULT_STAGE_KINDS, isLevelId, isRoleId, levelInRange, levelIndex } from "./loops.ts";
import { compileKeyword, tokenize } from "./text.ts";
import {
  COMPANY_IDS,
  QUESTION_KINDS,
  STAGE_IDS,
  type CompanyId,
  type LevelId,
  type Question,
  type QuestionKind,
  type RoleId,
  type StageId,
} from "./types.ts";

/** A point written for three or more questions is a general one. */
const SHARED_POINT_MIN_QUESTIONS = 3;

function markSharedPoints(questions: readonly Question[]): Question[] {
  const uses = new Map<string, number>();
  for (const question of questions)
    for (const point of question.rubric) uses.set(point.point, (uses.get(point.point) ?? 0) + 1);
  return questions.map((question) => ({
    ...question,
    rubric: question.rubric.map((point) =>
      (uses.get(point.point) ?? 0) >= SHARED_POINT_MIN_QUESTIONS ? { ...point, shared: true } : point,
    ),
  }));
}

export const QUESTION_BANK: readonly Question[] = markSharedPoints(AUTHORED_QUESTIONS);

const BY_ID = new Map(QUESTION_BANK.map((question) => [question.id, question]));

export function findQuestion(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** The smallest number of rubric points a question may have. */
export const MIN_RUBRIC_POINTS = 3;

export interface BankProblem {
  questionId: string;
  problem: string;
}

/** Stage → question kinds some loop draws there; a question tagged with a stage
 *  that never draws its kind could never be asked. */
function kindsDrawnByStage(): Map<StageId, Set<QuestionKind>> {
  const drawn = new Map<StageId, Set<QuestionKind>>(
    STAGE_IDS.map((stage) => [stage, new Set(DEFAULT_STAGE_KINDS[stage])]),
  );
  for (const loop of COMPANY_LOOPS) {
    for (const template of loop.stages) for (const kind of template.kinds ?? []) drawn.get(template.stage)!.add(kind);
  }
  return drawn;
}

/** Everything wrong with a list of questions; empty when the bank is sound. */
export function validateBank(questions: readonly Question[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const report = (questionId: string, problem: string) => problems.push({ questionId, problem });
  const seenIds = new Set<string>();
  const seenTexts = new Map<string, string>();
  const drawn = kindsDrawnByStage();

  for (const question of questions) {
    const id = question.id;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) report(id, "id must be lower-case words joined by hyphens");
    if (seenIds.has(id)) report(id, "duplicate id");
    seenIds.add(id);

    const textKey = tokenize(question.text).join(" ");
    if (textKey === "") report(id, "empty question text");
    else if (seenTexts.has(textKey)) report(id, `same text as ${seenTexts.get(textKey)}`);
    else seenTexts.set(textKey, id);

    if (!(QUESTION_KINDS as readonly string[]).includes(question.kind)) report(id, `unknown kind "${question.kind}"`);
    if (!isCompetencyId(question.competency)) report(id, `unknown competency "${question.competency}"`);

    if (question.stages.length === 0) report(id, "no stage tags");
    for (const stage of question.stages) {
      if (!(STAGE_IDS as readonly string[]).includes(stage)) report(id, `unknown stage "${stage}"`);
      else if (!drawn.get(stage)!.has(question.kind))
        report(id, `no loop asks ${question.kind} questions at stage "${stage}"`);
    }

    if (question.roles.length === 0) report(id, "no role tags");
    for (const role of question.roles) if (!isRoleId(role)) report(id, `unknown role "${role}"`);

    const { min, max } = question.levels;
    if (!isLevelId(min) || !isLevelId(max)) report(id, "level range uses unknown levels");
    else if (levelIndex(min) > levelIndex(max)) report(id, `level range ${min}–${max} is reversed`);

    for (const company of question.companies) {
      if (!(COMPANY_IDS as readonly string[]).includes(company)) report(id, `unknown company "${company}"`);
    }

    if (question.rubric.length < MIN_RUBRIC_POINTS) report(id, `needs at least ${MIN_RUBRIC_POINTS} rubric points`);
    for (const point of question.rubric) {
      if (point.point === "") report(id, "rubric point without a description");
      if (point.keywords.length === 0) report(id, `rubric point "${point.point}" has no keywords`);
      for (const keyword of point.keywords) {
        const compiled = compileKeyword(keyword);
        if (compiled.stems.length === 0 && compiled.prefix === null) report(id, `keyword "${keyword}" has no words`);
      }
    }
  }
  return problems;
}

export interface SelectionCriteria {
  company: CompanyId;
  role: RoleId;
  level: LevelId;
  stage: StageId;
  kinds: readonly QuestionKind[];
  count: number;
  seed: string;
  /** Question ids already used elsewhere in the same mock. */
  exclude?: ReadonlySet<string>;
}

export function eligibleQuestions(
  criteria: Omit<SelectionCriteria, "count" | "seed">,
  bank: readonly Question[] = QUESTION_BANK,
): Question[] {
  return bank.filter(
    (question) =>
      criteria.kinds.includes(question.kind) &&
      question.stages.includes(criteria.stage) &&
      question.roles.includes(criteria.role) &&
      levelInRange(criteria.level, [question.levels.min, question.levels.max]) &&
      !criteria.exclude?.has(question.id),
  );
}

/** Up to `count` questions, the same for the same criteria and seed. Questions
 *  characteristic of the company come first, then general ones; within that order
 *  each competency is used once before any repeats, so a mock covers more ground. */
export function selectQuestions(criteria: SelectionCriteria, bank: readonly Question[] = QUESTION_BANK): Question[] {
  const random = mulberry32(
    seedFromText([criteria.seed, criteria.company, criteria.role, criteria.level, criteria.stage].join("|")),
  );
  const shuffled = eligibleQuestions(criteria, bank);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const fitTier = (question: Question) =>
    question.companies.includes(criteria.company) ? 0 : question.companies.length === 0 ? 1 : 2;
  const ordered = shuffled.sort((a, b) => fitTier(a) - fitTier(b));

  const picked: Question[] = [];
  const competencies = new Set<string>();
  for (const question of ordered) {
    if (picked.length === criteria.count) break;
    if (competencies.has(question.competency)) continue;
    picked.push(question);
    competencies.add(question.competency);
  }
  for (const question of ordered) {
    if (picked.length === criteria.count) break;
    if (!picked.includes(question)) picked.push(question);
  }
  return picked;
}
