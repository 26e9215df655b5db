// One hand-rated answer of the interview evaluation set (see ../SCALE.md). Ratings and
// notes were written before the feedback they measure was run.
import type { LevelId, Rating } from "~/interview";

export const AUTHORS = ["ana", "ben", "chen", "dee", "eli", "fay", "gus", "hal"] as const;
export type Author = (typeof AUTHORS)[number];
/** Never read while tuning; reported beside the others. */
export const HELD_OUT_AUTHORS: readonly Author[] = ["eli", "fay", "gus"];

/** The parts reported side by side: the set tuned on, the first held-out authors, and the fresh set C written later. */
export const EVAL_PARTS = ["tuning", "held out", "fresh held-out C"] as const;
export type EvalPart = (typeof EVAL_PARTS)[number];
export function partOf(author: Author): EvalPart {
  if (author === "gus") return "fresh held-out C";
  return HELD_OUT_AUTHORS.includes(author) ? "held out" : "tuning";
}

export type CaseKind =
  | "strong"
  | "good_without_metric"
  | "vague"
  | "rambling"
  | "too_short"
  | "off_topic"
  | "copied_question"
  | "gibberish"
  | "strong_we"
  | "hypothetical"
  | "partial"
  | "keyword_stuffed_wrong"
  | "keyword_list"
  | "code_correct"
  | "code_buggy"
  | "code_slow"
  | "explanation_only";

export interface EvalCase {
  id: string;
  author: Author;
  kind: CaseKind;
  /** A question id from the bank. */
  question: string;
  level: LevelId;
  /** The written or transcribed answer (for code, the explanation beside it; may be empty). */
  answer: string;
  code?: { language: "javascript" | "typescript" | "python"; source: string };
  expected: Rating;
  /** For code: every test passes (true) or at least one fails (false). */
  allPass?: boolean;
  note: string;
}
