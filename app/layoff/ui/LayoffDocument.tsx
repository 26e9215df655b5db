// A saved layoff explanation: each part in its own section with a heading, the spoken
// answer with its word count and speaking time, and a copy button per part. Every piece
// of user and model text is rendered as text (React escapes it), never as HTML. Without
// JavaScript the copy buttons are absent and the text is plain, selectable text.
import type { LayoffExplanation } from "../schema";
import { PART_HEADINGS, spokenLength } from "../to-text";
import { CopyButton } from "~/ui/CopyButton";

export interface LayoffDocumentProps {
  explanation: LayoffExplanation;
  /** Document.engine: "builtin" or the model's name. */
  engine: string;
  engineNote: string | null;
}

export function LayoffDocument({ explanation, engine, engineNote }: LayoffDocumentProps) {
  const { spokenAnswer, resumeGapLine } = explanation;
  return (
    <article className="space-y-8">
      <Part heading={PART_HEADINGS.spokenAnswer} text={spokenAnswer.text} detail={spokenLength(explanation)} />
      <Part heading={PART_HEADINGS.whyChosenAnswer} text={explanation.whyChosenAnswer} />
      <Part heading={PART_HEADINGS.coverLetterLines} text={explanation.coverLetterLines} />
      <Part heading={PART_HEADINGS.linkedinPost} text={explanation.linkedinPost} />
      <Part heading={PART_HEADINGS.linkedinHeadline} text={explanation.linkedinHeadline} />
      {resumeGapLine === null ? null : <Part heading={PART_HEADINGS.resumeGapLine} text={resumeGapLine} />}
      <section aria-labelledby="layoff-avoid">
        <h2 id="layoff-avoid" className="text-lg font-semibold text-stone-900">
          {PART_HEADINGS.thingsNotToSay}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800">
          {explanation.thingsNotToSay.map((advice) => (
            <li key={advice.phrase}>
              <span className="font-medium">{advice.phrase}</span> — {advice.why}
            </li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-stone-500">
        {engine === "builtin" ? "Written by the built-in writer." : `Written by ${engine}, checked against your facts.`}
        {engineNote ? ` ${engineNote}` : null}
      </p>
    </article>
  );
}

function Part({ heading, text, detail }: { heading: string; text: string; detail?: string }) {
  const id = `layoff-${heading
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/-$/, "")}`;
  return (
    <section aria-labelledby={id}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-lg font-semibold text-stone-900">
          {heading}
        </h2>
        <CopyButton text={text} what={heading} />
      </div>
      {detail ? <p className="text-sm text-stone-500">{detail}</p> : null}
      <p className="mt-2 whitespace-pre-line text-stone-800">{text}</p>
    </section>
  );
}
