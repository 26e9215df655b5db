// Deterministic feedback on one answer, and the rating with its reasons. Pure: the same
// question, answer, level and test results always give the same feedback. Stories are
// judged by their STAR parts, technical and screening answers by the talking points they
// make (said honestly as "points covered", not a verdict on the design), code by its tests.
import { listPhrase } from "~/writer/lists";
import type { AnswerFeedback, CodeReport, FeedbackCheck, OutlineLine } from "../schema.ts";
import {
  RATINGS,
  STAR_PARTS,
  type CompetencyId,
  type LevelId,
  type QuestionKind,
  type Rating,
  type RubricPoint,
  type StarPart,
} from "../types.ts";
import { fillerHeavy, formatDuration, measureDelivery, SPEAKING_NORMS, type Delivery } from "./delivery.ts";
import { storyFollowUp, technicalFollowUp } from "./follow-up.ts";
import { levelGuidance } from "./guidance.ts";
import { PEOPLE_COMPETENCIES } from "./language.ts";
import {
  isCopyOfQuestion,
  matchPoints,
  mentionsColleague,
  mentionsDescribed,
  mentionsFocus,
  type PointsResult,
} from "./points.ts";
import { readSentences, type Sentence } from "./sentences.ts";
import { stem } from "../text.ts";
import { analyseStar, type StarFindings } from "./star.ts";

/** Bump when the rules change, so stored feedback can be told apart. */
export const RUBRIC_VERSION = "interview-rubric/7";

/** Share of talking points covered for each rating, best first. */
export const COVERAGE_FOR_RATING: ReadonlyArray<[Rating, number]> = [
  ["excellent", 0.85],
  ["good", 0.55],
  ["mixed", 0.3],
];

/** Strong stories spend a good part of their words on actions; below this they read as context. */
export const MIN_ACTION_SHARE = 0.3;

/** Below this share of words in sentences that carry the story, the answer wanders. */
export const MIN_STORY_SHARE = 0.8;

/** Pieces of evidence (described words, touched points) that put a story on topic without the
 *  question's own words; one is enough for a complete story that could be about the question. */
export const ON_TOPIC_EVIDENCE = 2;

/** What the feedback needs to know about a question. */
export interface AssessableQuestion {
  id: string;
  kind: QuestionKind;
  /** For stories: whether the question is about working with people. */
  competency?: CompetencyId;
  text: string;
  rubric: RubricPoint[];
}

export interface AssessContext {
  level: LevelId;
  /** The code's test results, for a coding answer that included code. */
  code?: CodeReport | null;
}

const step = (rating: Rating) => RATINGS.indexOf(rating);
const lower = (rating: Rating, steps = 1): Rating => RATINGS[Math.max(0, step(rating) - steps)]!;
const capAt = (rating: Rating, cap: Rating): Rating => (step(rating) > step(cap) ? cap : rating);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const pass = (id: FeedbackCheck["id"], message: string): FeedbackCheck => ({ id, passed: true, message });
const fail = (id: FeedbackCheck["id"], message: string): FeedbackCheck => ({ id, passed: false, message });

function lengthCheck(delivery: Delivery): { check: FeedbackCheck; gap: boolean } {
  const spoken = `about ${formatDuration(delivery.speakingSeconds)} spoken (${plural(delivery.words, "word")})`;
  const target = `${formatDuration(delivery.target.min)}–${formatDuration(delivery.target.max)}`;
  switch (delivery.length) {
    case "too_short":
      return { check: fail("length", `${capitalise(spoken)}: well under the usual ${target}; say more.`), gap: true };
    case "too_long":
      return {
        check: fail("length", `${capitalise(spoken)}: well over the usual ${target}; cut background first.`),
        gap: true,
      };
    case "short":
      return {
        check: pass(
          "length",
          `${capitalise(spoken)}: a little under the usual ${target}, which is fine if nothing is missing.`,
        ),
        gap: false,
      };
    case "long":
      return {
        check: pass("length", `${capitalise(spoken)}: a little over the usual ${target}; tighten it if you can.`),
        gap: false,
      };
    default:
      return { check: pass("length", `${capitalise(spoken)}, within the usual ${target}.`), gap: false };
  }
}

function deliveryCheck(delivery: Delivery, countHedges: boolean): { check: FeedbackCheck; gap: boolean } {
  const filler = fillerHeavy(delivery, countHedges);
  return filler.heavy
    ? {
        check: fail("delivery", `${filler.total} filler or hedging words (${filler.list}); cut them to sound surer.`),
        gap: true,
      }
    : { check: pass("delivery", "Few filler or hedging words."), gap: false };
}

function failedFirst(checks: readonly FeedbackCheck[]): FeedbackCheck[] {
  return [...checks.filter((check) => !check.passed), ...checks.filter((check) => check.passed)];
}

function allCopied(sentences: readonly Sentence[], questionText: string): boolean {
  const content = sentences.filter((sentence) => !sentence.filler);
  return content.length > 0 && content.every((sentence) => isCopyOfQuestion(sentence.text, questionText));
}

// ---------- outlines ----------

const STAR_PLACEHOLDERS: Record<StarPart, string> = {
  situation: "[situation: where and when, and what was at stake]",
  task: "[task: what you personally had to achieve]",
  action: "[actions: what you did, step by step, with “I”]",
  result: "[result: what changed, with a number if you have one]",
};

/** The user's own sentences in STAR order, with placeholders where a part or a number is missing. */
function starOutline(sentences: readonly Sentence[], star: StarFindings, ownershipUnclear: boolean): OutlineLine[] {
  const grouped: Record<StarPart, string[]> = { situation: [], task: [], action: [], result: [] };
  let current: StarPart = "situation";
  for (const sentence of sentences) {
    if (sentence.filler) continue;
    const part = STAR_PARTS.find(
      (candidate) => !star.parts[candidate].implicit && star.parts[candidate].sentences.includes(sentence.text),
    );
    if (part) current = part;
    if (!grouped[current].includes(sentence.text)) grouped[current].push(sentence.text);
  }
  return STAR_PARTS.flatMap((part): OutlineLine[] => {
    const found = star.parts[part].found && !star.parts[part].implicit;
    const lines: OutlineLine[] = found
      ? grouped[part].map((text) => ({ part, text, placeholder: false }))
      : [{ part, text: STAR_PLACEHOLDERS[part], placeholder: true }];
    if (part === "action" && ownershipUnclear)
      lines.push({ part, text: "[which of these steps you did yourself: “I …”]", placeholder: true });
    if (part === "result" && star.parts.result.found && !star.resultHasNumber)
      lines.push({ part, text: "[how much it changed: a number or a before-and-after]", placeholder: true });
    return lines;
  });
}

function pointsOutline(sentences: readonly Sentence[], points: PointsResult): OutlineLine[] {
  return [
    ...sentences
      .filter((sentence) => !sentence.filler)
      .map((sentence): OutlineLine => ({ part: "answer", text: sentence.text, placeholder: false })),
    ...[...points.dismissed.map((entry) => entry.point), ...points.named, ...points.missed].map(
      (point): OutlineLine => ({ part: "missing", text: `[cover ${point}]`, placeholder: true }),
    ),
  ];
}

// ---------- stories ----------

function assessStory(
  question: AssessableQuestion,
  answer: string,
  context: AssessContext,
  sentences: Sentence[],
  delivery: Delivery,
  points: PointsResult,
) {
  const star = analyseStar(sentences);
  const copied = allCopied(sentences, question.text);
  const focus = mentionsFocus(sentences, question.text);
  const specific = new Set(question.rubric.filter((point) => !point.shared).map((point) => point.point));
  // On topic: one content word of the question is enough; otherwise two pieces of evidence
  // among the words of what its specific points describe and the specific points it touches
  // (made or waved away: a story that mentions a point is about it). One stray word is not.
  // Evidence is counted by distinct word, so "plan" as a described word and as a keyword is one.
  const evidence = new Set([
    ...[...points.credited, ...points.dismissed]
      .filter((entry) => specific.has(entry.point))
      .map((entry) => stem(entry.matched.toLowerCase())),
    ...mentionsDescribed(sentences, question.text, question.rubric),
  ]).size;
  // A single piece of evidence is enough for a complete story (scene, actions, result) that could
  // be about the question: for a question about working with people, only if someone else is in it.
  const peopleQuestion = question.competency !== undefined && PEOPLE_COMPETENCIES.has(question.competency);
  const complete = star.parts.situation.found && star.parts.action.found && star.parts.result.found;
  const onTopic =
    !copied &&
    (focus.length > 0 ||
      evidence >= ON_TOPIC_EVIDENCE ||
      (evidence === 1 && complete && (!peopleQuestion || mentionsColleague(sentences))));
  const assessable = delivery.words >= SPEAKING_NORMS.behavioral.assessableWords;
  const actions = star.selfActions + star.teamActions;
  const hypothetical = star.hypotheticalClauses >= 2 && actions <= 1;
  const contentSentences = sentences.filter((sentence) => !sentence.filler).length;
  // Habits ("I usually …"), or an answer with no verb in the past at all: not one occasion.
  const pastClauses = sentences
    .flatMap((sentence) => sentence.clauses)
    .filter((clause) => clause.past && !clause.hypothetical).length;
  const generic =
    (star.habitualSentences >= 2 && star.habitualSentences >= contentSentences * 0.3) ||
    (pastClauses === 0 && contentSentences >= 3);
  const ownershipUnclear = star.selfActions === 0 && star.teamActions >= 1;
  const partsFound = STAR_PARTS.filter((part) => star.parts[part].found && !star.parts[part].implicit).length;

  const checks: FeedbackCheck[] = [];
  let gaps = 0;
  const gap = (check: FeedbackCheck, weight: number) => {
    checks.push(check);
    if (!check.passed) gaps += weight;
  };
  checks.push(
    assessable
      ? pass("assessable", "Long enough to assess.")
      : fail("assessable", `Too short to assess as a story (${plural(delivery.words, "word")}).`),
  );
  checks.push(
    copied
      ? fail("not_copied", "The answer repeats the question instead of answering it.")
      : pass("not_copied", "Answers in your own words."),
  );
  checks.push(
    onTopic
      ? pass(
          "on_topic",
          `On topic${focus.length > 0 ? ` (mentions ${listPhrase(focus.slice(0, 3).map((word) => `“${word}”`))})` : ""}.`,
        )
      : fail(
          "on_topic",
          "The story does not seem to be about what the question asks; no STAR credit is given. Check you answered the question asked.",
        ),
  );
  checks.push(
    hypothetical
      ? fail("real_story", "It describes what you would do, not what you did: tell one real time it happened.")
      : pass("real_story", "Tells what happened, not what you would do."),
  );
  checks.push(
    generic
      ? fail("one_story", "It describes habits (“usually”, “always”) rather than one real occasion.")
      : pass("one_story", "Tells one occasion, not general habits."),
  );

  const credited = onTopic && !copied;
  if (credited) {
    gap(
      star.parts.situation.found
        ? pass("star_situation", "Sets the scene.")
        : fail("star_situation", "Open with the situation: where you were and what was at stake."),
      star.parts.task.found ? 0 : 1,
    );
    gap(
      star.parts.task.found
        ? pass(
            "star_task",
            star.parts.task.implicit ? "Your goal is clear from the situation." : "Says what you had to achieve.",
          )
        : fail("star_task", "Say what you personally had to achieve."),
      0,
    );
    gap(
      star.parts.action.found
        ? pass("star_action", `Describes actions (${plural(actions, "action")}).`)
        : fail("star_action", "Describe what you did, step by step."),
      2,
    );
    gap(
      star.parts.result.found
        ? pass("star_result", "Ends with a result.")
        : fail("star_result", "End with the result: how it turned out."),
      2,
    );
    if (star.parts.result.found) {
      gap(
        star.resultHasNumber
          ? pass("result_measure", "The result carries a measure.")
          : fail("result_measure", "The result has no measure: a number or a before-and-after makes it concrete."),
        1,
      );
    }
    if (star.parts.action.found) {
      gap(
        star.actionShare >= MIN_ACTION_SHARE
          ? pass("action_share", `About ${Math.round(star.actionShare * 100)}% of the answer is about actions.`)
          : fail(
              "action_share",
              `Only about ${Math.round(star.actionShare * 100)}% of the answer is about actions; spend less on background.`,
            ),
        1,
      );
      gap(
        star.storyShare >= MIN_STORY_SHARE
          ? pass("action_share", "Stays on the story.")
          : fail(
              "action_share",
              `Only about ${Math.round(star.storyShare * 100)}% of the answer tells the story; the rest is general views or background. Cut it.`,
            ),
        1,
      );
      gap(
        ownershipUnclear
          ? fail("ownership", "Everything is “we”: say which parts you did yourself.")
          : pass(
              "ownership",
              star.teamActions > 0 ? "Team work is described and your own part is clear." : "Your own part is clear.",
            ),
        1,
      );
    }
  }
  const length = lengthCheck(delivery);
  gap(length.check, length.gap ? 1 : 0);
  const filler = deliveryCheck(delivery, true);
  gap(filler.check, filler.gap ? 1 : 0);

  let rating: Rating;
  let summary: string;
  if (!assessable) [rating, summary] = ["poor", "Poor: too short to assess as a story."];
  else if (copied) [rating, summary] = ["poor", "Poor: the answer repeats the question."];
  else if (!onTopic)
    [rating, summary] = ["poor", "Poor: the story does not answer this question, so its parts earn no credit."];
  else if (hypothetical) [rating, summary] = ["poor", "Poor: a method in the conditional, not a time it happened."];
  else if (generic) {
    rating = "mixed";
    summary = "Mixed: general habits rather than one real occasion; tell one story with what you did and how it ended.";
  } else if (partsFound <= 1 && actions === 0)
    [rating, summary] = ["poor", "Poor: not yet a story; it needs a situation, your actions and a result."];
  else {
    rating = gaps === 0 ? "excellent" : gaps === 1 ? "good" : gaps <= 4 ? "mixed" : "poor";
    summary =
      rating === "excellent"
        ? "Excellent: a complete story with your own actions and a concrete result."
        : `${capitalise(rating)}: ${plural(checks.filter((check) => !check.passed).length, "thing")} to improve.`;
  }

  const feedback: Omit<AnswerFeedback, "delivery" | "rubricVersion"> = {
    style: "star",
    rating,
    ratingSummary: summary,
    basis: "story",
    checks: failedFirst(checks),
    star: {
      credited,
      parts: credited
        ? star.parts
        : { situation: emptyPart(), task: emptyPart(), action: emptyPart(), result: emptyPart() },
      reflection: credited ? star.reflection : [],
      actionShare: credited ? star.actionShare : 0,
      selfActions: star.selfActions,
      teamActions: star.teamActions,
      resultHasNumber: credited && star.resultHasNumber,
    },
    points,
    code: null,
    levelGuidance: assessable && credited ? levelGuidance(context.level, "behavioral", sentences) : [],
    followUp: storyFollowUp(credited ? star : null, ownershipUnclear, question.id),
    improvedOutline: starOutline(sentences, credited ? star : analyseStar([]), ownershipUnclear),
    secondOpinion: null,
  };
  return feedback;
}

const pointsNamed = (rubric: readonly RubricPoint[], names: readonly string[]) =>
  names.flatMap((name) => rubric.filter((point) => point.point === name));

const emptyPart = () => ({ found: false, implicit: false, sentences: [] as string[] });

// ---------- talking points ----------

function ratingFromCoverage(ratio: number): Rating {
  return COVERAGE_FOR_RATING.find(([, minimum]) => ratio >= minimum)?.[0] ?? "poor";
}

function assessPoints(
  question: AssessableQuestion,
  context: AssessContext,
  sentences: Sentence[],
  delivery: Delivery,
  points: PointsResult,
  contradicted: readonly string[],
) {
  const total = question.rubric.length;
  const covered = points.credited.length;
  const ratio = total === 0 ? 0 : covered / total;
  const copied = allCopied(sentences, question.text);
  const assessable = delivery.words >= SPEAKING_NORMS[question.kind].assessableWords;
  const explanationOnly = question.kind === "coding";
  const checks: FeedbackCheck[] = [];
  checks.push(
    assessable
      ? pass("assessable", "Long enough to assess.")
      : fail("assessable", `Too short to assess (${plural(delivery.words, "word")}).`),
  );
  checks.push(
    copied
      ? fail("not_copied", "The answer repeats the question instead of answering it.")
      : pass("not_copied", "Answers in your own words."),
  );
  checks.push(
    ratio >= COVERAGE_FOR_RATING[1]![1]
      ? pass("points", `Makes ${covered} of ${total} points a strong answer includes.`)
      : fail("points", `Makes ${covered} of ${total} points a strong answer includes.`),
  );
  if (points.dismissed.length > 0) {
    checks.push(
      fail(
        "wrong_claims",
        `${plural(points.dismissed.length, "sentence")} wave away what a strong answer relies on: ${points.dismissed.map((entry) => `“${entry.sentence}”`).join(" ")}`,
      ),
    );
  } else {
    checks.push(pass("wrong_claims", "No sentence contradicts what a strong answer says."));
  }
  if (points.named.length > 0) {
    checks.push(
      fail(
        "explained",
        `Names ${plural(points.named.length, "point")} in a list without explaining ${points.named.length === 1 ? "it" : "them"}: say what each does and why.`,
      ),
    );
  }
  const length = lengthCheck(delivery);
  checks.push(length.check);
  const filler = deliveryCheck(delivery, question.kind === "screen");
  checks.push(filler.check);
  if (explanationOnly)
    checks.push(
      fail(
        "explanation_only",
        "No code: this is judged as an explanation only. A coding round needs working code; write it in the editor to have it run against the tests.",
      ),
    );

  let rating: Rating;
  if (!assessable || copied) rating = "poor";
  else {
    rating = ratingFromCoverage(ratio);
    if (points.dismissed.length >= 2 || contradicted.length > 0) rating = "poor";
    else if (points.dismissed.length === 1) rating = lower(rating);
    // A short answer already covers fewer points; length and filler lower only a rating
    // the coverage alone would have made good or better, so brevity is not counted twice.
    if ((length.gap || filler.gap) && step(rating) >= step("good")) rating = lower(rating);
    if (explanationOnly) rating = capAt(rating, "good");
  }
  const coverage = `points covered: ${covered} of ${total}`;
  const why = !assessable
    ? "too short to assess"
    : copied
      ? "the answer repeats the question"
      : [
          coverage,
          points.dismissed.length > 0 ? `${plural(points.dismissed.length, "wrong claim")}` : "",
          length.gap ? "length" : "",
          filler.gap ? "filler" : "",
          explanationOnly ? "explanation only, no code" : "",
        ]
          .filter(Boolean)
          .join("; ");
  const honesty =
    question.kind === "screen"
      ? ""
      : " This counts which points your answer makes, each with the sentence that makes it; it cannot tell whether your reasoning would hold up in the room.";
  const feedback: Omit<AnswerFeedback, "delivery" | "rubricVersion"> = {
    style: "points",
    rating,
    ratingSummary: `${capitalise(rating)} (${why}).${honesty}`,
    basis: explanationOnly ? "explanation_only" : "points_covered",
    checks: failedFirst(checks),
    star: null,
    points,
    code: null,
    levelGuidance: assessable ? levelGuidance(context.level, question.kind, sentences) : [],
    followUp: technicalFollowUp(
      question.kind,
      pointsNamed(question.rubric, [
        ...points.dismissed.map((entry) => entry.point),
        ...points.named,
        ...points.missed,
      ]),
    ),
    improvedOutline: pointsOutline(sentences, points),
    secondOpinion: null,
  };
  return feedback;
}

// ---------- code ----------

function assessCode(
  question: AssessableQuestion,
  context: AssessContext,
  report: CodeReport,
  sentences: Sentence[],
  points: PointsResult,
) {
  const correctness = report.tests.filter((test) => !test.large);
  const large = report.tests.filter((test) => test.large);
  const correctPassed = correctness.filter((test) => test.outcome === "passed").length;
  const largeSlow = large.filter((test) => test.outcome === "timed_out").length;
  const largeWrong = large.filter((test) => test.outcome !== "passed" && test.outcome !== "timed_out").length;
  const checks: FeedbackCheck[] = [];
  let rating: Rating;
  let summary: string;
  if (report.problem) {
    rating = "poor";
    summary = `Poor: the code did not run (${report.problem}).`;
    checks.push(fail("tests", report.problem));
  } else {
    const allCorrect = correctPassed === correctness.length && largeWrong === 0;
    checks.push(
      allCorrect
        ? pass("tests", `Passes all ${correctness.length} correctness tests.`)
        : fail(
            "tests",
            `Passes ${correctPassed} of ${correctness.length} correctness tests${largeWrong > 0 ? ` and gives wrong answers on ${plural(largeWrong, "large input")}` : ""}.`,
          ),
    );
    if (large.length > 0) {
      checks.push(
        largeSlow === 0
          ? pass(
              "efficiency",
              `Fast enough on ${plural(large.length, "large input")} (limit ${report.limits.timeMsPerTest} ms each).`,
            )
          : fail(
              "efficiency",
              `Too slow on ${largeSlow} of ${plural(large.length, "large input")} (limit ${report.limits.timeMsPerTest} ms each)${report.complexity ? `; ${report.complexity.label}, expected ${report.complexity.expected}` : ""}.`,
            ),
      );
    }
    const share = correctness.length === 0 ? 0 : correctPassed / correctness.length;
    // The same output for every input while the expected outputs differ: it solved nothing.
    const outputs = new Set(correctness.map((test) => test.got));
    const expectations = new Set(correctness.map((test) => test.expected));
    const constant = !allCorrect && correctness.length >= 3 && outputs.size === 1 && expectations.size > 1;
    if (constant) {
      [rating, summary] = ["poor", `Poor: it returns ${[...outputs][0] ?? "nothing"} whatever the input.`];
      checks.push(
        fail("tests", "The code gives the same answer for every input, so the tests it passes pass by chance."),
      );
    } else if (allCorrect && largeSlow === 0)
      [rating, summary] = ["excellent", "Excellent: every test passes, large inputs included."];
    else if (allCorrect) [rating, summary] = ["good", "Good: correct on every test, but too slow on large inputs."];
    else if (share >= 0.4)
      [rating, summary] = [
        "mixed",
        `Mixed: ${correctness.length - correctPassed} of ${correctness.length} tests fail.`,
      ];
    else [rating, summary] = ["poor", `Poor: most tests fail (${correctPassed} of ${correctness.length} pass).`];
  }
  const failing = report.tests.find((test) => test.outcome !== "passed" && test.outcome !== "not_run");
  const feedback: Omit<AnswerFeedback, "delivery" | "rubricVersion"> = {
    style: "code",
    rating,
    ratingSummary: summary,
    basis: "tests",
    checks: failedFirst(checks),
    star: null,
    points,
    code: report,
    levelGuidance: levelGuidance(context.level, "coding", sentences),
    followUp: failing
      ? "Walk me through what your code does on the first failing input, line by line."
      : technicalFollowUp("coding", pointsNamed(question.rubric, points.missed)),
    improvedOutline: pointsOutline(sentences, points),
    secondOpinion: null,
  };
  return feedback;
}

/** Feedback on one answer. Never throws; an empty answer is simply rated poor. */
export function assessAnswer(question: AssessableQuestion, answer: string, context: AssessContext): AnswerFeedback {
  const sentences = readSentences(answer);
  const delivery = measureDelivery(answer, sentences.length, question.kind);
  const { contradicted, ...points } = matchPoints(sentences, question.rubric, question.text);
  const body =
    question.kind === "coding" && context.code
      ? assessCode(question, context, context.code, sentences, points)
      : question.kind === "behavioral"
        ? assessStory(question, answer, context, sentences, delivery, points)
        : assessPoints(question, context, sentences, delivery, points, contradicted);
  return { rubricVersion: RUBRIC_VERSION, delivery, ...body };
}
