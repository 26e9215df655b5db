import { Link } from "@remix-run/react";
import type { FigureTable, RolePageView } from "../role-page";
import { inSentence } from "../format";
import { Cited } from "./Cited";
import { DataLimitsNote } from "./DataLimitsNote";
import { FigureTableView } from "./FigureTableView";
import { SalaryByLevel } from "./SalaryByLevel";
import { SkillPremiums } from "./SkillPremiums";
import { SourceList } from "./SourceList";
import { ToolHandoffs } from "./ToolHandoffs";
import { ToolkitCta } from "./ToolkitCta";
import { Section } from "~/ui/Section";

function TableSection({
  id,
  title,
  intro,
  table,
  caption,
  empty,
}: {
  id: string;
  title: string;
  intro: string;
  table: FigureTable;
  caption: string;
  empty: string;
}) {
  return (
    <Section id={id} title={title} kind="page">
      <p className="max-w-3xl text-stone-700">
        {intro}
        {table.standIn
          ? ` There are no figures specific to this role, so these are for ${inSentence(table.standIn)}s.`
          : ""}
      </p>
      {table.rows.length > 0 ? (
        <Cited label={title}>
          <FigureTableView table={table} caption={caption} />
        </Cited>
      ) : (
        <p className="text-stone-600">{empty}</p>
      )}
    </Section>
  );
}

export function RolePage({ view }: { view: RolePageView }) {
  return (
    <article className="space-y-12">
      <header className="space-y-3">
        <p className="text-sm">
          <Link to="/salaries">All roles</Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">
          {view.name} salaries: pay by level and metro
        </h1>
        <p className="max-w-3xl text-lg text-stone-700">{view.summary}</p>
      </header>

      <div className="space-y-6">
        <SalaryByLevel
          rows={view.levels}
          roles={[{ name: view.name }]}
          title={`Median salary and middle half by level: ${inSentence(view.name)}s`}
        />
        <DataLimitsNote limits={view.limits} />
      </div>

      <TableSection
        id="survey-levels"
        title="Salary surveys by year and level"
        intro="Percentiles we computed from self-reported salaries of US residents at US companies, after removing repeated rows; only levels with at least 30 distinct salaries are shown."
        table={view.surveyPercentiles}
        caption="Yearly salary percentiles and the number of salaries."
        empty="No salary-survey level has enough distinct salaries for this role."
      />

      <TableSection
        id="developer-survey"
        title="Developer survey medians"
        intro="The Stack Overflow Developer Survey's US median total compensation (salary, bonus and stock as respondents report it) by developer type, all levels together."
        table={view.survey}
        caption="US median yearly total compensation and respondent count."
        empty="The Stack Overflow survey has no developer type for this role."
      />

      <TableSection
        id="official"
        title="Official statistics by year"
        intro="The U.S. Bureau of Labor Statistics surveys employers each year; it publishes no levels, so these cover every level together. A dash means BLS published no estimate, or the pay was at or above its top code."
        table={view.official}
        caption="National yearly wage percentiles and employment."
        empty="No official statistics for this role."
      />

      <TableSection
        id="metros"
        title="Top metros: prevailing wage levels"
        intro="The U.S. Department of Labor sets four prevailing wage levels per metro for visa filings. They are legal minimums, roughly the 17th, 34th, 50th and 67th percentiles of local pay, not what people are paid."
        table={view.metros}
        caption="Yearly wage floors (hourly wage × 2080) by level: legal minimums set from official pay data, no sample of their own."
        empty="No metro wage levels for this role."
      />

      <SkillPremiums roles={[{ role: view.role, name: view.name, skills: view.skills }]} />

      <ToolHandoffs handoffs={[view.handoffs]} interviewCoverage={view.interviewCoverage} />

      {view.comparisons.length > 0 ? (
        <section aria-labelledby="compare" className="space-y-3">
          <h2 id="compare" className="text-2xl font-semibold tracking-tight">
            Compare with other roles
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {view.comparisons.map((c) => (
              <li key={c.slug}>
                <Link to={`/compare/${c.slug}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ToolkitCta />

      <SourceList sources={view.sources} />
    </article>
  );
}
