// Feedback on one answer. Everything the user typed is rendered as text.
import { formatDuration, STAR_PARTS, type AnswerFeedback, type StarPart } from "../feedback/delivery.ts";
import { Heading, subLevel, type HeadingLevel } from "./Heading.tsx";
import { RatingBadge } from "./RatingBadge.tsx";

const PART_NAMES: Record<StarPart, string> = { situation: "Situation", task: "Task", action: "Action", result: "Result" };

function CheckList({ checks }: { checks: AnswerFeedback["checks"] }) {
  return (
    <ul className="space-y-1">
      {checks.map((check) => (
        <li key={check.id} className="flex gap-2">
          <span aria-hidden="true" className={check.passed ? "text-green-700" : "text-red-700"}>
            {check.passed ? "✓" : "✗"}
          </span>
          <span>
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
      <Heading level={level} className="text-base font-semibold">STAR parts</Heading>
      <dl className="mt-2 space-y-3">
        {STAR_PARTS.map((part) => (
          <div key={part}>
            <dt className="font-medium">
              {PART_NAMES[part]}: {star.parts[part].found ? "found" : <span className="text-red-800">missing</span>}
            </dt>
            {star.parts[part].sentences.map((sentence, index) => (
              <dd key={index} className="ml-4 border-l-2 border-slate-300 pl-3 text-slate-700">
                {sentence}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}

function Metrics({ feedback, level }: { feedback: AnswerFeedback; level: HeadingLevel }) {
  const { delivery, star } = feedback;
  const wordList = (entries: AnswerFeedback["delivery"]["fillers"]) =>
    entries.length === 0 ? "none" : entries.map((entry) => `“${entry.word}” ×${entry.count}`).join(", ");
  return (
    <section aria-label="Metrics">
      <Heading level={level} className="text-base font-semibold">Metrics</Heading>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>Length</dt>
        <dd>
          {delivery.words} words (target {delivery.targetWords.min}–{delivery.targetWords.max})
        </dd>
        <dt>Speaking time</dt>
        <dd>about {formatDuration(delivery.speakingSeconds)}</dd>
        {star && (
          <>
            <dt>Share on actions</dt>
            <dd>{Math.round(star.actionShare * 100)}%</dd>
            <dt>“I” vs “we”</dt>
            <dd>
              {star.iCount} vs {star.weCount}
            </dd>
            <dt>Number in the result</dt>
            <dd>{star.resultHasNumber ? "yes" : "no"}</dd>
          </>
        )}
        <dt>Filler words</dt>
        <dd>{wordList(delivery.fillers)}</dd>
        <dt>Hedging words</dt>
        <dd>{wordList(delivery.hedges)}</dd>
      </dl>
    </section>
  );
}

function Coverage({ rubric, level }: { rubric: AnswerFeedback["rubric"]; level: HeadingLevel }) {
  return (
    <section aria-label="What a strong answer covers">
      <Heading level={level} className="text-base font-semibold">What a strong answer covers</Heading>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <div>
          <p className="font-medium">Covered ({rubric.covered.length})</p>
          <ul className="list-disc pl-5">
            {rubric.covered.map((entry) => (
              <li key={entry.point}>
                {entry.point} <span className="text-slate-600">(matched “{entry.matched}”)</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-medium">Missed ({rubric.missed.length})</p>
          <ul className="list-disc pl-5">
            {rubric.missed.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

export function AnswerFeedbackView({ feedback, headingLevel = 2 }: { feedback: AnswerFeedback; headingLevel?: HeadingLevel }) {
  const inner = subLevel(headingLevel);
  return (
    <article className="space-y-6 rounded-lg border border-slate-200 p-4" aria-label="Feedback on your answer">
      <header className="space-y-2">
        <Heading level={headingLevel} className="flex items-center gap-3 text-lg font-semibold">
          Feedback <RatingBadge rating={feedback.rating} />
        </Heading>
        <p>{feedback.ratingSummary}</p>
      </header>

      <section aria-label="Reasons">
        <Heading level={inner} className="text-base font-semibold">Reasons</Heading>
        <CheckList checks={feedback.checks} />
      </section>

      {feedback.star && <StarParts star={feedback.star} level={inner} />}
      <Metrics feedback={feedback} level={inner} />
      <Coverage rubric={feedback.rubric} level={inner} />

      <section aria-label="Follow-up question">
        <Heading level={inner} className="text-base font-semibold">Follow-up question</Heading>
        <p className="mt-1">{feedback.followUp}</p>
      </section>

      <section aria-label="Improved answer outline">
        <Heading level={inner} className="text-base font-semibold">Improved answer outline</Heading>
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
