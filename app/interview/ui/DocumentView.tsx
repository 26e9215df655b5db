// A saved mock interview on the documents page: every question with the answer and its
// feedback, stage by stage, then the summary. Unfinished sessions link back to the
// session page to carry on.
import { Link } from "@remix-run/react";
import type { DocumentViewComponent } from "~/documents/view";
import { AnswerFeedbackView } from "./AnswerFeedbackView.tsx";
import { SessionSummaryView } from "./SessionSummaryView.tsx";
import { parseSession } from "../schema.ts";
import type { InterviewSession } from "../schema.ts";
import { summariseSession } from "../summary.ts";

function StageTranscript({ session, stage }: { session: InterviewSession; stage: InterviewSession["stages"][number] }) {
  const items = session.items.filter((item) => item.question.stage === stage.id);
  return (
    <section aria-labelledby={`stage-${stage.id}`} className="space-y-6">
      <h2 id={`stage-${stage.id}`} className="text-xl font-semibold">
        {stage.name}
      </h2>
      <p className="text-stone-700">{stage.guidance}</p>
      <ol className="space-y-8">
        {items.map((item, index) => (
          <li key={item.question.id} className="space-y-3">
            <h3 className="text-lg font-semibold">
              Question {index + 1}: {item.question.text}
            </h3>
            {item.answer === null || item.feedback === null ? (
              <p className="text-stone-600">Not answered yet.</p>
            ) : (
              <>
                {item.answer ? (
                  <p className="whitespace-pre-wrap break-words rounded border border-stone-200 bg-stone-50 p-3 text-stone-800">
                    {item.answer}
                  </p>
                ) : null}
                {item.code ? (
                  <pre
                    tabIndex={0}
                    aria-label="Code"
                    className="overflow-x-auto rounded border border-stone-200 bg-stone-50 p-3 font-mono text-sm text-stone-800"
                  >
                    {item.code.source}
                  </pre>
                ) : null}
                <AnswerFeedbackView feedback={item.feedback} headingLevel={4} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

const InterviewSessionView: DocumentViewComponent = ({ document }) => {
  const parsed = parseSession(document.output);
  if (!parsed.ok) {
    return (
      <div className="space-y-4">
        <p role="alert">{parsed.message}</p>
        <pre className="whitespace-pre-wrap break-words">{document.editedText ?? document.text}</pre>
      </div>
    );
  }
  const { session } = parsed;
  const summary = summariseSession(session);
  return (
    <div className="space-y-10">
      <p className="text-stone-700">
        {[
          session.company.name,
          session.role.name,
          session.level.name,
          session.stage === "full" ? "Full loop" : session.stages[0]?.name,
        ].join(" · ")}
      </p>
      {summary.complete ? null : (
        <p>
          <Link to={`/toolkit/interview/${document.id}`} className="font-medium">
            Resume this mock interview
          </Link>{" "}
          ({summary.answered} of {summary.total} answered)
        </p>
      )}
      {session.notes.length > 0 ? (
        <ul aria-label="Notes on this loop" className="list-disc space-y-1 pl-5 text-sm text-stone-700">
          {session.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {session.stages.map((stage) => (
        <StageTranscript key={stage.id} session={session} stage={stage} />
      ))}
      <SessionSummaryView summary={summary} />
    </div>
  );
};

export default InterviewSessionView;
