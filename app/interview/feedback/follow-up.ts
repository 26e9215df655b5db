// The follow-up question an interviewer would ask next. It probes the gap without naming
// what would fill it: "What does this cost as the input grows?", never "Can you walk me
// through passing min and max bounds down?".
import type { QuestionKind, RubricPoint, StarPart } from "../types.ts";
import type { StarFindings } from "./star.ts";

interface Probe {
  /** Matched against the missed point's description, to pick the kind of probe. */
  about: RegExp;
  question: string;
}

const TECHNICAL_PROBES: readonly Probe[] = [
  {
    about: /\b(o\(|complexit|time|space|linear|quadratic|log|amortis|amortiz|fast|slow|cost)\b/i,
    question: "What does this cost in time and memory as the input grows?",
  },
  {
    about: /\b(edge|empty|null|zero|negative|duplicate|single|overflow|boundar|touching|contained)\b/i,
    question: "Which inputs would you test first to convince yourself it is right?",
  },
  {
    about: /\b(fail|failure|down|outage|retr|monitor|alert|recover|redundan|replica|lag|lost|loss)\b/i,
    question: "What happens when one part of this fails, and how would you find out?",
  },
  {
    about: /\b(requirement|scale|estimate|traffic|users|qps|load|capacity|throughput|surge|spike)\b/i,
    question: "How much traffic or data are you designing for, and what does that change?",
  },
  {
    about: /\b(trade-?off|compar|alternative|option|when|choose|pick|versus|instead)\b/i,
    question: "What would make you go another way here, and why?",
  },
  {
    about: /\b(data model|schema|stor|table|key|index|database|persist)\b/i,
    question: "What exactly do you store, and how is it looked up?",
  },
  {
    about: /\b(secur|auth|attack|abuse|trust|permission|privacy|injection)\b/i,
    question: "How could someone misuse this, and what stops them?",
  },
  { about: /\b(test|verif|measure|metric|check)\b/i, question: "How would you know it works once it is live?" },
];

const DEFAULT_TECHNICAL: Record<QuestionKind, string> = {
  behavioral: "What would you do differently if it happened again?",
  screen: "What would make this role a clear yes for you?",
  role: "Which part of this are you least sure about, and how would you check it?",
  concept: "Where have you relied on this in real code, and what went wrong or right?",
  coding: "Which input would break a naive version of this, and why does yours survive it?",
  system_design: "Which component fails first at ten times the traffic, and what would you change?",
};

const STORY_PROBES: Record<StarPart | "measure" | "ownership", string> = {
  action: "What did you do yourself, step by step?",
  result: "How did it turn out in the end?",
  situation: "Where were you when this happened, and what was at stake?",
  task: "What were you personally trying to achieve?",
  measure: "How did you know it had worked?",
  ownership: "Which part of that was yours?",
};

const COMPLETE_STORY_PROBES = [
  "What would you do differently if it happened again?",
  "What was the hardest moment, and how did you decide what to do?",
  "Who disagreed with you along the way, and how did you handle it?",
  "What did this change in how you work now?",
];

function pick<T>(items: readonly T[], key: string): T {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return items[hash % items.length]!;
}

export function storyFollowUp(star: StarFindings | null, ownershipUnclear: boolean, questionId: string): string {
  if (!star) return STORY_PROBES.situation;
  const missing = (["action", "result", "situation", "task"] as const).find((part) => !star.parts[part].found);
  if (missing) return STORY_PROBES[missing];
  if (ownershipUnclear) return STORY_PROBES.ownership;
  if (!star.resultHasNumber) return STORY_PROBES.measure;
  return pick(COMPLETE_STORY_PROBES, questionId);
}

/** Whether a probe would say the point's own words. */
function names(question: string, point: RubricPoint): boolean {
  const lower = question.toLowerCase();
  return point.keywords.some((keyword) => {
    const bare = keyword.replace(/\*$/, "").toLowerCase();
    return bare.length >= 4 && lower.includes(bare);
  });
}

/** A probe for the first missed point; it never repeats the point's own words. */
export function technicalFollowUp(kind: QuestionKind, missed: readonly RubricPoint[]): string {
  for (const point of missed) {
    const probe = TECHNICAL_PROBES.find(
      (candidate) => candidate.about.test(point.point) && !names(candidate.question, point),
    );
    if (probe) return probe.question;
  }
  const fallback = DEFAULT_TECHNICAL[kind];
  return missed.some((point) => names(fallback, point))
    ? "Which part of this are you least sure about, and how would you check it?"
    : fallback;
}
