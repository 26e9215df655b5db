import { Link } from "@remix-run/react";

/** Short, general negotiation advice that points back to the cited figures on the page. */
export function NegotiationAdvice({ roleNames }: { roleNames: string[] }) {
  return (
    <section aria-labelledby="negotiate-title" className="space-y-3">
      <h2 id="negotiate-title" className="text-2xl font-semibold">
        Negotiating an offer as {roleNames.join(" or ")}
      </h2>
      <ul className="list-disc space-y-2 pl-6 text-stone-800">
        <li>
          <strong>Anchor above the median.</strong> Ask first, and ask toward the upper end of the middle half of the
          range for your level, not at the median: the first number sets the range of the conversation.
        </li>
        <li>
          <strong>Cite an external range.</strong> Name the public source and its date (for example the BLS figure in
          the table above). A published range is harder to wave away than a personal wish.
        </li>
        <li>
          <strong>Use levers other than base salary.</strong> Level and title, equity, signing bonus, start date, remote
          work, and the date of the first pay review are often easier for a company to move.
        </li>
        <li>
          <strong>Ask for time.</strong> Thank them, say you are excited, and ask for a few days to review the whole
          offer in writing. A reasonable employer agrees.
        </li>
      </ul>
      <p>
        The <Link to="/pricing">negotiation-email generator in the toolkit</Link> places your offer against these ranges
        and drafts the counter-offer email for you.
      </p>
    </section>
  );
}
