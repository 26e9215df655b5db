import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Faq, PayTable } from "../comparison";
import { inSentence } from "../format";
import { ROLE_PROFILES, type RoleSlug } from "../roles";
import { AttributeScales } from "./AttributeScales";
import { CareerLadder } from "./CareerLadder";
import { Cited } from "./Cited";
import { FaqSection } from "./FaqSection";
import { NegotiationAdvice } from "./NegotiationAdvice";
import { PayChart } from "./PayChart";
import { PayTableView } from "./PayTableView";
import { ToolkitCta } from "./ToolkitCta";

export interface ComparisonPageProps {
  title: string;
  roles: [RoleSlug, RoleSlug];
  pay: PayTable;
  faq: Faq;
  related: { slug: string; title: string }[];
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ComparisonPage({ title, roles, pay, faq, related }: ComparisonPageProps) {
  const profiles = roles.map((r) => ROLE_PROFILES[r]);
  return (
    <article className="space-y-12">
      <header className="space-y-4">
        <p className="text-sm">
          <Link to="/compare">All comparisons</Link>
        </p>
        <h1 className="text-4xl font-semibold tracking-tight">{title}: pay, skills and career paths</h1>
        {profiles.map((p) => (
          <p key={p.slug} className="max-w-3xl text-lg text-stone-700">
            <strong>{p.name}.</strong> {p.summary}
          </p>
        ))}
      </header>

      <Section id="pay" title="Typical pay by seniority">
        <Cited citations={pay.citations} label="Pay table and comparison">
          <PayTableView
            table={pay}
            caption="Annual pay in US dollars: median, with the 25th–75th percentile range where the source gives it."
          />
          {pay.statements.length > 0 ? (
            <ul className="mt-4 list-disc space-y-1 pl-6 text-sm text-stone-800">
              {pay.statements.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : null}
        </Cited>
        <Cited citations={pay.citations} label="Pay chart">
          <PayChart table={pay} title={`Median annual pay by level: ${title}`} />
        </Cited>
        <p className="text-sm text-stone-600">
          Full ranges by level and metro:{" "}
          {profiles.map((p, i) => (
            <span key={p.slug}>
              {i > 0 ? " and " : null}
              <Link to={`/salaries/${p.slug}`}>{inSentence(p.name)} salaries</Link>
            </span>
          ))}
          .
        </p>
      </Section>

      <Section id="earns-more" title="Where each role earns more, and why">
        <div className="grid gap-6 sm:grid-cols-2">
          {profiles.map((p) => (
            <div key={p.slug}>
              <h3 className="text-lg font-semibold">{p.name}</h3>
              <ul className="mt-2 space-y-2">
                {p.earnsMore.map((e) => (
                  <li key={e.where}>
                    <strong>{e.where}.</strong> {e.why}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section id="breadth" title="Skill breadth vs depth">
        {profiles.map((p) => (
          <p key={p.slug}>
            <strong>{p.name}:</strong> {p.breadthVsDepth}
          </p>
        ))}
      </Section>

      <Section id="attributes" title="How the roles compare">
        <p className="text-sm text-stone-600">Our editorial ratings on a scale of 1 to 5, not survey data.</p>
        <AttributeScales roles={profiles} />
      </Section>

      <Section id="ladder" title="Career ladder by level">
        <CareerLadder roles={profiles} />
      </Section>

      <Section id="plateau" title="Where each path plateaus, and where people move next">
        <div className="grid gap-6 sm:grid-cols-2">
          {profiles.map((p) => (
            <div key={p.slug}>
              <h3 className="text-lg font-semibold">{p.name}</h3>
              <p className="mt-2">{p.plateau}</p>
              <p className="mt-2 font-medium">Common next moves</p>
              <ul className="list-disc pl-6">
                {p.nextMoves.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section id="premiums" title="Competencies that command premiums">
        <div className="grid gap-6 sm:grid-cols-2">
          {profiles.map((p) => (
            <div key={p.slug}>
              <h3 className="text-lg font-semibold">{p.name}</h3>
              <ul className="mt-2 list-disc pl-6">
                {p.premiumCompetencies.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <NegotiationAdvice roleNames={profiles.map((p) => inSentence(p.name))} />

      <FaqSection faq={faq} />

      <ToolkitCta />

      {related.length > 0 ? (
        <Section id="related" title="Related comparisons">
          <ul className="list-disc pl-6">
            {related.map((r) => (
              <li key={r.slug}>
                <Link to={`/compare/${r.slug}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}
