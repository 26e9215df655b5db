// Shared vocabulary of the interview-prep domain. Everything here is plain data so
// sessions can be stored as JSON and read back without a class layer.
import type { CompetencyId } from "./competencies.ts";

export type { CompetencyId };

/** Our common level ladder; each company's own level names map onto it.
 *  L3 entry, L4 mid, L5 senior, L6 staff, L7 senior staff / principal. */
export const LEVEL_IDS = ["L3", "L4", "L5", "L6", "L7"] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export const ROLE_IDS = ["software-engineer", "full-stack", "backend", "frontend"] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const COMPANY_IDS = ["google", "meta", "amazon", "microsoft", "apple", "startup", "large-company"] as const;
export type CompanyId = (typeof COMPANY_IDS)[number];

/** Stages in the order they usually happen. */
export const STAGE_IDS = [
  "recruiter-screen",
  "online-assessment",
  "phone-screen",
  "coding",
  "technical-deep-dive",
  "system-design",
  "behavioral",
  "hiring-manager",
  "hiring-committee",
  "team-match",
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** screen: motivation and logistics; role: the role's technical knowledge; concept: computer
 *  science explained in words; coding: a problem solved in code and run against tests. */
export const QUESTION_KINDS = ["screen", "behavioral", "role", "system_design", "coding", "concept"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const RATINGS = ["poor", "mixed", "good", "excellent"] as const;
export type Rating = (typeof RATINGS)[number];

/** Stored sessions carry this, so a later format change can be recognised. */
export const SESSION_FORMAT = "interview-session/2";
/** The first format, read and upgraded when a saved session is opened. */
export const SESSION_FORMAT_V1 = "interview-session/1";

export interface LevelRange {
  min: LevelId;
  max: LevelId;
}

/** One thing a strong answer covers. It counts as covered when any keyword
 *  (a word or phrase, compared after stemming-lite normalisation) appears. */
export interface RubricPoint {
  /** A noun phrase, so it reads well in "Tell me more about …". */
  point: string;
  keywords: string[];
  /** The same point appears in many questions ("the measurable impact"), so making it does
   *  not show that an answer is about this question. Set by the bank. */
  shared?: boolean;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  /** May contain "{company}", replaced by the company's name when selected. */
  text: string;
  competency: CompetencyId;
  stages: StageId[];
  roles: RoleId[];
  levels: LevelRange;
  /** Companies where this question is characteristic; preferred there, allowed anywhere. */
  companies: CompanyId[];
  rubric: RubricPoint[];
}

export interface CompanyLevel {
  id: LevelId;
  /** The company's own name for the level, e.g. "E5 (Senior)". */
  name: string;
  /** Other ways people write it, matched by resolveLevel(). */
  aliases: string[];
}

/** A stage of one company's loop, with how it varies by level. */
export interface StageTemplate {
  stage: StageId;
  /** The company's name for it, e.g. "Googleyness & Leadership". */
  name: string;
  assesses: string[];
  /** Typical length of one round. */
  minutes: number;
  guidance: string;
  /** Question kinds drawn for practice; defaults per stage id. */
  kinds?: QuestionKind[];
  questionsPerRound?: number;
  /** Levels that have this stage; a level outside every entry skips the stage. */
  byLevel: Array<{ levels: [LevelId, LevelId]; rounds: number; note: string }>;
}

export interface CompanyLoop {
  id: CompanyId;
  name: string;
  /** A stand-in for a kind of company rather than a real one. */
  generic: boolean;
  aliases: string[];
  levels: CompanyLevel[];
  notes: string[];
  roleNotes: Partial<Record<RoleId, string>>;
  stages: StageTemplate[];
}

/** A stage as it applies to one company, role and level. */
export interface LoopStage {
  id: StageId;
  name: string;
  assesses: string[];
  minutesPerRound: number;
  rounds: number;
  /** How many practice questions a mock of this stage asks; 0 when not practised. */
  questionCount: number;
  kinds: QuestionKind[];
  guidance: string;
  levelNote: string;
  practised: boolean;
}

export interface Loop {
  company: { id: CompanyId; name: string };
  role: { id: RoleId; name: string };
  level: { id: LevelId; name: string };
  stages: LoopStage[];
  totalMinutes: number;
}

export type InterviewErrorCode =
  | "invalid_choices"
  | "unknown_role"
  | "unknown_level"
  | "level_not_offered"
  | "stage_not_in_loop"
  | "stage_not_practised"
  | "no_questions"
  | "invalid_answer"
  | "empty_answer"
  | "answer_too_long"
  | "unknown_question"
  | "invalid_session"
  | "unsupported_language";

/** Expected failures are values, never exceptions. */
export interface InterviewError {
  ok: false;
  error: InterviewErrorCode;
  message: string;
}

// ---------- feedback vocabulary ----------

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** Every rule an answer can be checked against; the ones that apply depend on its kind. */
export const CHECK_IDS = [
  "assessable",
  "on_topic",
  "not_copied",
  "real_story",
  "one_story",
  "star_situation",
  "star_task",
  "star_action",
  "star_result",
  "result_measure",
  "action_share",
  "ownership",
  "length",
  "delivery",
  "points",
  "wrong_claims",
  "explained",
  "tests",
  "efficiency",
  "explanation_only",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** star: a story; points: talking points of a technical or screening answer; code: run against tests. */
export const FEEDBACK_STYLES = ["star", "points", "code"] as const;
export type FeedbackStyle = (typeof FEEDBACK_STYLES)[number];

export const LENGTH_VERDICTS = ["too_short", "short", "within", "long", "too_long"] as const;
export type LengthVerdict = (typeof LENGTH_VERDICTS)[number];

export const OUTLINE_PARTS = [...STAR_PARTS, "answer", "missing"] as const;
export type OutlinePart = (typeof OUTLINE_PARTS)[number];

export const CODE_LANGUAGES = ["javascript", "typescript", "python"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export const CODE_LANGUAGE_NAMES: Record<CodeLanguage, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

/** How a test run ended. */
export const TEST_OUTCOMES = ["passed", "failed", "error", "timed_out", "not_run"] as const;
export type TestOutcome = (typeof TEST_OUTCOMES)[number];
