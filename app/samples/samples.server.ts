import { documentPdf } from "~/documents/pdf.server";
import type { DocumentForView } from "~/documents/view";
import type { AnswerFeedback } from "~/interview";
import { answerQuestion, nextQuestion, startSession } from "~/interview/questions.server";
import { parseLayoffForm } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { computeNegotiationFromMarket } from "~/negotiation/compute.server";
import { parseNegotiationForm } from "~/negotiation/schema";
import { negotiationEmailSpec } from "~/negotiation/spec";
import { scanResumePdf, type ResumeReport } from "~/resume/scan.server";
import type { DocumentSpec } from "~/writer/types";
import {
  SAMPLE_INTERVIEW,
  SAMPLE_JOB_DESCRIPTION,
  SAMPLE_LAYOFF_FORM,
  SAMPLE_NEGOTIATION_FORM,
  SAMPLE_RESUME,
} from "~/samples/inputs";

// The public samples: each tool's real code run once per process on the fictional inputs
// of inputs.ts, with the built-in writer (so the page costs no model call and reads the
// same every time). Nothing is saved; a change to any tool shows here on the next start.

export interface Samples {
  generatedAt: string;
  resume: { fileName: string; report: ResumeReport };
  interview: { company: string; stage: string; question: string; answer: string; feedback: AnswerFeedback };
  layoff: DocumentForView;
  negotiation: DocumentForView;
}

let cached: Promise<Samples> | undefined;

/** The samples of this process, generated on first use. A failure is retried on the next call. */
export function samples(): Promise<Samples> {
  cached ??= generateSamples(new Date()).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function generateSamples(now: Date): Promise<Samples> {
  const [resume, negotiation] = await Promise.all([resumeSample(), negotiationSample(now)]);
  return {
    generatedAt: now.toISOString(),
    resume,
    interview: interviewSample(),
    layoff: layoffSample(now),
    negotiation,
  };
}

async function resumeSample(): Promise<Samples["resume"]> {
  const pdf = await documentPdf(SAMPLE_RESUME);
  const outcome = await scanResumePdf(pdf, { jobDescription: SAMPLE_JOB_DESCRIPTION });
  if (!outcome.ok) throw new Error(`the sample resume did not scan: ${outcome.message}`);
  return { fileName: "jordan-rivera-resume.pdf", report: outcome.report };
}

function interviewSample(): Samples["interview"] {
  const started = startSession(SAMPLE_INTERVIEW.choices);
  if (!started.ok) throw new Error(`the sample interview did not start: ${started.message}`);
  const first = nextQuestion(started.session);
  if (!first) throw new Error("the sample interview has no question");
  const answered = answerQuestion(started.session, first.item.question.id, SAMPLE_INTERVIEW.answer);
  if (!answered.ok) throw new Error(`the sample answer was refused: ${answered.message}`);
  return {
    company: started.session.company.name,
    stage: first.stage.name,
    question: first.item.question.text,
    answer: SAMPLE_INTERVIEW.answer,
    feedback: answered.feedback,
  };
}

function layoffSample(now: Date): DocumentForView {
  const parsed = parseLayoffForm(SAMPLE_LAYOFF_FORM, now);
  if (!parsed.ok) throw new Error(`the sample layoff form is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
  return builtinDocument(layoffExplanationSpec, parsed.input, now);
}

async function negotiationSample(now: Date): Promise<DocumentForView> {
  const parsed = parseNegotiationForm(SAMPLE_NEGOTIATION_FORM);
  if (!parsed.ok) throw new Error(`the sample negotiation form is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
  return builtinDocument(negotiationEmailSpec, await computeNegotiationFromMarket(parsed.input, now), now);
}

/** A document as the writer's built-in engine writes it, shaped for the tool's view. */
function builtinDocument<Input, Output>(spec: DocumentSpec<Input, Output>, input: Input, now: Date): DocumentForView {
  const output = spec.composeBuiltin(input, { today: now });
  return {
    id: `sample-${spec.kind}`,
    kind: spec.kind,
    title: spec.title(input),
    input,
    output,
    text: spec.toText(output),
    editedText: null,
    engine: "builtin",
    engineNote: null,
    rulesetVersion: spec.rulesetVersion,
    createdAt: now.toISOString(),
  };
}
