// The question being practised: where it sits in the loop, the stage's guidance, the
// optional timer and the answer form. The form posts to the session page's action.
// Render it keyed by the question id, so the timer and the text box start afresh.
import { Form } from "@remix-run/react";
import { TextAreaField } from "~/components/fields";
import { FormMessage, SubmitButton } from "~/components/forms";
import { ANSWER_MAX_CHARS } from "../schema.ts";
import { AnswerTimer } from "./AnswerTimer.tsx";

export interface CurrentQuestionProps {
  position: number;
  total: number;
  stage: { name: string; guidance: string; levelNote: string };
  question: { id: string; text: string; suggestedMinutes: number };
  targetWords: { min: number; max: number };
  /** Why the last submission was refused (a problem with the answer, or with the form as a
   *  whole), with what was typed so it is not lost. */
  refused?: { draft: string; answerError?: string; formError?: string };
}

export function CurrentQuestion({ position, total, stage, question, targetWords, refused }: CurrentQuestionProps) {
  return (
    <section aria-labelledby="question-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="question-heading" className="text-xl font-semibold">
        Question {position} of {total}: {stage.name}
      </h2>
      <p id="question-text" className="text-lg font-medium text-stone-900">
        {question.text}
      </p>
      <details className="text-sm text-stone-700">
        <summary className="cursor-pointer font-medium">About this stage</summary>
        <p className="mt-2">{stage.guidance}</p>
        <p className="mt-1">{stage.levelNote}</p>
      </details>
      <AnswerTimer suggestedMinutes={question.suggestedMinutes} />
      <Form method="post" className="space-y-4">
        {refused?.formError ? <FormMessage kind="error">{refused.formError}</FormMessage> : null}
        <input type="hidden" name="questionId" value={question.id} />
        <TextAreaField
          label="Your answer"
          name="answer"
          required
          rows={12}
          defaultValue={refused?.draft}
          error={refused?.answerError}
          hint={`Type it as you would say it: about ${targetWords.min}–${targetWords.max} words, at most ${ANSWER_MAX_CHARS.toLocaleString("en-US")} characters.`}
        />
        <SubmitButton pendingText="Checking your answer…">Submit answer</SubmitButton>
      </Form>
    </section>
  );
}
