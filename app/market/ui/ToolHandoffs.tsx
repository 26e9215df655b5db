import { Link } from "@remix-run/react";
import type { Handoff, RoleHandoffs } from "../handoffs";

function LinkChips({ links, label, strong }: { links: Handoff[]; label: (link: Handoff) => string; strong: boolean }) {
  return (
    <ul className="mt-1.5 flex flex-wrap gap-2">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            to={link.href}
            className={`inline-block rounded-md border px-2.5 py-1 text-sm no-underline ${
              strong ? "border-brand-600 font-medium hover:bg-brand-50" : "border-stone-300 hover:bg-stone-50"
            }`}
            aria-label={label(link)}
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Links into the toolkit, prefilled for the roles on the page. */
export function ToolHandoffs({ handoffs, interviewCoverage }: { handoffs: RoleHandoffs[]; interviewCoverage: string }) {
  return (
    <section aria-labelledby="handoffs-title" className="space-y-4">
      <h2 id="handoffs-title" className="text-2xl font-semibold tracking-tight">
        Use these figures
      </h2>
      <div className={`grid gap-4 ${handoffs.length > 1 ? "md:grid-cols-2" : ""}`}>
        {handoffs.map((h) => (
          <div key={h.role} className="rounded-lg border border-stone-200 bg-white p-4" data-handoffs={h.role}>
            <h3 className="font-semibold text-stone-900">{h.roleName}</h3>
            <p className="mt-2 text-sm text-stone-700">
              Draft a counter-offer email with the market range for your level:
            </p>
            <LinkChips links={h.negotiate} label={(l) => `Negotiation email: ${h.roleName}, ${l.label}`} strong />
            {h.interview.length > 0 ? (
              <>
                <p className="mt-3 text-sm text-stone-700">
                  Practise a mock interview shaped like a company&apos;s loop:
                </p>
                <LinkChips
                  links={h.interview}
                  label={(l) => `Mock interview: ${h.roleName}, ${l.label}`}
                  strong={false}
                />
              </>
            ) : (
              <p className="mt-3 text-sm text-stone-600">
                Mock interviews cover {interviewCoverage}; this role has no loop of its own yet.
              </p>
            )}
          </div>
        ))}
      </div>
      <p className="text-sm text-stone-600">
        The tools are part of the <Link to="/pricing">Career Recovery Toolkit</Link>, one payment for lifetime access.
      </p>
    </section>
  );
}
