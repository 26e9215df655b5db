import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeading } from "~/ui/forms";
import { formatDateTime } from "~/format";
import { AnswerFeedbackView } from "~/interview/ui/AnswerFeedbackView";
import { ResumeReport } from "~/resume/ui/ResumeReport";
import { samples } from "~/samples/samples.server";
import { toolFor } from "~/tool-registry";

export const meta: MetaFunction = () => [
  { title: "Sample outputs of every tool · Career Recovery Toolkit" },
  {
    name: "description",
    content:
      "See before you pay: a resume report, interview feedback, a layoff explanation and a negotiation email, made by the real tools from a fictional engineer's facts.",
  },
];

export async function loader() {
  return samples();
}

const SECTIONS = [
  ["resume", "Resume scan and job match"],
  ["interview", "Interview feedback"],
  ["layoff", "Layoff explanation"],
  ["negotiation", "Negotiation email"],
] as const;

export default function SamplesPage() {
  const page = useLoaderData<typeof loader>();
  const LayoffView = toolFor(page.layoff.kind)!.View;
  const NegotiationView = toolFor(page.negotiation.kind)!.View;
  return (
    <div className="space-y-12">
      <PageHeading title="What the toolkit makes">
        <p>
          Each sample below was made by the real tools on this server ({formatDateTime(page.generatedAt)}) from the
          facts of a fictional engineer, Jordan Rivera. Nothing is retouched; the text comes from the built-in writer.
          Every name, company and number in the inputs is made up.
        </p>
        <p className="mt-2">
          <Link to="/pricing">Get lifetime access</Link> to make your own.
        </p>
      </PageHeading>
      <nav aria-label="Samples">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="resume" aria-labelledby="resume-title" className="min-w-0 space-y-4">
        <h2 id="resume-title" className="text-2xl font-semibold">
          Resume scan and job match
        </h2>
        <p className="text-stone-700">
          Input: a one-page PDF resume (<span className="break-all">{page.resume.fileName}</span>) and a pasted job
          description for a staff payments role.
        </p>
        <ResumeReport report={page.resume.report} />
      </section>

      <section id="interview" aria-labelledby="interview-title" className="min-w-0 space-y-4">
        <h2 id="interview-title" className="text-2xl font-semibold">
          Interview feedback
        </h2>
        <p className="text-stone-700">
          {page.interview.company} loop, {page.interview.stage.toLowerCase()} stage. Question: “
          {page.interview.question}”
        </p>
        <p className="whitespace-pre-wrap break-words rounded border border-stone-200 bg-stone-50 p-3 text-stone-800">
          {page.interview.answer}
        </p>
        <AnswerFeedbackView feedback={page.interview.feedback} headingLevel={3} />
      </section>

      <section id="layoff" aria-labelledby="layoff-title" className="min-w-0 space-y-4">
        <h2 id="layoff-title" className="text-2xl font-semibold">
          Layoff explanation
        </h2>
        <p className="text-stone-700">
          Input: six years as a senior backend engineer, laid off with 300 others when the company lost its largest
          customer.
        </p>
        <LayoffView document={page.layoff} />
      </section>

      <section id="negotiation" aria-labelledby="negotiation-title" className="min-w-0 space-y-4">
        <h2 id="negotiation-title" className="text-2xl font-semibold">
          Negotiation email
        </h2>
        <p className="text-stone-700">
          Input: an offer of $158,000 base and a 10% bonus for a senior software engineer in Seattle.
        </p>
        <NegotiationView document={page.negotiation} />
      </section>
    </div>
  );
}
