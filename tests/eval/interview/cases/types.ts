// One hand-rated answer of the interview evaluation set (see ../SCALE.md). Ratings and
// notes were written before the feedback they measure was run.
import type { LevelId, Rating } from "~/interview";

export const AUTHORS = [
  "ana",
  "ben",
  "chen",
  "dee",
  "eli",
  "fay",
  "gus",
  "hal",
  "ivy",
  "kai",
  "lou",
  "jo",
  "mo",
  "nia",
  "pia",
  "quinn",
  "rhea",
  "tam",
] as const;
export type Author = (typeof AUTHORS)[number];
/** The parts reported side by side: the set tuned on, the first held-out authors, and the fresh
 *  sets C, D, E and F, each written and rated later, before the round of tuning that followed
 *  (F was blind until its one run on 2026-12-07; now an ordinary held-out set). */
export const EVAL_PARTS = [
  "tuning",
  "held out",
  "fresh held-out C",
  "fresh held-out D",
  "fresh held-out E",
  "fresh held-out F",
] as const;
export type EvalPart = (typeof EVAL_PARTS)[number];
const PART_OF_AUTHOR: Record<Author, EvalPart> = {
  ana: "tuning",
  ben: "tuning",
  chen: "tuning",
  dee: "tuning",
  hal: "tuning",
  ivy: "tuning",
  jo: "tuning",
  eli: "held out",
  fay: "held out",
  gus: "fresh held-out C",
  kai: "fresh held-out D",
  lou: "fresh held-out D",
  mo: "fresh held-out E",
  nia: "fresh held-out E",
  pia: "tuning",
  quinn: "fresh held-out F",
  rhea: "fresh held-out F",
  tam: "tuning",
};
export const partOf = (author: Author): EvalPart => PART_OF_AUTHOR[author];
/** Never read while tuning (nor by the CI guard, which names failing cases); reported beside the others. */
export const HELD_OUT_AUTHORS: readonly Author[] = AUTHORS.filter((author) => partOf(author) !== "tuning");
/** Not run at all unless asked for (`--blind`): a blind set is run once, at the end of its round
 *  of tuning, then moves to the parts above. None is blind now. */
export const BLIND_PARTS: readonly EvalPart[] = [];

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
