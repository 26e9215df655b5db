// Scores the job match against the cases: recall of each class a recruiter named, the
// precision of every keyword the match reports, title agreement, and keyword stuffing
// (the same resume with unevidenced skills piled on must never score higher).
import { matchJob } from "~/resume/match";
import { canonicalSkill } from "~/resume/skills";
import type { JobMatch, ParsedResume } from "~/resume/types";
import type { MatchCase } from "./cases.ts";

type ReportedClass = "matched" | "listed" | "missing";

const CLASS_OF: Record<JobMatch["keywords"][number]["evidence"], ReportedClass> = {
  shown: "matched",
  listed: "listed",
  missing: "missing",
};

/**
 * Names compare without case, spaces, dots or hyphens, and a name counts as the skill the
 * taxonomy knows it as ("Intune" is reported as "Microsoft Intune"); "a|b" accepts either.
 */
const norm = (name: string) => name.toLowerCase().replace(/[\s.\-_]/gu, "");
const names = (entry: string) =>
  entry.split("|").flatMap((name) => {
    const canonical = canonicalSkill(name);
    return canonical && norm(canonical) !== norm(name) ? [norm(name), norm(canonical)] : [norm(name)];
  });

// Skills a stuffed resume adds on top of the posting's missing ones: real names, unrelated to most postings.
const FILLER =
  `COBOL, Fortran, Haskell, Erlang, Elixir, OCaml, Clojure, F#, Perl, Lua, Julia, R, MATLAB, Delphi, Pascal,
Ada, Prolog, Smalltalk, Groovy, Dart, Flutter, Xamarin, Ionic, Cordova, Ember.js, Backbone.js, Knockout.js, Meteor, Gatsby,
Nuxt, Hugo, Jekyll, Drupal, Joomla, Magento, Shopify, SAP, Oracle E-Business Suite, PeopleSoft, Siebel, Mainframe, z/OS,
JCL, CICS, DB2, Informix, Sybase, Teradata, Netezza, Vertica, Greenplum, Cassandra, CouchDB, Neo4j, ArangoDB, RethinkDB,
Riak, HBase, Solr, Lucene, Sphinx, Nagios, Zabbix, Puppet, Chef, SaltStack, Vagrant, OpenStack, VMware, Hyper-V, Citrix`
    .split(",")
    .map((name) => name.trim());

export function stuffed(resume: ParsedResume, extra: string[]): ParsedResume {
  const skills = [...resume.skills, ...extra.map((entry) => entry.split("|")[0]), ...FILLER];
  return {
    ...resume,
    skills,
    sections: resume.sections.map((section) =>
      section.kind === "skills" ? { ...section, lines: [...section.lines, skills.join(", ")] } : section,
    ),
  };
}

export interface CaseResult {
  id: string;
  split: MatchCase["split"];
  batch: string | null;
  errors: string[];
  counts: Record<ReportedClass, { expected: number; found: number }> & {
    reported: number;
    correct: number;
    /** Expected skills reported with the importance the case gives (required or nice-to-have). */
    importance: { expected: number; found: number };
  };
  title: { expected: boolean | null; got: boolean };
  score: number;
  stuffedScore: number;
  stuffedFlagged: boolean;
  falseStuffing: boolean;
}

export function evaluateCase(testCase: MatchCase): CaseResult {
  const result = matchJob(testCase.resume, testCase.job);
  const reported = new Map(
    result.keywords.map((keyword) => [
      norm(keyword.keyword),
      { name: keyword.keyword, cls: CLASS_OF[keyword.evidence], preferred: keyword.importance === "preferred" },
    ]),
  );
  const errors: string[] = [];
  const counts = {
    matched: { expected: 0, found: 0 },
    listed: { expected: 0, found: 0 },
    missing: { expected: 0, found: 0 },
    reported: reported.size,
    correct: 0,
    importance: { expected: 0, found: 0 },
  };
  const expectedClass = new Map<string, ReportedClass | "acceptable">();
  for (const cls of ["matched", "listed", "missing"] as const) {
    for (const entry of testCase[cls]) {
      counts[cls].expected += 1;
      const keys = names(entry);
      keys.forEach((key) => expectedClass.set(key, cls));
      const hit = keys.map((key) => reported.get(key)).find(Boolean);
      if (hit?.cls === cls) counts[cls].found += 1;
      else errors.push(`${cls} "${entry}": ${hit ? `reported as ${hit.cls}` : "not reported"}`);
      if (testCase.preferred && hit) {
        const preferred = testCase.preferred.some((name) => names(name).some((key) => keys.includes(key)));
        counts.importance.expected += 1;
        if (hit.preferred === preferred) counts.importance.found += 1;
        else errors.push(`"${entry}" reported as ${hit.preferred ? "nice-to-have" : "required"}`);
      }
    }
  }
  for (const entry of testCase.acceptable) names(entry).forEach((key) => expectedClass.set(key, "acceptable"));
  for (const [key, { name, cls }] of reported) {
    const expected = expectedClass.get(key);
    if (expected === cls || expected === "acceptable") counts.correct += 1;
    else if (expected === undefined) errors.push(`reported "${name}" (${cls}), which the posting does not ask for`);
  }
  const stuffedResult = matchJob(stuffed(testCase.resume, testCase.missing), testCase.job);
  if (stuffedResult.score > result.score)
    errors.push(`stuffing raised the match from ${result.score} to ${stuffedResult.score}`);
  if (!stuffedResult.stuffing) errors.push("stuffed resume not flagged");
  if (result.stuffing) errors.push(`stuffing flagged on the real resume: ${result.stuffing.what}`);
  const expectedTitle = testCase.title === null ? null : testCase.title === "match";
  if (expectedTitle !== null && expectedTitle !== result.titleMatched)
    errors.push(`title ${result.jobTitle ?? "(none)"}: expected ${testCase.title}`);
  return {
    id: testCase.id,
    split: testCase.split,
    batch: testCase.batch,
    errors,
    counts,
    title: { expected: expectedTitle, got: result.titleMatched },
    score: result.score,
    stuffedScore: stuffedResult.score,
    stuffedFlagged: stuffedResult.stuffing !== null,
    falseStuffing: result.stuffing !== null,
  };
}

export interface SplitSummary {
  cases: number;
  matchedRecall: number;
  missingRecall: number;
  listedRecall: number;
  precision: number;
  importanceAccuracy: number;
  titleAccuracy: number;
  stuffingRaised: number;
  stuffingUnflagged: number;
  falseStuffing: number;
}

const share = (found: number, total: number) => (total === 0 ? 1 : found / total);

export function summarize(results: CaseResult[]): SplitSummary {
  const sum = (pick: (result: CaseResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  const titled = results.filter((result) => result.title.expected !== null);
  return {
    cases: results.length,
    matchedRecall: share(
      sum((r) => r.counts.matched.found),
      sum((r) => r.counts.matched.expected),
    ),
    missingRecall: share(
      sum((r) => r.counts.missing.found),
      sum((r) => r.counts.missing.expected),
    ),
    listedRecall: share(
      sum((r) => r.counts.listed.found),
      sum((r) => r.counts.listed.expected),
    ),
    precision: share(
      sum((r) => r.counts.correct),
      sum((r) => r.counts.reported),
    ),
    importanceAccuracy: share(
      sum((r) => r.counts.importance.found),
      sum((r) => r.counts.importance.expected),
    ),
    titleAccuracy: share(titled.filter((r) => r.title.expected === r.title.got).length, titled.length),
    stuffingRaised: results.filter((r) => r.stuffedScore > r.score).length,
    stuffingUnflagged: results.filter((r) => !r.stuffedFlagged).length,
    falseStuffing: results.filter((r) => r.falseStuffing).length,
  };
}

/**
 * The parts reported side by side: tuning, the first held-out set, and each later held-out batch
 * (written in other writing voices after the earlier ones had been looked at), oldest first.
 */
export function splitsOf(results: CaseResult[]): Record<string, CaseResult[]> {
  // Numeric order, so fresh-10 comes after fresh-9.
  const batches = [...new Set(results.flatMap((r) => (r.split === "heldout" && r.batch ? [r.batch] : [])))].sort(
    (a, b) => a.localeCompare(b, "en", { numeric: true }),
  );
  return {
    tuning: results.filter((r) => r.split === "tuning"),
    "held-out": results.filter((r) => r.split === "heldout" && r.batch === null),
    ...Object.fromEntries(
      batches.map((batch) => [batch, results.filter((r) => r.split === "heldout" && r.batch === batch)]),
    ),
  };
}
