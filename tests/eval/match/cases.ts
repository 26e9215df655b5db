// Job-match evaluation cases: a job description, a resume (as the parser would return it)
// and the answers a recruiter would give: which of the posting's skills the resume shows
// in its work, which it only lists, which it lacks, and whether the titles match.
//
// One case per file, in a small line format so cases are quick to write and read:
//
//   id: fintech-backend-go            split: tuning | heldout (whole kinds are held out)
//   batch: fresh | fresh-2 | …        (held-out batches written later, in other writing voices;
//                                      each is reported as its own column, never as tuning)
//   kind: backend/fintech
//   title: match | nomatch            matched: Go, PostgreSQL     listed: …     missing: …
//   acceptable: …                     (reported in any class or not at all: never an error)
//   preferred: …                      (when given: exactly these of the posting's skills are nice-to-haves)
//   --- job
//   <the posting, as pasted>
//   --- resume
//   summary: …
//   job: Title | Company | 2021-03 | present      (then "- bullet" lines)
//   project: Name                                 (then "- bullet" lines)
//   skills: a, b, c
//   certification: …
//   education: Degree | School | 2014-09 | 2018-05
//   section Talks:                                (then "- line" lines; any other section)
import fs from "node:fs";
import path from "node:path";
import type { ParsedResume, SectionKind } from "~/resume/types";

export interface MatchCase {
  id: string;
  file: string;
  split: "tuning" | "heldout";
  batch: string | null;
  kind: string;
  title: "match" | "nomatch" | null;
  matched: string[];
  listed: string[];
  missing: string[];
  acceptable: string[];
  /** Null when the case does not say which skills are nice-to-haves. */
  preferred: string[] | null;
  job: string;
  resume: ParsedResume;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

const SECTION_KINDS: Record<string, SectionKind> = {
  talks: "talks",
  publications: "publications",
  awards: "awards",
  volunteering: "volunteering",
  interests: "interests",
  languages: "languages",
  coursework: "coursework",
  leadership: "leadership",
  patents: "patents",
};

function parseResume(lines: string[]): ParsedResume {
  const resume: ParsedResume = {
    contact: {
      fullName: "Test Person",
      email: "test@example.com",
      phone: null,
      location: null,
      linkedin: null,
      github: null,
      website: null,
    },
    contactSources: {},
    summary: null,
    experience: [],
    education: [],
    skills: [],
    certifications: [],
    projects: [],
    sections: [],
    structure: { lines: lines.length, assigned: lines.length, structured: true },
  };
  let bullets: string[] | null = null;
  const section = (name: string, kind: SectionKind) => {
    let found = resume.sections.find((s) => s.name === name);
    if (!found) {
      found = { name, kind, lines: [], page: 1 };
      resume.sections.push(found);
    }
    return found;
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("- ") && bullets) {
      bullets.push(line.slice(2).trim());
      continue;
    }
    const [key, ...restParts] = line.split(":");
    const rest = restParts.join(":").trim();
    if (key === "summary") {
      resume.summary = rest;
      section("Summary", "summary").lines.push(rest);
      bullets = null;
    } else if (key === "job") {
      const [title, company, start, end] = rest.split("|").map((part) => part.trim());
      const entry = {
        title: title || null,
        company: company || null,
        location: null,
        start: start || null,
        end: end || null,
        dates: `${start} – ${end}`,
        bullets: [] as string[],
        header: `${title}, ${company}`,
        page: 1,
        sources: {},
      };
      resume.experience.push(entry);
      section("Experience", "experience").lines.push(entry.header);
      bullets = entry.bullets;
    } else if (key === "project") {
      const entry = { name: rest, description: null, start: null, end: null, bullets: [] as string[], header: rest };
      resume.projects.push(entry);
      section("Projects", "projects").lines.push(rest);
      bullets = entry.bullets;
    } else if (key === "skills") {
      resume.skills.push(...list(rest));
      section("Skills", "skills").lines.push(rest);
      bullets = null;
    } else if (key === "certification") {
      resume.certifications.push(rest);
      section("Certifications", "certifications").lines.push(rest);
      bullets = null;
    } else if (key === "education") {
      const [degree, institution, start, end] = rest.split("|").map((part) => part.trim());
      resume.education.push({
        degree: degree || null,
        field: null,
        institution: institution || null,
        location: null,
        start: start || null,
        end: end || null,
        dates: `${start} – ${end}`,
        details: [],
        header: `${degree}, ${institution}`,
        page: 1,
        sources: {},
      });
      section("Education", "education").lines.push(`${degree}, ${institution}`);
      bullets = null;
    } else if (key.startsWith("section ")) {
      const name = key.slice("section ".length).trim();
      const target = section(name, SECTION_KINDS[name.toLowerCase()] ?? "other");
      bullets = target.lines;
      if (rest) target.lines.push(rest);
    } else {
      throw new Error(`Unknown resume line: ${line}`);
    }
  }
  for (const entry of resume.experience) section("Experience", "experience").lines.push(...entry.bullets);
  for (const entry of resume.projects) section("Projects", "projects").lines.push(...entry.bullets);
  return resume;
}

export function parseCase(text: string, file: string): MatchCase {
  const [head, afterJob = ""] = text.split(/^--- job\s*$/mu);
  const [job, resumeText = ""] = afterJob.split(/^--- resume\s*$/mu);
  const fields = new Map<string, string>();
  for (const line of head.split("\n")) {
    const match = line.match(/^(\w+):\s*(.*)$/u);
    if (match) fields.set(match[1], match[2].trim());
  }
  const split = fields.get("split");
  if (split !== "tuning" && split !== "heldout") throw new Error(`${file}: split must be tuning or heldout`);
  // A batch is a held-out set; on a tuning case it would be folded into tuning unseen.
  if (split === "tuning" && fields.has("batch")) throw new Error(`${file}: a batch is held out (split: heldout)`);
  const title = fields.get("title");
  return {
    id: fields.get("id") ?? path.basename(file, ".txt"),
    file,
    split,
    batch: fields.get("batch") ?? null,
    kind: fields.get("kind") ?? "",
    title: title === "match" || title === "nomatch" ? title : null,
    matched: list(fields.get("matched")),
    listed: list(fields.get("listed")),
    missing: list(fields.get("missing")),
    acceptable: list(fields.get("acceptable")),
    preferred: fields.has("preferred") ? list(fields.get("preferred")) : null,
    job: job.trim(),
    resume: parseResume(resumeText.split("\n")),
  };
}

export const CASES_DIR = path.resolve("tests/eval/match/cases");

export function loadCases(dir = CASES_DIR): MatchCase[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => parseCase(fs.readFileSync(path.join(dir, name), "utf8"), name));
}
