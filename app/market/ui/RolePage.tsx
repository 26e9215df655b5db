import { Link } from "@remix-run/react";
import type { FigureTable, RolePageTables } from "../role-page";
import { inSentence } from "../format";
import { ROLE_PROFILES, type RoleSlug } from "../roles";
import { Cited } from "./Cited";
import { FigureTableView } from "./FigureTableView";
import { PayChart } from "./PayChart";
import { PayTableView } from "./PayTableView";
import { ToolkitCta } from "./ToolkitCta";

export interface RolePageProps {
  role: RoleSlug;
  tables: RolePageTables;
  comparisons: { slug: string; title: string }[];
}

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
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      <p className="max-w-3xl text-stone-700">
        {intro}
        {table.standIn
          ? ` There are no figures specific to this role, so these are for ${inSentence(table.standIn)}s.`
          : ""}
      </p>
      {table.rows.length > 0 ? (
        <Cited citations={table.citations} label={title}>
          <FigureTableView table={table} caption={caption} />
        </Cited>
      ) : (
        <p className="text-stone-600">{empty}</p>
      )}
    </section>
  );
}

export function RolePage({ role, tables, comparisons }: RolePageProps) {
  const profile = ROLE_PROFILES[role];
  return (
    <article className="space-y-12">
      <header className="space-y-3">
        <p className="text-sm">
          <Link to="/salaries">All roles</Link>
        </p>
        <h1 className="text-4xl font-semibold tracking-tight">{profile.name} salaries: pay by level and metro</h1>
        <p className="max-w-3xl text-lg text-stone-700">{profile.summary}</p>
      </header>

      <section aria-labelledby="levels" className="space-y-3">
        <h2 id="levels" className="text-2xl font-semibold">
          Typical pay by level, United States
        </h2>
        <Cited citations={tables.levels.citations} label="Pay by level">
          <PayTableView
            table={tables.levels}
            caption="Annual pay in US dollars: median, with the 25th–75th percentile range where the source gives it."
          />
        </Cited>
        <Cited citations={tables.levels.citations} label="Pay by level chart">
          <PayChart table={tables.levels} title={`Median annual pay by level: ${inSentence(profile.name)}`} />
        </Cited>
      </section>

      <TableSection
        id="metros"
        title="Top metros: prevailing wage levels"
        intro="The U.S. Department of Labor sets four prevailing wage levels per metro for visa filings. They are legal minimums, roughly the 17th, 34th, 50th and 67th percentiles of local pay, not what people are paid."
        table={tables.metros}
        caption="Annual wage floors (hourly wage × 2080) by OFLC level."
        empty="No metro wage levels for this role."
      />

      <TableSection
        id="official"
        title="Official statistics by year"
        intro="The U.S. Bureau of Labor Statistics surveys employers each year; it publishes no levels, so these cover every level together. A dash means BLS published no estimate, or the pay was at or above its top code."
        table={tables.official}
        caption="National annual wage percentiles and employment."
        empty="No official statistics for this role."
      />

      <TableSection
        id="survey-levels"
        title="Salary surveys by level"
        intro="Percentiles we computed from self-reported salaries of US residents at US companies, after removing repeated rows; only levels with at least 30 distinct salaries are shown."
        table={tables.surveyPercentiles}
        caption="Annual salary percentiles by year and experience level."
        empty="No salary-survey level has enough distinct salaries for this role."
      />

      <TableSection
        id="developer-survey"
        title="Developer survey medians"
        intro="The Stack Overflow Developer Survey's US median total compensation by developer type, across all levels."
        table={tables.survey}
        caption="US median yearly compensation and respondent count."
        empty="The Stack Overflow survey has no developer type for this role."
      />

      {comparisons.length > 0 ? (
        <section aria-labelledby="compare" className="space-y-3">
          <h2 id="compare" className="text-2xl font-semibold">
            Compare with other roles
          </h2>
          <ul className="list-disc pl-6">
            {comparisons.map((c) => (
              <li key={c.slug}>
                <Link to={`/compare/${c.slug}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ToolkitCta />
    </article>
  );
}
