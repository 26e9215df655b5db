// Feedback on one answer. Everything the user typed is rendered as text.
import { formatDuration } from "../feedback/delivery.ts";
import type { AnswerFeedback, CodeReport } from "../schema.ts";
import { CODE_LANGUAGE_NAMES, STAR_PARTS, type StarPart } from "../types.ts";
import { Heading, subLevel, type HeadingLevel } from "./Heading.tsx";
import { RatingBadge } from "./RatingBadge.tsx";

const PART_NAMES: Record<StarPart, string> = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
};

const BASIS_NOTE: Record<AnswerFeedback["basis"], string | null> = {
  story: null,
  points_covered:
    "Points covered, not a verdict: this checks which points your answer makes, each with the sentence that makes it. It cannot tell whether your reasoning would convince an interviewer.",
  tests: null,
  explanation_only:
    "Explanation only: no code was run. A coding round needs working code; the rating is capped at good.",
};

function Quote({ children }: { children: string }) {
  return (
    <q className="block border-l-2 border-slate-300 pl-3 text-slate-700 before:content-none after:content-none">
      {children}
    </q>
  );
}

function CheckList({ checks }: { checks: AnswerFeedback["checks"] }) {
  return (
    <ul className="space-y-1">
      {checks.map((check, index) => (
        <li key={`${check.id}-${index}`} className="flex gap-2">
          <span aria-hidden="true" className={check.passed ? "text-green-700" : "text-red-700"}>
            {check.passed ? "✓" : "✗"}
          </span>
          <span className="min-w-0 break-words">
            <span className="sr-only">{check.passed ? "Done: " : "To improve: "}</span>
            {check.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

function StarParts({ star, level }: { star: NonNullable<AnswerFeedback["star"]>; level: HeadingLevel }) {
  return (
    <section aria-label="STAR parts">
      <Heading level={level} className="text-base font-semibold">
        STAR parts
      </Heading>
      <dl className="mt-2 space-y-3">
        {STAR_PARTS.map((part) => (
          <div key={part}>
            <dt className="font-medium">
              {PART_NAMES[part]}:{" "}
              {star.parts[part].found ? (
                star.parts[part].implicit ? (
                  "implied by the situation"
                ) : (
                  "found"
                )
              ) : (
                <span className="text-red-800">missing</span>
              )}
            </dt>
            {star.parts[part].implicit
              ? null
              : star.parts[part].sentences.map((sentence, index) => (
                  <dd key={index} className="ml-4 mt-1">
                    <Quote>{sentence}</Quote>
                  </dd>
                ))}
          </div>
        ))}
        {star.reflection.length > 0 ? (
          <div>
            <dt className="font-medium">What you learned</dt>
            {star.reflection.map((sentence, index) => (
              <dd key={index} className="ml-4 mt-1">
                <Quote>{sentence}</Quote>
              </dd>
            ))}
          </div>
        ) : null}
      </dl>
    </section>
  );
}

const OUTCOME_TEXT = {
  passed: "passed",
  failed: "failed",
  error: "error",
  timed_out: "too slow",
  not_run: "not run",
} as const;

function CodeResults({ code, level }: { code: CodeReport; level: HeadingLevel }) {
  return (
    <section aria-label="Test results">
      <Heading level={level} className="text-base font-semibold">
        Tests ({CODE_LANGUAGE_NAMES[code.language]}): {code.passed} of {code.total} passed
      </Heading>
      <p className="text-sm text-slate-600">
        Run in a WebAssembly sandbox with no network and no file system, {code.limits.timeMsPerTest / 1000} s per test
        and {code.limits.memoryMb} MB of memory.
      </p>
      {code.problem ? (
        <p className="mt-2 rounded bg-red-50 p-2 font-mono text-sm text-red-900">{code.problem}</p>
      ) : null}
      <ol className="mt-2 space-y-2">
        {code.tests.map((test, index) => (
          <li
            key={index}
            className={`rounded border p-2 text-sm ${test.outcome === "passed" ? "border-green-200" : "border-red-200 bg-red-50/40"}`}
          >
            <p className="font-medium">
              <span className={test.outcome === "passed" ? "text-green-800" : "text-red-800"}>
                {OUTCOME_TEXT[test.outcome]}
              </span>
              : {test.name}
              {test.ms !== null ? <span className="font-normal text-slate-600"> · {test.ms} ms</span> : null}
            </p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 font-mono text-xs">
              <dt className="font-sans text-slate-600">input</dt>
              <dd className="min-w-0 break-all">{test.input}</dd>
              <dt className="font-sans text-slate-600">expected</dt>
              <dd className="min-w-0 break-all">{test.expected}</dd>
              {test.got !== null ? (
                <>
                  <dt className="font-sans text-slate-600">{test.outcome === "error" ? "error" : "got"}</dt>
                  <dd className="min-w-0 break-all">{test.got}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
      {code.complexity ? (
        <p className="mt-2">
          <span className="font-medium">Complexity hint (measured, not proved): </span>
          {code.complexity.label}. A good solution is {code.complexity.expected}.
        </p>
      ) : null}
    </section>
  );
}

function Points({ points, level }: { points: AnswerFeedback["points"]; level: HeadingLevel }) {
  return (
    <section aria-label="Points a strong answer makes">
      <Heading level={level} className="text-base font-semibold">
        Points a strong answer makes
      </Heading>
      <div className="mt-2 space-y-3">
        <div>
          <p className="font-medium">Made ({points.credited.length})</p>
          <ul className="space-y-2">
            {points.credited.map((entry) => (
              <li key={entry.point}>
                {entry.point}
                <Quote>{entry.sentence}</Quote>
              </li>
            ))}
          </ul>
        </div>
        {points.dismissed.length > 0 ? (
          <div>
            <p className="font-medium text-red-800">Contradicted ({points.dismissed.length})</p>
            <ul className="space-y-2">
              {points.dismissed.map((entry) => (
                <li key={entry.point}>
                  {entry.point}: your answer waves it away
                  <Quote>{entry.sentence}</Quote>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {points.named.length > 0 ? (
          <div>
            <p className="font-medium">Named but not explained ({points.named.length})</p>
            <ul className="list-disc pl-5">
              {points.named.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <p className="font-medium">Not covered ({points.missed.length})</p>
          <ul className="list-disc pl-5">
            {points.missed.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function Metrics({ feedback, level }: { feedback: AnswerFeedback; level: HeadingLevel }) {
  const { delivery, star } = feedback;
  const wordList = (entries: AnswerFeedback["delivery"]["fillers"]) =>
    entries.length === 0 ? "none" : entries.map((entry) => `“${entry.word}” ×${entry.count}`).join(", ");
  return (
    <section aria-label="Metrics">
      <Heading level={level} className="text-base font-semibold">
        Metrics
      </Heading>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>Speaking time</dt>
        <dd>
          about {formatDuration(delivery.speakingSeconds)} ({delivery.words} words; usual{" "}
          {formatDuration(delivery.target.min)}–{formatDuration(delivery.target.max)})
        </dd>
        {star?.credited ? (
          <>
            <dt>Share on actions</dt>
            <dd>{Math.round(star.actionShare * 100)}%</dd>
            <dt>Your actions / team’s</dt>
            <dd>
              {star.selfActions} / {star.teamActions}
            </dd>
            <dt>Measure in the result</dt>
            <dd>{star.resultHasNumber ? "yes" : "no"}</dd>
          </>
        ) : null}
        <dt>Filler words</dt>
        <dd>{wordList(delivery.fillers)}</dd>
        <dt>Hedging words</dt>
        <dd>{wordList(delivery.hedges)}</dd>
      </dl>
    </section>
  );
}

function SecondOpinionView({
  opinion,
  level,
}: {
  opinion: NonNullable<AnswerFeedback["secondOpinion"]>;
  level: HeadingLevel;
}) {
  return (
    <section aria-label="Second opinion" className="rounded border border-sky-200 bg-sky-50 p-3">
      <Heading level={level} className="text-base font-semibold">
        Second opinion from {opinion.engine}
      </Heading>
      <p className="text-sm text-slate-700">
        A language model read the same points. It is shown beside the rating above and never changes it; its quotes were
        checked against your answer.
      </p>
      <ul className="mt-2 space-y-2">
        {opinion.points.map((entry) => (
          <li key={entry.point}>
            <span className="font-medium">
              {entry.verdict === "made" ? "Made" : entry.verdict === "partly" ? "Partly made" : "Missing"}:
            </span>{" "}
            {entry.point}
            {entry.quote ? <Quote>{entry.quote}</Quote> : null}
          </li>
        ))}
      </ul>
      {opinion.comment ? <p className="mt-2">{opinion.comment}</p> : null}
    </section>
  );
}

export function AnswerFeedbackView({
  feedback,
  headingLevel = 2,
}: {
  feedback: AnswerFeedback;
  headingLevel?: HeadingLevel;
}) {
  const inner = subLevel(headingLevel);
  const note = BASIS_NOTE[feedback.basis];
  const showPoints = feedback.style !== "star" || feedback.points.credited.length > 0;
  return (
    <article className="min-w-0 space-y-6 rounded-lg border border-slate-200 p-4" aria-label="Feedback on your answer">
      <header className="space-y-2">
        <Heading level={headingLevel} className="flex flex-wrap items-center gap-3 text-lg font-semibold">
          {feedback.basis === "points_covered" ? "Points covered" : "Feedback"} <RatingBadge rating={feedback.rating} />
        </Heading>
        <p>{feedback.ratingSummary}</p>
        {note ? <p className="text-sm text-slate-600">{note}</p> : null}
      </header>

      <section aria-label="Reasons">
        <Heading level={inner} className="text-base font-semibold">
          Reasons
        </Heading>
        <CheckList checks={feedback.checks} />
      </section>

      {feedback.code ? <CodeResults code={feedback.code} level={inner} /> : null}
      {feedback.star?.credited ? <StarParts star={feedback.star} level={inner} /> : null}
      {showPoints ? <Points points={feedback.points} level={inner} /> : null}
      {feedback.levelGuidance.length > 0 ? (
        <section aria-label="For your level">
          <Heading level={inner} className="text-base font-semibold">
            For your level
          </Heading>
          <ul className="list-disc pl-5">
            {feedback.levelGuidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Metrics feedback={feedback} level={inner} />
      {feedback.secondOpinion ? <SecondOpinionView opinion={feedback.secondOpinion} level={inner} /> : null}

      <section aria-label="Follow-up question">
        <Heading level={inner} className="text-base font-semibold">
          Follow-up question
        </Heading>
        <p className="mt-1">{feedback.followUp}</p>
      </section>

      <section aria-label="Improved answer outline">
        <Heading level={inner} className="text-base font-semibold">
          Improved answer outline
        </Heading>
        <p className="text-sm text-slate-600">Your sentences, reordered, with gaps to fill marked in brackets.</p>
        <ol className="mt-2 space-y-1">
          {feedback.improvedOutline.map((line, index) => (
            <li key={index} className={line.placeholder ? "rounded bg-amber-50 px-2 italic text-amber-900" : "px-2"}>
              {line.text}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
