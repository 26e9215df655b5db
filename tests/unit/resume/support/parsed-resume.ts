// A parsed resume that breaks no rule, for tests to spoil one thing at a time.
import type { ExperienceEntry, ParsedResume } from "../../../../app/resume/types.ts";

export function job(overrides: Partial<ExperienceEntry> = {}): ExperienceEntry {
  return {
    title: "Senior Software Engineer",
    company: "Stripe",
    location: "Austin, TX",
    start: "2021-03",
    end: "present",
    dates: "Mar 2021 – Present",
    bullets: [
      "Led migration of the ledger service to Kubernetes, cutting deploy time by 40%",
      "Designed an idempotent payouts API in Go handling 3M requests a day",
      "Mentored four engineers and ran the on-call rotation for the payments team",
    ],
    header: "Senior Software Engineer, Stripe | Mar 2021 – Present",
    page: 1,
    sources: {},
    ...overrides,
  };
}

export function goodResume(): ParsedResume {
  return {
    contact: {
      fullName: "Jane Rivera",
      email: "jane@example.com",
      phone: "+1 512 555 0142",
      location: "Austin, TX",
      linkedin: "linkedin.com/in/janerivera",
      github: null,
      website: null,
    },
    contactSources: {},
    summary: "Backend engineer.",
    experience: [
      job(),
      job({
        title: "Software Engineer",
        company: "Plaid",
        start: "2017-06",
        end: "2021-02",
        dates: "Jun 2017 – Feb 2021",
        header: "Software Engineer, Plaid | Jun 2017 – Feb 2021",
        bullets: [
          "Built a Python data pipeline on Airflow that cut reconciliation errors by 35%",
          "Reduced PostgreSQL query latency by 60% by redesigning indexes",
          "Shipped a fraud-scoring service used by 200 bank partners",
        ],
      }),
    ],
    education: [
      {
        degree: "BS in Computer Science",
        field: null,
        institution: "University of Texas at Austin",
        location: null,
        start: "2013-09",
        end: "2017-05",
        dates: "Sep 2013 – May 2017",
        details: [],
        header: "University of Texas at Austin | Sep 2013 – May 2017",
        page: 1,
        sources: {},
      },
    ],
    skills: ["Go", "Python", "Kubernetes"],
    certifications: [],
    projects: [],
    sections: [
      { name: "", kind: "header", lines: [], page: 1 },
      { name: "Summary", kind: "summary", lines: [], page: 1 },
      { name: "Experience", kind: "experience", lines: [], page: 1 },
      { name: "Education", kind: "education", lines: [], page: 1 },
      { name: "Skills", kind: "skills", lines: [], page: 1 },
    ],
    structure: { lines: 40, assigned: 40, structured: true },
  };
}
