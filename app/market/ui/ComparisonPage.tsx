import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { ComparisonPageView } from "../comparison-page";
import { inSentence } from "../format";
import { AttributeScales } from "./AttributeScales";
import { CareerLadder } from "./CareerLadder";
import { DataLimitsNote } from "./DataLimitsNote";
import { FaqSection } from "./FaqSection";
import { MethodNote } from "./MethodNote";
import { OfficialStatistics } from "./OfficialStatistics";
import { SalaryByLevel } from "./SalaryByLevel";
import { ShortAnswer } from "./ShortAnswer";
import { SkillPremiums } from "./SkillPremiums";
import { SourceList } from "./SourceList";
import { SurveyMedians } from "./SurveyMedians";
import { ToolHandoffs } from "./ToolHandoffs";
import { ToolkitCta } from "./ToolkitCta";
import { Section } from "~/ui/Section";

function TwoColumns({ children }: { children: ReactNode }) {
  return <div className="grid gap-6 md:grid-cols-2">{children}</div>;
}

export function ComparisonPage({ view }: { view: ComparisonPageView }) {
  const { pair, profiles } = view;
  const roles = profiles.map((p) => ({ slug: p.role, name: p.name }));
  return (
    <article className="space-y-12">
      <header className="space-y-4">
        <p className="text-sm">
          <Link to="/compare">All comparisons</Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">
          {pair.title}: pay by level, skills and careers
        </h1>
        <p className="max-w-3xl text-stone-600">
          US pay from public data, with how sure each answer is and what the data cannot say. Every figure shows its
          source, sample size and year.
        </p>
      </header>

      <div className="space-y-6">
        <ShortAnswer lines={view.headline} roles={pair.roles} />
        <div className="grid gap-3 text-sm text-stone-700 md:grid-cols-2">
          {profiles.map((p) => (
            <p key={p.role}>
              <strong className="text-stone-900">{p.name}.</strong> {p.summary}
            </p>
          ))}
        </div>
      </div>

      <div className="space-y-6">
        <SalaryByLevel
          rows={view.levels}
          roles={roles}
          title={`Median salary and middle half by level: ${pair.title}`}
        />
        <DataLimitsNote limits={view.limits} />
      </div>

      <SurveyMedians survey={view.survey} roles={roles} />
      <OfficialStatistics official={view.official} roles={pair.roles} />

      <SkillPremiums roles={view.skills} />

      <ToolHandoffs handoffs={view.handoffs} interviewCoverage={view.interviewCoverage} />

      <Section kind="page" id="earns-more" title="Where each role earns more, and why">
        <p className="text-sm text-stone-600">Our judgement, from how these roles are hired and paid.</p>
        <TwoColumns>
          {profiles.map((p) => (
            <div key={p.role}>
              <h3 className="text-lg font-semibold">{p.name}</h3>
              <ul className="mt-2 space-y-2 text-stone-700">
                {p.earnsMore.map((e) => (
                  <li key={e.where}>
                    <strong className="text-stone-900">{e.where}.</strong> {e.why}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </TwoColumns>
      </Section>

      <Section kind="page" id="breadth" title="Skill breadth vs depth">
        {profiles.map((p) => (
          <p key={p.role} className="text-stone-700">
            <strong className="text-stone-900">{p.name}:</strong> {p.breadthVsDepth}
          </p>
        ))}
      </Section>

      <Section kind="page" id="attributes" title="How the roles compare">
        <p className="text-sm text-stone-600">Our editorial ratings on a scale of 1 to 5, not survey data.</p>
        <AttributeScales roles={profiles} />
      </Section>

      <Section kind="page" id="ladder" title="Career ladder by level">
        <CareerLadder roles={profiles} />
      </Section>

      <Section kind="page" id="plateau" title="Where each path plateaus, and where people move next">
        <TwoColumns>
          {profiles.map((p) => (
            <div key={p.role}>
              <h3 className="text-lg font-semibold">{p.name}</h3>
              <p className="mt-2 text-stone-700">{p.plateau}</p>
              <p className="mt-2 font-medium text-stone-900">Common next moves</p>
              <ul className="list-disc pl-6 text-stone-700">
                {p.nextMoves.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ))}
        </TwoColumns>
      </Section>

      <FaqSection items={view.faq} />

      <MethodNote />

      {view.related.length > 0 ? (
        <Section kind="page" id="related" title="Related comparisons">
          <ul className="grid gap-2 sm:grid-cols-2">
            {view.related.map((r) => (
              <li key={r.slug}>
                <Link to={`/compare/${r.slug}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
          <p className="text-sm text-stone-600">
            Every figure by level and metro:{" "}
            {profiles.map((p, i) => (
              <span key={p.role}>
                {i > 0 ? " and " : null}
                <Link to={`/salaries/${p.role}`}>{inSentence(p.name)} salaries</Link>
              </span>
            ))}
            .
          </p>
        </Section>
      ) : null}

      <ToolkitCta />

      <SourceList sources={view.sources} />
    </article>
  );
}
