import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readForm } from "~/http/form";
import { requireAccess } from "~/billing/access.server";
import { FormMessage, PageHeading } from "~/ui/forms";
import { isDocumentId } from "~/documents/store.server";
import { AnswerFeedbackView } from "~/interview/ui/AnswerFeedbackView";
import { CurrentQuestion } from "~/interview/ui/CurrentQuestion";
import { SessionSummaryView } from "~/interview/ui/SessionSummaryView";
import { coachAnswer } from "~/interview/followup.server";
import {
  CODE_LANGUAGES,
  SPEAKING_NORMS,
  summariseSession,
  type CodeLanguage,
  type CodeReport,
  type InterviewSession,
} from "~/interview";
import { nextQuestion, prepareAnswer, recordAnswer } from "~/interview/questions.server";
import { runCodingAnswer, starterCode } from "~/interview/coding/run.server";
import { sandboxPool } from "~/interview/sandbox/runner.server";
import { CLIENT_GONE_MESSAGE, loadSession, updateSession } from "~/interview/sessions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "title" in data ? data.title : "Mock interview"} · Career Recovery Toolkit` },
];

const sessionParams = z.object({ id: z.string().max(40).refine(isDocumentId) });
const answerForm = z.object({
  questionId: z.string().max(200).default(""),
  answer: z.string().default(""),
  code: z.string().optional(),
  language: z.string().max(20).optional(),
});

function starters(questionId: string): Record<CodeLanguage, string> {
  return Object.fromEntries(CODE_LANGUAGES.map((language) => [language, starterCode(questionId, language)])) as Record<
    CodeLanguage,
    string
  >;
}

const isLanguage = (value: string | undefined): value is CodeLanguage =>
  (CODE_LANGUAGES as readonly string[]).includes(value ?? "");

/** The user's session, or 404 for any id that is not one of their sessions. */
async function loadOwnSession(userId: string, params: unknown) {
  const parsed = sessionParams.safeParse(params);
  const loaded = parsed.success ? await loadSession(userId, parsed.data.id) : null;
  if (!loaded || (!loaded.ok && loaded.reason === "not_found")) throw data("Not found", { status: 404 });
  return loaded;
}

function pageOf(id: string, session: InterviewSession, answeredId: string | null) {
  const next = nextQuestion(session);
  const justAnswered = session.items.find((item) => item.question.id === answeredId && item.feedback !== null);
  return {
    id,
    about: [
      session.company.name,
      session.role.name,
      session.level.name,
      session.stage === "full" ? "Full loop" : session.stages[0]?.name,
    ].join(" · "),
    notes: session.notes,
    justAnswered: justAnswered
      ? {
          question: justAnswered.question.text,
          answer: justAnswered.answer!,
          code: justAnswered.code,
          feedback: justAnswered.feedback!,
        }
      : null,
    current: next && {
      position: next.position,
      total: next.total,
      stage: { name: next.stage.name, guidance: next.stage.guidance, levelNote: next.stage.levelNote },
      question: {
        id: next.item.question.id,
        text: next.item.question.text,
        suggestedMinutes: next.item.question.suggestedMinutes,
      },
      target: SPEAKING_NORMS[next.item.question.kind].target,
      coding: next.item.question.kind === "coding" ? { starters: starters(next.item.question.id) } : null,
    },
    summary: next ? null : summariseSession(session),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const loaded = await loadOwnSession(user.id, params);
  if (!loaded.ok) return { title: loaded.title, unreadable: loaded.message };
  return {
    title: loaded.saved.title,
    ...pageOf(loaded.saved.id, loaded.saved.session, new URL(request.url).searchParams.get("answered")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const loaded = await loadOwnSession(user.id, params);
  const form = answerForm.parse(await readForm(request));
  const draft = {
    draft: form.answer,
    code: form.code,
    language: isLanguage(form.language) ? form.language : undefined,
  };
  if (!loaded.ok) return data({ ...draft, formError: loaded.message }, { status: 409 });
  const prepared = prepareAnswer(loaded.saved.session, form.questionId, form);
  if (!prepared.ok) {
    const field =
      prepared.error === "unknown_question"
        ? "formError"
        : prepared.error === "unsupported_language"
          ? "codeError"
          : "answerError";
    return data({ ...draft, [field]: prepared.message }, { status: 400 });
  }
  let report: CodeReport | null = null;
  if (prepared.submitted.code) {
    const ran = await runCodingAnswer(
      sandboxPool(),
      form.questionId,
      prepared.submitted.code.language,
      prepared.submitted.code.source,
    );
    if (!ran.ok) {
      const headers = ran.reason === "busy" ? { "Retry-After": String(ran.retryAfterSeconds) } : undefined;
      return data({ ...draft, formError: ran.message }, { status: 503, headers });
    }
    report = ran.report;
  }
  const answered = recordAnswer(loaded.saved.session, form.questionId, prepared.submitted, report);
  if (!answered.ok) return data({ ...draft, formError: answered.message }, { status: 400 });
  const coached = await coachAnswer(user.id, answered.session, form.questionId, { signal: context.clientGone });
  const saved = await updateSession(user.id, loaded.saved, coached.session, coached.update, {
    usage: coached.usage,
    signal: context.clientGone,
  });
  if (saved === "changed") {
    const formError =
      "This mock interview was changed in another tab or window, so this answer was not saved. It is still below: submit it again.";
    return data({ ...draft, formError }, { status: 409 });
  }
  // The browser has gone, so this answer is for the logs only.
  if (saved === "client_gone") return data({ ...draft, formError: CLIENT_GONE_MESSAGE }, { status: 400 });
  return redirect(`/toolkit/interview/${loaded.saved.id}?answered=${encodeURIComponent(form.questionId)}`);
}

export default function InterviewSessionPage() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  if ("unreadable" in page) {
    return (
      <div className="space-y-6">
        <PageHeading title={page.title} />
        <FormMessage kind="error">{page.unreadable}</FormMessage>
        <p>
          <Link to="/toolkit/interview">Start a new mock interview</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <PageHeading title={page.title}>{page.about}</PageHeading>
      {page.notes.length > 0 ? (
        <ul
          aria-label="Notes on this loop"
          className="list-disc space-y-1 rounded border border-sky-200 bg-sky-50 p-3 pl-8 text-sm"
        >
          {page.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {page.justAnswered ? (
        <section aria-labelledby="last-answer-heading" className="space-y-4">
          <h2 id="last-answer-heading" className="text-xl font-semibold">
            Your last answer
          </h2>
          <p className="font-medium">{page.justAnswered.question}</p>
          {page.justAnswered.answer ? (
            <p className="whitespace-pre-wrap break-words rounded border border-stone-200 bg-stone-50 p-3 text-stone-800">
              {page.justAnswered.answer}
            </p>
          ) : null}
          {page.justAnswered.code ? (
            <pre
              tabIndex={0}
              aria-label="Your code"
              className="overflow-x-auto rounded border border-stone-200 bg-stone-50 p-3 font-mono text-sm text-stone-800"
            >
              {page.justAnswered.code.source}
            </pre>
          ) : null}
          <AnswerFeedbackView feedback={page.justAnswered.feedback} headingLevel={3} />
        </section>
      ) : null}
      {page.current ? <CurrentQuestion key={page.current.question.id} {...page.current} refused={refused} /> : null}
      {page.summary ? (
        <>
          <SessionSummaryView summary={page.summary} />
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link to="/toolkit/interview/progress">Your progress across sessions</Link>
            </li>
            <li>
              <Link to="/toolkit/interview">Start another mock interview</Link>
            </li>
            <li>
              <Link to={`/documents/${page.id}`}>The saved session, with every answer</Link>
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}
