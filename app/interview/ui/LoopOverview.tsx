// A company's interview loop for one role and level: the stages in order, what each
// assesses, how long it takes and how to prepare.
import { formatDuration } from "../feedback/delivery.ts";
import type { Loop } from "../types.ts";
import { Heading, subLevel, type HeadingLevel } from "./Heading.tsx";

function lengthText(minutesPerRound: number, rounds: number): string {
  if (minutesPerRound === 0) return "No interview: a review of your feedback";
  const each = formatDuration(minutesPerRound * 60);
  return rounds === 1 ? each : `${rounds} rounds × ${each}`;
}

function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? formatDuration(minutes * 60) : `${hours} h${minutes % 60 === 0 ? "" : ` ${minutes % 60} min`}`;
}

export function LoopOverview({
  loop,
  notes,
  headingLevel = 2,
}: {
  loop: Loop;
  notes: string[];
  headingLevel?: HeadingLevel;
}) {
  const inner = subLevel(headingLevel);
  return (
    <section className="space-y-4" aria-label="Interview loop">
      <header>
        <Heading level={headingLevel} className="text-lg font-semibold">
          {loop.company.name} interview loop: {loop.role.name}, {loop.level.name}
        </Heading>
        <p className="text-sm text-slate-700">About {hoursText(loop.totalMinutes)} of interviews in total.</p>
      </header>
      {notes.length > 0 && (
        <ul className="list-disc space-y-1 rounded border border-sky-200 bg-sky-50 p-3 pl-8 text-sm" aria-label="Notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ol className="space-y-4">
        {loop.stages.map((stage) => (
          <li key={stage.id} className="rounded-lg border border-slate-200 p-4">
            <Heading level={inner} className="font-semibold">
              {stage.name}
            </Heading>
            <p className="text-sm text-slate-700">
              {lengthText(stage.minutesPerRound, stage.rounds)}
              {stage.practised ? ` · ${stage.questionCount} practice questions` : " · not practised here"}
            </p>
            <p className="mt-2">
              <span className="font-medium">Assesses: </span>
              {stage.assesses.join("; ")}.
            </p>
            <p className="mt-1">
              <span className="font-medium">At this level: </span>
              {stage.levelNote}
            </p>
            <p className="mt-1">
              <span className="font-medium">How to prepare: </span>
              {stage.guidance}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
