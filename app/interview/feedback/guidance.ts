// What interviewers look for at the candidate's level, and whether the answer shows it.
// L3 advice is about clear execution and learning; L5 about influence beyond your own
// tasks; L6 and up about direction across teams.
import type { LevelId, QuestionKind } from "../types.ts";
import type { Sentence } from "./sentences.ts";

const SCOPE = {
  beyondTeam:
    /\b(other teams?|several teams|(two|three|four|five|six|\d+) teams|cross-team|across teams|org(anisation|anization)?\b|director|vp|stakeholders?|leadership|company-wide|whole company|all-hands)\b/,
  influence:
    /\b(convinced|persuaded|proposed|aligned|got (buy-in|sign-off|agreement)|brought .* on board|mentor(ed|ing)?|coached|led|set (the )?direction|vision|roadmap|strategy)\b/,
  tradeOff:
    /\b(trade-?offs?|instead of|rather than|the cost|downside|in exchange|at the expense|weigh(ed)?|chose .* over)\b/,
  learning: /\b(learn(ed|t)?|lesson|next time|now i|since then i|differently)\b/,
  numbers: /\d/,
  failure: /\b(fail|failure|outage|down|retr|monitor|alert|fallback|degrad)/,
};

function shows(sentences: readonly Sentence[], pattern: RegExp): boolean {
  return sentences.some((sentence) => pattern.test(sentence.lower));
}

/** Advice for the level, each line saying what the answer already shows or should add. */
export function levelGuidance(level: LevelId, kind: QuestionKind, sentences: readonly Sentence[]): string[] {
  const senior = level === "L5";
  const staff = level === "L6" || level === "L7";
  if (kind === "behavioral") {
    if (staff) {
      return [
        shows(sentences, SCOPE.beyondTeam)
          ? "At this level interviewers look for impact across teams; your story shows it."
          : "At this level interviewers look for impact across several teams or the organisation; this story stays inside one team.",
        shows(sentences, SCOPE.influence)
          ? "You show how you set direction or brought people along."
          : "Say how you set the direction and brought other leaders along, not only what was built.",
      ];
    }
    if (senior) {
      return [
        shows(sentences, SCOPE.influence) || shows(sentences, SCOPE.beyondTeam)
          ? "At L5 interviewers look for influence beyond your own tasks; your story shows some."
          : "At L5 interviewers look for influence beyond your own tasks (leading, persuading, mentoring); add where you did that.",
        shows(sentences, SCOPE.tradeOff)
          ? "You name a trade-off you weighed."
          : "Name a trade-off you weighed and why you chose as you did.",
      ];
    }
    if (level === "L4") {
      return [
        "At L4 interviewers look for work you owned end to end with little guidance: make the decisions you took yourself explicit.",
      ];
    }
    return [
      shows(sentences, SCOPE.learning)
        ? "At L3 interviewers look for solid execution and how you learn; you say what you learned."
        : "At L3 interviewers look for solid execution and how you learn; end with what you learned.",
    ];
  }
  if (kind === "system_design") {
    if (staff || senior) {
      return [
        shows(sentences, SCOPE.numbers)
          ? "You put numbers on the scale."
          : "Put numbers on the scale (users, requests per second, data size) and let them drive the design.",
        shows(sentences, SCOPE.failure)
          ? "You cover failure handling."
          : "Say how each part fails and what the system does then.",
        staff
          ? "At this level, also say how the design evolves, what it costs to run and who operates it."
          : "At L5, name the trade-off behind each major choice.",
      ];
    }
    return [
      "At this level, a clear set of components and one part designed in depth is enough; name the data you store.",
    ];
  }
  if (kind === "coding") {
    return staff || senior
      ? [
          "At this level interviewers expect a working solution quickly, its complexity stated, and tests you would add.",
        ]
      : ["At this level interviewers look for a correct solution, clear names and the edge cases you checked."];
  }
  return [];
}
