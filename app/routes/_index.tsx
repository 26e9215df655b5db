import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormMessage } from "~/ui/forms";
import { config } from "~/config.server";
import { formatMoney } from "~/format";

export const meta: MetaFunction = () => [
  { title: "Career Recovery Toolkit: resume scanner, interview prep, layoff and negotiation writers" },
  {
    name: "description",
    content:
      "For software engineers after a layoff or weighing an offer: an explained resume score, mock interviews shaped like real loops, honest layoff explanations and counter-offer emails backed by public pay data. One payment, lifetime access.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { price } = config();
  // Where deleting an account lands: say that it happened.
  const accountDeleted = new URL(request.url).searchParams.get("account") === "deleted";
  return { price: formatMoney(price.cents, price.currency), accountDeleted };
}

const TOOLS = [
  {
    name: "Resume scanner",
    href: "/toolkit/resume",
    sample: "/samples#resume",
    summary:
      "Upload a PDF and see exactly what an applicant-tracking system extracts. Get a deterministic score where every point is explained, and fixes that keep your facts, optionally against a job description.",
  },
  {
    name: "Interview prep",
    href: "/toolkit/interview",
    sample: "/samples#interview",
    summary:
      "Mock interviews shaped like a company's real loop (Google, Meta, Amazon and more) for your role and level, with rubric feedback on every answer.",
  },
  {
    name: "Layoff-explanation writer",
    href: "/toolkit/layoff",
    sample: "/samples#layoff",
    summary:
      "Short, honest explanations for interviews, cover letters, LinkedIn and resume gaps: factual, no blame, no apology, pointing to what you want next.",
  },
  {
    name: "Negotiation-email generator",
    href: "/toolkit/negotiate",
    sample: "/samples#negotiation",
    summary:
      "Place an offer against public market data, then send a counter-offer email that cites its ranges and asks for the right levers.",
  },
];

export default function Landing() {
  const { price, accountDeleted } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-16">
      {accountDeleted ? (
        <FormMessage kind="success">
          Your account was deleted, with every document you made and every email we sent you. You are signed out.
          Records of any purchase are kept without your account, because tax law requires it.
        </FormMessage>
      ) : null}
      <section aria-labelledby="hero-title" className="pt-6">
        <h1 id="hero-title" className="max-w-3xl text-4xl font-semibold tracking-tight sm:text-5xl">
          Laid off, or weighing an offer? Get back to work on your terms.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-stone-700">
          Four practical tools for software engineers, built on explained rules and real public salary data, not
          guesswork. Everything you make is saved so you can reopen, copy, download or delete it.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            to="/pricing"
            className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white no-underline hover:bg-brand-800"
          >
            Get lifetime access for {price}
          </Link>
          <Link
            to="/compare"
            className="rounded-md border border-stone-300 bg-white px-5 py-2.5 font-medium text-stone-800 no-underline hover:bg-stone-100"
          >
            Compare roles and pay for free
          </Link>
        </div>
      </section>

      <section aria-labelledby="tools-title">
        <h2 id="tools-title" className="text-2xl font-semibold">
          The Career Recovery Toolkit
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {TOOLS.map((tool) => (
            <li key={tool.href} className="rounded-lg border border-stone-200 bg-white p-5">
              <h3 className="text-lg font-semibold">{tool.name}</h3>
              <p className="mt-2 text-stone-700">{tool.summary}</p>
              <p className="mt-2">
                <Link to={tool.sample}>See a sample from the {tool.name.toLowerCase()}</Link>
              </p>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-stone-700">
          <Link to="/samples">See what each tool makes</Link>: real outputs from a fictional engineer's facts, before
          you pay.
        </p>
      </section>

      <section aria-labelledby="price-title" className="rounded-lg bg-brand-50 p-6">
        <h2 id="price-title" className="text-2xl font-semibold">
          One payment of {price}. Yours for life.
        </h2>
        <p className="mt-3 max-w-2xl text-stone-700">
          No subscription to cancel while you job-hunt. Pay once and keep access to all four tools and every document
          you create. See <Link to="/pricing">pricing, the refund policy and FAQ</Link>.
        </p>
      </section>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title" className="text-2xl font-semibold">
          Free: compare roles side by side
        </h2>
        <p className="mt-3 max-w-2xl text-stone-700">
          Pay by seniority, the skills that earn premiums and where each career path leads, from public data with its
          source, sample size and date on every figure. Start with{" "}
          <Link to="/compare/full-stack-vs-backend-engineer">full-stack vs back-end engineer</Link> or see{" "}
          <Link to="/compare">all comparisons</Link>.
        </p>
      </section>
    </div>
  );
}
