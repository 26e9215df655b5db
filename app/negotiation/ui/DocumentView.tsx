// A saved negotiation email on the document page: where the offer sits in the market and
// where those figures come from, the counter plan, then what to send and say. The email
// can be copied, opened in the person's email app (mailto:), or edited and written again
// from the form. Without JavaScript there are no copy buttons; the text stays selectable.
// Which writer wrote it, and why the built-in one stood in, is in the document page's header.
import { CopyButton } from "~/ui/CopyButton";
import type { DocumentViewComponent } from "~/documents/view";
import { savedComputation, savedNegotiationDocument } from "../saved";
import type { NegotiationDocument } from "../types";
import { CounterPlanView } from "./CounterPlan";
import { MarketPositionView } from "./MarketPosition";

/** An email draft for the person's email app. There is no recipient address to fill in;
 *  line breaks are CRLF, as mailto: bodies want them. */
function mailtoHref(document: NegotiationDocument): string {
  const body = document.body.replace(/\r?\n/g, "\r\n");
  return `mailto:?subject=${encodeURIComponent(document.subject)}&body=${encodeURIComponent(body)}`;
}

function EmailSection({ email }: { email: NegotiationDocument }) {
  return (
    <section aria-labelledby="negotiation-email" className="space-y-3">
      <h2 id="negotiation-email" className="text-lg font-semibold">
        Your email
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={mailtoHref(email)}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          Open in your email app
        </a>
        <CopyButton label="Copy subject" text={email.subject} />
        <CopyButton label="Copy email" text={email.body} />
      </div>
      <p>
        <span className="font-medium">Subject:</span> {email.subject}
      </p>
      <div className="whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-5 text-stone-900">
        {email.body}
      </div>
    </section>
  );
}

function PhoneScript({ lines }: { lines: string[] }) {
  return (
    <section aria-labelledby="negotiation-phone" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="negotiation-phone" className="text-lg font-semibold">
          If you talk on the phone
        </h2>
        <CopyButton label="Copy script" text={lines.map((line) => `- ${line}`).join("\n")} />
      </div>
      <ol className="list-decimal space-y-1 pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}

function Pushback({ items }: { items: NegotiationDocument["pushback"] }) {
  return (
    <section aria-labelledby="negotiation-pushback" className="space-y-3">
      <h2 id="negotiation-pushback" className="text-lg font-semibold">
        If they push back
      </h2>
      <dl className="space-y-3">
        {items.map(({ objection, answer }) => (
          <div key={objection}>
            <dt className="font-medium">“{objection}”</dt>
            <dd className="text-stone-800">{answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function EditLink({ documentId }: { documentId: string }) {
  return (
    <p>
      <a
        href={`/toolkit/negotiate?from=${encodeURIComponent(documentId)}`}
        className="font-medium text-brand-700 underline"
      >
        Edit and regenerate
      </a>
      <span className="text-stone-600"> opens the form with this offer filled in.</span>
    </p>
  );
}

const NegotiationDocumentView: DocumentViewComponent = ({ document }) => {
  const computation = savedComputation(document.input);
  const email = savedNegotiationDocument(document.output);
  if (!computation || !email) {
    return (
      <div className="space-y-6">
        <p className="whitespace-pre-line text-stone-800">{document.editedText ?? document.text}</p>
        <EditLink documentId={document.id} />
      </div>
    );
  }
  return (
    <div className="space-y-10">
      <MarketPositionView position={computation.position} />
      <CounterPlanView plan={computation.plan} company={computation.company ?? null} />
      <EmailSection email={email} />
      <PhoneScript lines={email.phoneScript} />
      <Pushback items={email.pushback} />
      <EditLink documentId={document.id} />
    </div>
  );
};

export default NegotiationDocumentView;
