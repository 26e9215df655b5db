import { Link } from "@remix-run/react";

export function ToolkitCta() {
  return (
    <section aria-labelledby="cta-title" className="rounded-lg bg-brand-50 p-6">
      <h2 id="cta-title" className="text-2xl font-semibold">
        Job hunting or weighing an offer?
      </h2>
      <p className="mt-2 max-w-2xl text-stone-700">
        The Career Recovery Toolkit scans your resume, runs mock interviews for your role and level, writes an honest
        layoff explanation and drafts counter-offer emails backed by the public data on this page.
      </p>
      <p className="mt-4">
        <Link
          to="/pricing"
          className="inline-block rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white no-underline hover:bg-brand-800"
        >
          See the toolkit and pricing
        </Link>
      </p>
    </section>
  );
}
