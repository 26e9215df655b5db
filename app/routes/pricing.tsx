import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { accessFor } from "~/billing/access.server";
import { FormMessage, PageHeading, SubmitButton } from "~/ui/forms";
import { config } from "~/config.server";
import { formatMoney } from "~/format";
import { REFUND_WINDOW_DAYS } from "~/billing/refund-policy";

export const meta: MetaFunction = () => [
  { title: "Pricing: one payment, lifetime access · Career Recovery Toolkit" },
  {
    name: "description",
    content:
      "One payment unlocks the resume scanner, interview prep, layoff-explanation writer and negotiation-email generator for life. Refund policy and FAQ.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const access = user ? await accessFor(user.id) : null;
  const { price } = config();
  return {
    price: formatMoney(price.cents, price.currency),
    signedIn: user !== null,
    verified: Boolean(user?.emailVerifiedAt),
    access: access?.state ?? "none",
    payments: config().services.payments,
  };
}

const INCLUDED = [
  [
    "Resume scanner",
    "See what an applicant-tracking system extracts from your PDF, with a score where every point is explained, fixes, and a job-description match.",
  ],
  [
    "Interview prep",
    "Mock interviews shaped like Google's, Meta's, Amazon's and other real loops, for your role and level, with rubric feedback on each answer.",
  ],
  ["Layoff-explanation writer", "Short, honest explanations for interviews, cover letters, LinkedIn and resume gaps."],
  [
    "Negotiation-email generator",
    "Your offer placed against public pay data, and a counter-offer email that cites its ranges.",
  ],
  [
    "Your documents",
    "Everything you make is saved: reopen, copy, download or delete it, and export it all at any time.",
  ],
];

const FAQ = [
  [
    "What does “lifetime” mean?",
    "For as long as this product exists, with every improvement we make to the four tools. No subscription, no renewal, nothing to cancel. If we ever shut down, we will give at least 90 days' notice so you can export your documents.",
  ],
  [
    "What is the refund policy?",
    "If the toolkit does not help you, ask for a refund within 14 days of buying and you get the full amount back. It takes one click on your purchase in your account, no reason needed. A refund ends access to the toolkit; your saved documents stay yours to open, download, export or delete.",
  ],
  [
    "Do I need to verify my email before paying?",
    "Yes. It makes sure receipts and account recovery reach you. It takes a minute: we send a 6-digit code.",
  ],
  [
    "Is my data used to train models?",
    "No. Your documents are yours: you can download or delete them at any time, and deleting your account deletes them all.",
  ],
  [
    "Where do the salary figures come from?",
    "From public data: the U.S. Bureau of Labor Statistics, the U.S. Department of Labor, aijobs.net's open salary survey and the Stack Overflow Developer Survey. Every figure shows its source, sample size and date.",
  ],
];

export default function Pricing() {
  const page = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="space-y-12">
      <PageHeading title={`One payment of ${page.price}. Lifetime access.`}>
        Pay once, keep the whole Career Recovery Toolkit. No subscription to remember while you job-hunt.
      </PageHeading>

      {params.get("checkout") === "cancelled" ? (
        <FormMessage kind="info">Checkout was cancelled. Nothing was charged.</FormMessage>
      ) : null}
      {params.get("from") === "toolkit" && page.access === "none" ? (
        <FormMessage kind="info">The toolkit is part of lifetime access. Buy it once below to open it.</FormMessage>
      ) : null}

      <section aria-labelledby="buy-title" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="buy-title" className="text-xl font-semibold">
          Lifetime access: {page.price}
        </h2>
        {page.access === "active" ? (
          <p className="mt-3">
            You have lifetime access. <Link to="/toolkit">Open the toolkit</Link>.
          </p>
        ) : page.access === "processing" ? (
          <p className="mt-3">Your payment is being processed. We will email you as soon as it clears.</p>
        ) : (
          <Form method="post" action="/checkout" className="mt-4 space-y-3">
            {!page.signedIn ? <p className="text-stone-700">You will create a free account first, then pay.</p> : null}
            {page.signedIn && !page.verified ? (
              <p className="text-stone-700">You will verify your email first (a 6-digit code), then pay.</p>
            ) : null}
            <SubmitButton pendingText="Opening checkout…">Buy lifetime access for {page.price}</SubmitButton>
            <p className="text-sm text-stone-600">
              {page.payments === "stripe"
                ? "Secure payment by Stripe. "
                : "Payments are simulated on this site (local mode): no card is asked for and no money moves. "}
              {REFUND_WINDOW_DAYS}-day full refund, from your account in one click. By buying you accept the{" "}
              <Link to="/terms">terms</Link> and the <Link to="/privacy">privacy policy</Link>.
            </p>
          </Form>
        )}
      </section>

      <section aria-labelledby="included-title">
        <h2 id="included-title" className="text-xl font-semibold">
          What is included
        </h2>
        <p className="mt-2 text-stone-700">
          Not sure yet? <Link to="/samples">See a sample of each tool's output</Link>, made by the real tools.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {INCLUDED.map(([name, text]) => (
            <li key={name} className="rounded-lg border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">{name}</h3>
              <p className="mt-1 text-stone-700">{text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq-title">
        <h2 id="faq-title" className="text-xl font-semibold">
          Questions
        </h2>
        <dl className="mt-4 space-y-4">
          {FAQ.map(([q, a]) => (
            <div key={q}>
              <dt className="font-semibold">{q}</dt>
              <dd className="mt-1 text-stone-700">{a}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
