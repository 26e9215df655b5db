// Field checks of one parsed resume against its ground truth, shared by `npm run
// eval:parser` and the CI guard test. Each check is one field the parser should read:
// contact details, each job's title, employer and dates, each degree and school, each
// skill, and the number of jobs and degrees (so merged or invented entries count).
import type { ParsedResume } from "~/resume/types";
import type { Truth, TruthJob, TruthSchool } from "./generate/truth.ts";

export interface Check {
  kind: string;
  /** Part of the headline figure (the fields issue 16 names), or reported on its own. */
  core: boolean;
  expected: string | null;
  actual: string | null;
  ok: boolean;
}

/** Case, accents' composition, spacing and edge punctuation do not matter. */
export function norm(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/^[\s.,;:|•·–—-]+|[\s,;:|•·–—-]+$/gu, "")
    .trim();
  return cleaned === "" ? null : cleaned;
}

const digits = (text: string | null) => (text ? text.replace(/\D/gu, "") : null);

const DEGREE_STOP = new Set(["in", "of", "and", "the"]);
/** The words of a degree and its field, in any order: "BSc Computer Science" = "Computer Science, BSc". */
function degreeWords(...parts: (string | null | undefined)[]): string | null {
  const words = parts
    .filter(Boolean)
    .join(" ")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\./gu, "")
    .split(/[^\p{L}\p{N}+#-]+/u)
    .filter((word) => word !== "" && !DEGREE_STOP.has(word));
  return words.length ? [...new Set(words)].sort().join(" ") : null;
}

function check(
  kind: string,
  core: boolean,
  expected: string | null,
  actual: string | null,
  same = (a: string | null, b: string | null) => a === b,
): Check {
  return { kind, core, expected, actual, ok: same(expected, actual) };
}

const eq = (a: string | null | undefined, b: string | null | undefined) => norm(a) === norm(b);

type ParsedJob = ParsedResume["experience"][number];
type ParsedSchool = ParsedResume["education"][number];

/** One-to-one matching of truth entries to parsed entries, best agreement first. */
function match<T, P>(truth: T[], parsed: P[], agreement: (t: T, p: P) => number): (P | null)[] {
  const pairs: { t: number; p: number; score: number }[] = [];
  truth.forEach((t, ti) => parsed.forEach((p, pi) => pairs.push({ t: ti, p: pi, score: agreement(t, p) })));
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.t - a.p) - Math.abs(b.t - b.p));
  const result: (P | null)[] = truth.map(() => null);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (pair.score <= 0 || result[pair.t] !== null || used.has(pair.p)) continue;
    result[pair.t] = parsed[pair.p];
    used.add(pair.p);
  }
  return result;
}

const jobAgreement = (t: TruthJob, p: ParsedJob) =>
  2 * Number(eq(t.company, p.company)) +
  2 * Number(eq(t.title, p.title)) +
  Number(t.start === p.start) +
  Number(t.end === p.end);

const schoolAgreement = (t: TruthSchool, p: ParsedSchool) =>
  2 * Number(eq(t.institution, p.institution)) +
  Number(degreeWords(t.degree, t.field) === degreeWords(p.degree, p.field)) +
  Number((t.end ?? null) === p.end);

export function checkResume(truth: Truth, parsed: ParsedResume): Check[] {
  const c = truth.contact;
  const p = parsed.contact;
  const checks: Check[] = [
    check("name", true, norm(c.fullName), norm(p.fullName)),
    check("email", true, norm(c.email), norm(p.email)),
    check("phone", true, digits(c.phone), digits(p.phone)),
    check("location", true, norm(c.location), norm(p.location)),
  ];
  for (const key of ["linkedin", "github", "website"] as const) {
    if (c[key] !== undefined) checks.push(check(key, false, norm(c[key]), norm(p[key])));
  }

  const jobs = match(truth.experience, parsed.experience, jobAgreement);
  truth.experience.forEach((job, i) => {
    const found = jobs[i];
    checks.push(
      check("job.title", true, norm(job.title), norm(found?.title)),
      check("job.company", true, norm(job.company), norm(found?.company)),
      check("job.start", true, job.start, found?.start ?? null),
      check("job.end", true, job.end, found?.end ?? null),
    );
    if (job.location !== undefined)
      checks.push(check("job.location", false, norm(job.location), norm(found?.location)));
  });
  checks.push(check("job.count", true, String(truth.experience.length), String(parsed.experience.length)));

  const schools = match(truth.education, parsed.education, schoolAgreement);
  truth.education.forEach((school, i) => {
    const found = schools[i];
    checks.push(
      check(
        "edu.degree",
        true,
        degreeWords(school.degree, school.field),
        found ? degreeWords(found.degree, found.field) : null,
      ),
      check("edu.institution", true, norm(school.institution), norm(found?.institution)),
    );
    if (school.end !== undefined) checks.push(check("edu.end", false, school.end, found?.end ?? null));
  });
  checks.push(check("edu.count", true, String(truth.education.length), String(parsed.education.length)));

  const parsedSkills = new Set(parsed.skills.map((skill) => norm(skill)));
  for (const skill of truth.skills)
    checks.push(check("skills", true, norm(skill), parsedSkills.has(norm(skill)) ? norm(skill) : null));
  const truthSkills = new Set(truth.skills.map((skill) => norm(skill)));
  for (const skill of parsed.skills) {
    if (!truthSkills.has(norm(skill))) checks.push(check("skills.extra", false, null, norm(skill)));
  }
  for (const cert of truth.certifications ?? []) {
    const found = parsed.certifications.find((item) => norm(item)?.includes(norm(cert) ?? "\u0000"));
    checks.push(check("certifications", false, norm(cert), found ? norm(cert) : null));
  }
  return checks;
}

export interface Tally {
  ok: number;
  all: number;
}

export function tally(checks: Check[]): Tally {
  return { ok: checks.filter((item) => item.ok).length, all: checks.length };
}

export const share = (t: Tally) => (t.all === 0 ? 1 : t.ok / t.all);
