import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { type FormProblems, readForm } from "~/http/form";
import { requireAccess } from "~/billing/access.server";
import { FormMessage, PageHeading, SubmitButton } from "~/ui/forms";
import { formatDate } from "~/format";
import { ChoiceFields, companyKey, levelFromOption, type ChoiceValues } from "~/interview/ui/ChoiceFields";
import { LoopOverview } from "~/interview/ui/LoopOverview";
import {
  buildLoop,
  DEFAULT_STAGE_KINDS,
  findCompany,
  listCompanies,
  listLevels,
  listRoles,
  STAGE_IDS,
  STAGE_NAMES,
  type InterviewError,
} from "~/interview";
import { startSession } from "~/interview/questions.server";
import { prefillChoices } from "~/interview/prefill";
import { CLIENT_GONE_MESSAGE, createSession, listUnfinishedSessions } from "~/interview/sessions.server";

export const meta: MetaFunction = () => [{ title: "Interview prep · Career Recovery Toolkit" }];

// Missing fields become empty strings; the interview domain judges them and says what is wrong.
const field = (max: number) =>
  z
    .string()
    .default("")
    .transform((value) => value.slice(0, max));
const choicesForm = z.object({ company: field(200), role: field(40), level: field(80), stage: field(40) });

const FIELD_OF_ERROR: Partial<Record<InterviewError["error"], keyof ChoiceValues>> = {
  unknown_role: "role",
  unknown_level: "level",
  level_not_offered: "level",
  stage_not_in_loop: "stage",
  stage_not_practised: "stage",
};

function problemsOf(error: InterviewError): FormProblems<keyof ChoiceValues> {
  const target = FIELD_OF_ERROR[error.error];
  return target
    ? { fieldErrors: { [target]: error.message }, formError: null }
    : { fieldErrors: {}, formError: error.message };
}

function choiceOptions() {
  return {
    companies: listCompanies().map(({ id, name }) => ({
      id,
      name,
      keys: [id, name, ...findCompany(id).loop.aliases].map(companyKey),
      levels: listLevels(id).map((level) => ({ id: level.id, name: level.name })),
    })),
    fallbackCompanyId: findCompany("").loop.id,
    roles: listRoles().map((role) => ({ value: role.id, label: role.name })),
    // The hiring committee reviews your interviews; there is nothing to practise for it.
    stages: [
      { value: "full", label: "Full loop, every stage in order" },
      ...STAGE_IDS.filter((stage) => DEFAULT_STAGE_KINDS[stage].length > 0).map((stage) => ({
        value: stage,
        label: STAGE_NAMES[stage],
      })),
    ],
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const query = new URL(request.url).searchParams;
  const values = choicesForm.parse(Object.fromEntries(query));
  // A link from the public pages (?role=backend-engineer&level=senior&company=google) fills the form.
  const prefill = prefillChoices(query);
  const filled: ChoiceValues = {
    company: prefill.company ?? values.company,
    role: prefill.role ?? (values.role || "software-engineer"),
    level: prefill.level ?? values.level,
    stage: values.stage || "full",
  };
  // The loop overview, when the form's "Show the loop" (or a link) gave a level.
  const built = query.has("level") ? buildLoop({ ...filled, level: levelFromOption(filled.level) }) : null;
  return {
    ...choiceOptions(),
    values: filled,
    preview: built?.ok ? { loop: built.loop, notes: built.notes } : null,
    ...(built && !built.ok ? problemsOf(built) : { fieldErrors: {}, formError: null }),
    unfinished: await listUnfinishedSessions(user.id),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireAccess(request);
  const values = choicesForm.parse(await readForm(request));
  const started = startSession({ ...values, level: levelFromOption(values.level), seed: Date.now() });
  if (!started.ok) return data({ values, ...problemsOf(started) }, { status: 400 });
  const id = await createSession(user.id, started.session, { signal: context.clientGone });
  // Null: the browser has gone, so this answer is for the logs only.
  if (id === null) return data({ values, fieldErrors: {}, formError: CLIENT_GONE_MESSAGE }, { status: 400 });
  return redirect(`/toolkit/interview/${id}`);
}

export default function InterviewPrep() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const shown = refused ?? page;
  return (
    <div className="space-y-10">
      <PageHeading title="Interview prep">
        Practise a company's real loop for your role and level. Every answer gets feedback you can act on, and every
        session is saved.
      </PageHeading>
      {page.unfinished.length > 0 ? (
        <section aria-labelledby="resume-heading" className="space-y-3">
          <h2 id="resume-heading" className="text-xl font-semibold">
            Resume a mock interview
          </h2>
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {page.unfinished.map((entry) => (
              <li key={entry.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link to={`/toolkit/interview/${entry.id}`}>Resume: {entry.title}</Link>
                <span className="text-sm text-stone-600">
                  {entry.answered} of {entry.total} answered · started {formatDate(entry.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link to="/toolkit/interview/progress">Your progress across sessions, by competency</Link>
      </p>
      <section aria-labelledby="start-heading" className="space-y-4">
        <h2 id="start-heading" className="text-xl font-semibold">
          Start a mock interview
        </h2>
        <Form method="post" className="max-w-xl space-y-5" noValidate>
          {shown.formError ? <FormMessage kind="error">{shown.formError}</FormMessage> : null}
          <ChoiceFields {...page} values={shown.values} errors={shown.fieldErrors} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingText="Preparing your questions…">Start the mock interview</SubmitButton>
            <button
              type="submit"
              formMethod="get"
              className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100"
            >
              Show the loop
            </button>
          </div>
        </Form>
      </section>
      {page.preview ? <LoopOverview loop={page.preview.loop} notes={page.preview.notes} /> : null}
    </div>
  );
}
