// The question being practised: where it sits in the loop, the stage's guidance, the
// optional timer and the answer form. The form posts to the session page's action.
// Render it keyed by the question id, so the timer and the text box start afresh.
// Coding questions add a code editor and a language choice; the written answer becomes an
// optional explanation.
import { Form } from "@remix-run/react";
import { TextAreaField } from "~/ui/fields";
import { FormMessage, SubmitButton } from "~/ui/forms";
import { ANSWER_MAX_CHARS } from "../schema.ts";
import type { CodeLanguage } from "../types.ts";
import { AnswerTimer } from "./AnswerTimer.tsx";
import { CodeEditor } from "./CodeEditor.tsx";

export interface CurrentQuestionProps {
  position: number;
  total: number;
  stage: { name: string; guidance: string; levelNote: string };
  question: { id: string; text: string; suggestedMinutes: number };
  /** The usual speaking time for this kind of answer, in seconds. */
  target: { min: number; max: number };
  /** For a coding question: the starting code in each language. */
  coding: { starters: Record<CodeLanguage, string> } | null;
  /** Why the last submission was refused (a problem with the answer, or with the form as a
   *  whole), with what was typed so it is not lost. */
  refused?: {
    draft: string;
    code?: string;
    language?: CodeLanguage;
    answerError?: string;
    codeError?: string;
    formError?: string;
  };
}

const minutes = (seconds: number) =>
  seconds < 60 ? `${seconds} seconds` : `${Math.round((seconds / 60) * 2) / 2} minutes`;

export function CurrentQuestion({ position, total, stage, question, target, coding, refused }: CurrentQuestionProps) {
  const language = refused?.language ?? "javascript";
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
        {coding ? (
          <CodeEditor
            starters={coding.starters}
            language={language}
            code={refused?.code ?? coding.starters[language]}
            error={refused?.codeError}
          />
        ) : null}
        <TextAreaField
          label={coding ? "Your explanation (optional)" : "Your answer"}
          name="answer"
          required={!coding}
          rows={coding ? 5 : 12}
          defaultValue={refused?.draft}
          error={refused?.answerError}
          hint={
            coding
              ? "Your approach and its complexity, as you would say it. Without code, the answer is judged as an explanation only."
              : `Type it as you would say it: usually ${minutes(target.min)} to ${minutes(target.max)} spoken, at most ${ANSWER_MAX_CHARS.toLocaleString("en-US")} characters.`
          }
        />
        <SubmitButton pendingText={coding ? "Running your code…" : "Checking your answer…"}>
          {coding ? "Run the tests and submit" : "Submit answer"}
        </SubmitButton>
      </Form>
    </section>
  );
}
