// The scanner against real resumes: RenderCV's nine themes (their YAML sources are the
// ground truth) and a two-column LaTeX resume (hand-checked expectations).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeUrl } from "~/resume/contact";
import { createResumeScanner, type ResumeScanner } from "~/resume/scan.server";
import type { ParsedResume, ResumeReport } from "~/resume/types";
import { parseYamlSubset } from "../../support/resume/yaml-subset.ts";

const FIXTURES = path.resolve("tests/fixtures/resumes");
const PDFS = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".pdf"))
  .sort();
const THEMES = PDFS.filter((file) => file.startsWith("rendercv-")).map((file) => file.replace(/\.pdf$/u, ""));

interface Check {
  field: string;
  expected: unknown;
  actual: unknown;
}

const same = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;

// ---------------------------------------------------------------------------
// Ground truth
// ---------------------------------------------------------------------------

// The parts of RenderCV's `cv:` block the checks use.
interface RenderCvEntry {
  company: string;
  position: string;
  institution: string;
  area: string;
  degree: string;
  start_date: string;
  end_date: string;
  location: string;
  highlights: string[];
}

interface RenderCv {
  name: string;
  email: string;
  phone: string | null;
  location: string;
  website: string;
  social_networks: { network: string; username: string }[];
  sections: Record<string, unknown> & {
    experience: RenderCvEntry[];
    education: RenderCvEntry[];
    skills: { label: string; details: string }[];
  };
}

function renderCvChecks(theme: string, parsed: ParsedResume): Check[] {
  const { cv } = parseYamlSubset(readFileSync(path.join(FIXTURES, `${theme}.yaml`), "utf8")) as unknown as {
    cv: RenderCv;
  };
  const profile = (network: string) => cv.social_networks.find((entry) => entry.network === network)?.username;
  const checks: Check[] = [
    { field: "contact.fullName", expected: cv.name, actual: parsed.contact.fullName },
    { field: "contact.email", expected: cv.email, actual: parsed.contact.email },
    { field: "contact.phone", expected: cv.phone, actual: parsed.contact.phone },
    { field: "contact.location", expected: cv.location, actual: parsed.contact.location },
    { field: "contact.linkedin", expected: `linkedin.com/in/${profile("LinkedIn")}`, actual: parsed.contact.linkedin },
    { field: "contact.github", expected: `github.com/${profile("GitHub")}`, actual: parsed.contact.github },
    { field: "contact.website", expected: normalizeUrl(cv.website), actual: parsed.contact.website },
  ];
  cv.sections.experience.forEach((job, i) => {
    const found = parsed.experience.find((entry) => same(entry.company, job.company));
    const key = `experience[${i}]`;
    checks.push(
      { field: `${key}.company`, expected: job.company, actual: found?.company ?? null },
      { field: `${key}.title`, expected: job.position, actual: found?.title ?? null },
      { field: `${key}.start`, expected: job.start_date, actual: found?.start ?? null },
      { field: `${key}.end`, expected: job.end_date, actual: found?.end ?? null },
      { field: `${key}.location`, expected: job.location, actual: found?.location ?? null },
    );
    job.highlights.forEach((highlight, h) => {
      const start = highlight.slice(0, 40);
      checks.push({
        field: `${key}.bullets[${h}]`,
        expected: start,
        actual: found?.bullets.find((bullet) => bullet.startsWith(start))?.slice(0, 40) ?? null,
      });
    });
  });
  cv.sections.education.forEach((school, i) => {
    const found = parsed.education.find((entry) => same(entry.institution, school.institution));
    const key = `education[${i}]`;
    const degreeText = [found?.degree, found?.field].filter(Boolean).join(" ");
    checks.push(
      { field: `${key}.institution`, expected: school.institution, actual: found?.institution ?? null },
      { field: `${key}.degree`, expected: school.degree, actual: found?.degree?.split(" ")[0] ?? null },
      {
        field: `${key}.area`,
        expected: school.area,
        actual: degreeText.includes(school.area) ? school.area : degreeText,
      },
      { field: `${key}.start`, expected: school.start_date, actual: found?.start ?? null },
      { field: `${key}.end`, expected: school.end_date, actual: found?.end ?? null },
    );
  });
  const sectionNames = parsed.sections.map((section) => section.name.toLowerCase());
  for (const key of Object.keys(cv.sections)) {
    const title = key.replace(/_/gu, " ");
    checks.push({
      field: `section ${title}`,
      expected: title,
      actual: sectionNames.includes(title.toLowerCase()) ? title : null,
    });
  }
  for (const line of cv.sections.skills) {
    for (const skill of line.details.split(", ")) {
      checks.push({
        field: `skill ${skill}`,
        expected: skill,
        actual: parsed.skills.find((item) => same(item, skill)) ?? null,
      });
    }
  }
  return checks;
}

interface DeedyTruth {
  contact: Record<string, string | null>;
  sections: string[];
  experience: { title: string; company: string; start: string; end: string }[];
  education: { institution: string; degree: string | null; end: string }[];
}

function deedyChecks(parsed: ParsedResume): Check[] {
  const truth = JSON.parse(readFileSync(path.join(FIXTURES, "deedy-two-column.expected.json"), "utf8")) as DeedyTruth;
  const checks: Check[] = Object.entries(truth.contact).map(([field, expected]) => ({
    field: `contact.${field}`,
    expected,
    actual: parsed.contact[field as keyof ParsedResume["contact"]],
  }));
  truth.experience.forEach((job, i) => {
    const found = parsed.experience.find((entry) => same(entry.company, job.company));
    for (const field of ["company", "title", "start", "end"] as const) {
      checks.push({ field: `experience[${i}].${field}`, expected: job[field], actual: found?.[field] ?? null });
    }
  });
  truth.education.forEach((school, i) => {
    const found = parsed.education
      .filter((entry) => same(entry.institution, school.institution))
      .find((entry) => same(entry.end, school.end));
    checks.push(
      { field: `education[${i}].institution`, expected: school.institution, actual: found?.institution ?? null },
      { field: `education[${i}].degree`, expected: school.degree, actual: found?.degree ?? null },
      { field: `education[${i}].end`, expected: school.end, actual: found?.end ?? null },
    );
  });
  const names = parsed.sections.map((section) => section.name.toLowerCase());
  for (const name of truth.sections)
    checks.push({ field: `section ${name}`, expected: name, actual: names.includes(name.toLowerCase()) ? name : null });
  return checks;
}

// ---------------------------------------------------------------------------

const reports = new Map<string, ResumeReport>();
const checksByPdf = new Map<string, Check[]>();
let scanner: ResumeScanner;

beforeAll(async () => {
  // Generous limits: the suite may share the machine with other suites.
  scanner = createResumeScanner({ size: 2, timeLimitMs: 60_000, maxQueued: PDFS.length }); // a batch: every file waits its turn
  await Promise.all(
    PDFS.map(async (file) => {
      const outcome = await scanner.scan(new Uint8Array(readFileSync(path.join(FIXTURES, file))));
      if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
      reports.set(file, outcome.report);
    }),
  );
  for (const file of PDFS) {
    const parsed = reports.get(file)!.parsed;
    checksByPdf.set(
      file,
      file.startsWith("rendercv-") ? renderCvChecks(file.replace(/\.pdf$/u, ""), parsed) : deedyChecks(parsed),
    );
  }
});

afterAll(async () => {
  await scanner?.close();
  printAccuracy();
});

function printAccuracy(): void {
  const group = (field: string) =>
    field
      .replace(/\[\d+\]/gu, "")
      .replace(/^(section|skill) .*/u, "$1s")
      .replace(/\.bullets$/u, ".bullets");
  const totals = new Map<string, { ok: number; all: number }>();
  const rows = [...checksByPdf.entries()].map(([file, checks]) => {
    for (const check of checks) {
      const total = totals.get(group(check.field)) ?? { ok: 0, all: 0 };
      total.all += 1;
      if (same(check.expected, check.actual)) total.ok += 1;
      totals.set(group(check.field), total);
    }
    const ok = checks.filter((check) => same(check.expected, check.actual)).length;
    return `${file.padEnd(34)} ${String(ok).padStart(4)}/${String(checks.length).padEnd(4)} ${((100 * ok) / checks.length).toFixed(1).padStart(6)}%`;
  });
  const fields = [...totals.entries()].map(
    ([field, { ok, all }]) =>
      `${field.padEnd(34)} ${String(ok).padStart(4)}/${String(all).padEnd(4)} ${((100 * ok) / all).toFixed(1).padStart(6)}%`,
  );
  console.log(["Resume corpus field accuracy", "per PDF:", ...rows, "per field:", ...fields].join("\n"));
}

const mismatches = (file: string) =>
  (checksByPdf.get(file) ?? [])
    .filter((check) => !same(check.expected, check.actual))
    .map((check) => `${check.field}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`);

describe("corpus: RenderCV themes against their YAML sources", () => {
  it.each(THEMES)("%s: contact fields exact", (theme) => {
    expect(mismatches(`${theme}.pdf`).filter((line) => line.startsWith("contact."))).toEqual([]);
  });

  it.each(THEMES)("%s: every job with title, employer, dates, place and bullets", (theme) => {
    expect(mismatches(`${theme}.pdf`).filter((line) => line.startsWith("experience"))).toEqual([]);
    expect(reports.get(`${theme}.pdf`)?.parsed.experience).toHaveLength(5);
  });

  it.each(THEMES)("%s: every degree with school, degree, area and dates", (theme) => {
    expect(mismatches(`${theme}.pdf`).filter((line) => line.startsWith("education"))).toEqual([]);
  });

  it.each(THEMES)("%s: every section name and listed skill", (theme) => {
    expect(mismatches(`${theme}.pdf`).filter((line) => line.startsWith("section") || line.startsWith("skill"))).toEqual(
      [],
    );
  });

  it("reads single-column themes (with date side columns) without a multi-column cap", () => {
    for (const theme of THEMES) {
      expect(
        reports.get(`${theme}.pdf`)?.score.gates.map((gate) => gate.id),
        theme,
      ).not.toContain("multi_column");
    }
  });
});

describe("corpus: the two-column LaTeX resume", () => {
  it("reads contact, jobs, degrees and sections column by column", () => {
    expect(mismatches("deedy-two-column.pdf")).toEqual([]);
  });

  it("caps the score for the two-column layout and says why", () => {
    const report = reports.get("deedy-two-column.pdf")!;
    expect(report.layout.multiColumn).toBe(true);
    expect(report.score.gates.find((gate) => gate.id === "multi_column")).toMatchObject({ cap: 75 });
    expect(report.score.total).toBeLessThanOrEqual(75);
  });

  it("flags the tech terms it misspells (Github, Javascript, Matlab, the LaTeX logo read as LATEX)", () => {
    const spelling = reports
      .get("deedy-two-column.pdf")!
      .score.items.flatMap((item) => item.findings)
      .filter((item) => item.ruleId === "consistency.spelling");
    expect(spelling.map((item) => [item.what, item.where])).toEqual([
      ['"Github" is spelled "GitHub"', "Github:// deedydas"],
      ['"Javascript" is spelled "JavaScript"', "Java • Shell • Python • Javascript"],
      ['"Matlab" is spelled "MATLAB"', "OCaml • Matlab • Rails • LATEX"],
      ['"LATEX" is spelled "LaTeX"', "OCaml • Matlab • Rails • LATEX"],
    ]);
  });
});

describe("corpus: determinism", () => {
  it("gives the same PDF the same report every time", async () => {
    const file = "rendercv-sb2nov.pdf";
    const again = await scanner.scan(new Uint8Array(readFileSync(path.join(FIXTURES, file))));
    expect(again).toEqual({ ok: true, report: reports.get(file) });
  });
});
