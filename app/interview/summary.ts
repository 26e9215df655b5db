// Summaries of mock-interview sessions: per session (strengths, what to practise next, by
// competency), progress by competency across sessions, and the session as plain text. Pure,
// and free of the feedback engine, so pages that only show saved sessions stay small.
import { COMPETENCIES } from "./competencies.ts";
import { STAGE_NAMES } from "./loops.ts";
import type { AnswerFeedback, InterviewSession, SessionItem } from "./schema.ts";
import { RATINGS, type CheckId, type CompetencyId, type Rating } from "./types.ts";

/** poor 1 … excellent 4, for averages across answers. */
export function ratingScore(rating: Rating): number {
  return RATINGS.indexOf(rating) + 1;
}

/** The rating nearest to an average score. */
export function ratingFromScore(score: number): Rating {
  return RATINGS[Math.min(3, Math.max(0, Math.round(score) - 1))]!;
}

export interface CompetencyResult {
  competency: CompetencyId;
  label: string;
  answered: number;
  averageScore: number;
  rating: Rating;
}

export interface SessionSummary {
  answered: number;
  total: number;
  complete: boolean;
  /** Null until something is answered. */
  overall: Rating | null;
  ratings: Record<Rating, number>;
  strengths: string[];
  practiseNext: string[];
  byCompetency: CompetencyResult[];
}

type Answered = SessionItem & { answer: string; feedback: AnswerFeedback };

function answeredItems(session: InterviewSession): Answered[] {
  return session.items.filter((item): item is Answered => item.answer !== null && item.feedback !== null);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function averageScore(items: readonly Answered[]): number {
  return round2(items.reduce((total, item) => total + ratingScore(item.feedback.rating), 0) / items.length);
}

function resultsByCompetency(items: readonly Answered[]): CompetencyResult[] {
  const groups = new Map<CompetencyId, Answered[]>();
  for (const item of items)
    groups.set(item.question.competency, [...(groups.get(item.question.competency) ?? []), item]);
  return [...groups].map(([competency, group]) => {
    const average = averageScore(group);
    return {
      competency,
      label: COMPETENCIES[competency],
      answered: group.length,
      averageScore: average,
      rating: ratingFromScore(average),
    };
  });
}

// What to say when a check keeps failing, or keeps passing, across a session's answers.
// Only checks with a clear, general lesson are listed; per-question gaps come from competencies.
const CHECK_ADVICE: Partial<Record<CheckId, { practise: (failed: number, of: number) => string; strength?: string }>> =
  {
    assessable: { practise: (n, of) => `Write fuller answers: ${n} of ${of} were too short to assess.` },
    on_topic: { practise: (n, of) => `Answer the question asked: ${n} of ${of} stories were about something else.` },
    real_story: { practise: (n, of) => `Tell real occasions, not what you would do (${n} of ${of} answers).` },
    one_story: { practise: (n, of) => `Tell one occasion rather than general habits (${n} of ${of} answers).` },
    star_situation: {
      practise: (n, of) => `Open each story with the situation (missing in ${n} of ${of} stories).`,
      strength: "Your stories set the scene.",
    },
    star_task: {
      practise: (n, of) => `Say what you personally had to achieve (missing in ${n} of ${of} stories).`,
      strength: "Your stories make your goal clear.",
    },
    star_action: { practise: (n, of) => `Describe your own actions step by step (missing in ${n} of ${of} stories).` },
    star_result: {
      practise: (n, of) => `End every story with its result (missing in ${n} of ${of} stories).`,
      strength: "Your stories end with a result.",
    },
    result_measure: {
      practise: (n, of) => `Put a measure on your results (${n} of ${of} results had none).`,
      strength: "Your results carry measures.",
    },
    action_share: {
      practise: (n, of) => `Spend more of each story on what you did (${n} of ${of} were light on actions).`,
      strength: "Your stories focus on your actions.",
    },
    ownership: {
      practise: (n, of) => `Say which parts you did yourself (${n} of ${of} stories were all “we”).`,
      strength: "You make your own role clear.",
    },
    length: {
      practise: (n, of) => `Keep answers near the usual length (${n} of ${of} were far too short or too long).`,
      strength: "Your answers are a good length.",
    },
    delivery: {
      practise: (n, of) => `Cut filler and hedging words (${n} of ${of} answers had many).`,
      strength: "You speak with few fillers or hedges.",
    },
    wrong_claims: {
      practise: (n, of) =>
        `Check your technical claims: ${n} of ${of} answers waved away what a strong answer relies on.`,
    },
    explained: {
      practise: (n, of) => `Explain the terms you name (${n} of ${of} answers listed terms without explaining them).`,
    },
    tests: {
      practise: (n, of) => `Test your code on edge cases before submitting (${n} of ${of} solutions failed tests).`,
      strength: "Your code passes its tests.",
    },
    efficiency: {
      practise: (n, of) => `Aim for the expected complexity (${n} of ${of} solutions were too slow on large inputs).`,
    },
    explanation_only: {
      practise: (n, of) => `Write code for coding questions (${n} of ${of} were explanations only).`,
    },
  };

/** Strengths and what to practise next, in a stable order: most frequent first. */
export function summariseSession(session: InterviewSession): SessionSummary {
  const answered = answeredItems(session);
  const ratings = Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as Record<Rating, number>;
  for (const item of answered) ratings[item.feedback.rating]++;

  const tallies = new Map<CheckId, { passed: number; failed: number }>();
  for (const item of answered) {
    for (const check of item.feedback.checks) {
      if (!CHECK_ADVICE[check.id]) continue;
      const tally = tallies.get(check.id) ?? { passed: 0, failed: 0 };
      tally[check.passed ? "passed" : "failed"]++;
      tallies.set(check.id, tally);
    }
  }
  const checkOrder = Object.keys(CHECK_ADVICE) as CheckId[];
  const byFrequency = [...tallies].sort(
    ([a, x], [b, y]) => y.failed - x.failed || checkOrder.indexOf(a) - checkOrder.indexOf(b),
  );

  const byCompetency = resultsByCompetency(answered).sort(
    (a, b) => a.averageScore - b.averageScore || a.label.localeCompare(b.label),
  );
  const weakCompetencies = byCompetency.filter((result) => ratingScore(result.rating) <= ratingScore("mixed"));
  const strongCompetencies = byCompetency
    .filter((result) => ratingScore(result.rating) >= ratingScore("good"))
    .reverse();

  const practiseNext = [
    ...byFrequency
      .filter(([, tally]) => tally.failed > 0)
      .map(([id, tally]) => CHECK_ADVICE[id]!.practise(tally.failed, tally.passed + tally.failed)),
    ...weakCompetencies.map((result) => {
      const missed = answered.find(
        (item) => item.question.competency === result.competency && item.feedback.points.missed.length > 0,
      );
      const hint = missed ? `: cover ${missed.feedback.points.missed[0]}` : "";
      return `Practise ${result.label.toLowerCase()} (${result.rating})${hint}.`;
    }),
  ];
  const strengths = [
    ...strongCompetencies.map((result) => `${result.label}: rated ${result.rating}.`),
    ...byFrequency
      .filter(([id, tally]) => tally.failed === 0 && CHECK_ADVICE[id]!.strength !== undefined)
      .map(([id]) => CHECK_ADVICE[id]!.strength!),
  ];

  return {
    answered: answered.length,
    total: session.items.length,
    complete: answered.length === session.items.length,
    overall: answered.length === 0 ? null : ratingFromScore(averageScore(answered)),
    ratings,
    strengths,
    practiseNext,
    byCompetency,
  };
}

export interface CompetencyProgress {
  competency: CompetencyId;
  label: string;
  attempts: number;
  /** Sessions that include at least one answer in this competency. */
  sessions: number;
  /** One entry per such session, in the order the sessions were given. */
  history: Array<{ sessionIndex: number; averageScore: number; rating: Rating }>;
  latest: Rating;
  best: Rating;
  trend: "new" | "improving" | "steady" | "declining";
}

/** A change of half a rating step or more between first and latest session counts as a trend. */
const TREND_STEP = 0.5;

/** Progress per competency across sessions given oldest first; weakest latest result first. */
export function progressByCompetency(sessions: readonly InterviewSession[]): CompetencyProgress[] {
  const progress = new Map<CompetencyId, CompetencyProgress>();
  sessions.forEach((session, sessionIndex) => {
    for (const result of resultsByCompetency(answeredItems(session))) {
      const entry = progress.get(result.competency) ?? {
        competency: result.competency,
        label: result.label,
        attempts: 0,
        sessions: 0,
        history: [],
        latest: result.rating,
        best: result.rating,
        trend: "new",
      };
      entry.attempts += result.answered;
      entry.sessions += 1;
      entry.history.push({ sessionIndex, averageScore: result.averageScore, rating: result.rating });
      entry.latest = result.rating;
      if (ratingScore(result.rating) > ratingScore(entry.best)) entry.best = result.rating;
      const change = result.averageScore - entry.history[0]!.averageScore;
      entry.trend =
        entry.history.length === 1
          ? "new"
          : change >= TREND_STEP
            ? "improving"
            : change <= -TREND_STEP
              ? "declining"
              : "steady";
      progress.set(result.competency, entry);
    }
  });
  return [...progress.values()].sort(
    (a, b) => ratingScore(a.latest) - ratingScore(b.latest) || a.label.localeCompare(b.label),
  );
}

function stageLabel(session: InterviewSession): string {
  if (session.stage === "full") return "Full loop";
  return session.stages[0]?.name ?? STAGE_NAMES[session.stage];
}

/** The whole session as plain text, for download and search. */
export function sessionToText(session: InterviewSession): string {
  const summary = summariseSession(session);
  const lines: string[] = [
    `Mock interview: ${session.company.name}, ${session.role.name}, ${session.level.name}`,
    `Stage: ${stageLabel(session)}`,
    `Progress: ${summary.answered} of ${summary.total} answered${summary.overall ? `; overall ${summary.overall}` : ""}`,
    ...session.notes.map((note) => `Note: ${note}`),
  ];
  for (const stage of session.stages) {
    lines.push("", `== ${stage.name} (${stage.minutes} min) ==`, stage.guidance);
    session.items
      .filter((item) => item.question.stage === stage.id)
      .forEach((item, index) => {
        lines.push("", `Q${index + 1}. ${item.question.text}`);
        if (item.answer === null || item.feedback === null) {
          lines.push("(not answered yet)");
          return;
        }
        const { feedback } = item;
        lines.push("Answer:", item.answer);
        if (item.code) lines.push("", `Code (${item.code.language}):`, item.code.source);
        lines.push("", `Rating: ${feedback.ratingSummary}`);
        for (const check of feedback.checks) lines.push(`${check.passed ? "+" : "-"} ${check.message}`);
        if (feedback.star?.credited) {
          for (const [part, found] of Object.entries(feedback.star.parts)) {
            lines.push(
              `${part}: ${found.found ? (found.implicit ? "(implied by the situation)" : found.sentences.join(" ")) : "(missing)"}`,
            );
          }
        }
        if (feedback.code) {
          for (const test of feedback.code.tests) {
            lines.push(
              `test ${test.name}: ${test.outcome.replace("_", " ")}${test.ms === null ? "" : ` (${test.ms} ms)`}`,
            );
          }
          if (feedback.code.complexity) lines.push(`Complexity hint: ${feedback.code.complexity.label}`);
        }
        for (const entry of feedback.points.credited) lines.push(`Point made: ${entry.point} — “${entry.sentence}”`);
        for (const entry of feedback.points.dismissed)
          lines.push(`Point contradicted: ${entry.point} — “${entry.sentence}”`);
        if (feedback.points.missed.length > 0) lines.push(`Not covered: ${feedback.points.missed.join("; ")}`);
        for (const note of feedback.levelGuidance) lines.push(`Level: ${note}`);
        lines.push(
          `Follow-up: ${feedback.followUp}`,
          "Improved answer outline:",
          ...feedback.improvedOutline.map((line) => `  ${line.text}`),
        );
      });
  }
  lines.push("", "== Summary ==");
  if (summary.strengths.length > 0) lines.push("Strengths:", ...summary.strengths.map((text) => `- ${text}`));
  if (summary.practiseNext.length > 0) lines.push("Practise next:", ...summary.practiseNext.map((text) => `- ${text}`));
  return `${lines.join("\n")}\n`;
}
