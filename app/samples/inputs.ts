// The fictional people and facts behind the public samples. Every name, company, number
// and address is made up (example.com addresses, 555-01xx phone numbers). The samples page
// runs the real tools on these; nothing here is an output.
import type { ExportDocument } from "~/documents/export-blocks";

/** A one-page resume, written to PDF by the app's own PDF writer and then scanned. */
export const SAMPLE_RESUME: ExportDocument = {
  title: "Jordan Rivera",
  meta: ["Senior Backend Engineer · Portland, OR · jordan.rivera@example.com · (555) 010-0142"],
  blocks: [
    { type: "heading", level: 2, text: "Summary" },
    {
      type: "paragraph",
      lines: ["Backend engineer with 8 years building payment and billing systems in Go and Python."],
    },
    { type: "heading", level: 2, text: "Experience" },
    { type: "heading", level: 3, text: "Senior Backend Engineer, Larkspur Payments, Portland, OR" },
    { type: "note", text: "March 2020 – April 2026" },
    {
      type: "list",
      items: [
        "Led the move of invoicing to an event-driven design, cutting failed invoice runs by 40% across 3 regions.",
        "Built a rate limiter in Go that held checkout p99 latency under 120 ms at 5x holiday traffic.",
        "Mentored 4 engineers; two were promoted within a year.",
        "Responsible for the on-call rotation.",
      ],
    },
    { type: "heading", level: 3, text: "Software Engineer, Tidewater Logistics, Seattle, WA" },
    { type: "note", text: "June 2017 – February 2020" },
    {
      type: "list",
      items: [
        "Wrote the shipment-tracking API in Python and PostgreSQL, serving 2 million requests a day.",
        "Worked on the data pipeline.",
      ],
    },
    { type: "heading", level: 2, text: "Education" },
    { type: "paragraph", lines: ["B.S. Computer Science, Oregon State University, 2017"] },
    { type: "heading", level: 2, text: "Skills" },
    { type: "paragraph", lines: ["Go, Python, PostgreSQL, Kafka, Kubernetes, AWS, gRPC, Terraform"] },
  ],
};

export const SAMPLE_JOB_DESCRIPTION = `Staff Backend Engineer, Payments
We are looking for a backend engineer to lead our payments platform.
Requirements: 7+ years of backend experience; Go or Java; PostgreSQL; Kafka; experience with payment systems and PCI; AWS.
Nice to have: Kubernetes, Terraform, mentoring engineers.`;

/** The mock interview: one behavioural question of an Amazon-style loop, answered. */
export const SAMPLE_INTERVIEW = {
  choices: { company: "amazon", role: "backend", level: "L5", stage: "behavioral", seed: "public-sample" },
  // Written for the question the seed picks (taking on work outside your role); if the
  // bank changes and another question comes up, the page shows how this answer fares there.
  answer: [
    "Last year I was a senior engineer on the invoicing team at Larkspur Payments, and the nightly invoice run failed about once a week.",
    "The run belonged to no team: the data team had built it years before and moved on, so each failure was patched by whoever was on call.",
    "It was outside my job description, but our biggest customer was renewing in two months and every failed run delayed their invoices.",
    "Without being asked, I read three months of incident notes and found that most failures came from one slow database query.",
    "I wrote a short design document for moving the run to an event queue, built the first version in three weeks and ran it next to the old job for a fortnight.",
    "As a result, failed runs dropped by 40%, and the customer renewed for three more years.",
    "I wrote a runbook and handed the job to the platform team, who own it now.",
  ].join(" "),
};

/** The layoff-explanation form as a person would fill it in. */
export const SAMPLE_LAYOFF_FORM: Record<string, string | string[]> = {
  lastRole: "Senior Backend Engineer",
  company: "Larkspur Payments",
  startDate: "2020-03",
  endDate: "2026-04",
  layoffType: "company_wide",
  affectedCount: "300",
  whatHappened: "The company lost its largest customer and cut a quarter of staff.",
  delivered:
    "Led the move of invoicing to an event-driven design, cutting failed invoice runs by 40% across 3 regions.",
  since: ["learning", "projects"],
  sinceDetails: "Built an open-source rate limiter in Go",
  nextGoal: "Lead a payments platform team at a product company",
  targetRole: "Staff Backend Engineer",
  tone: "plain",
};

/** The negotiation form: an offer to counter. */
export const SAMPLE_NEGOTIATION_FORM: Record<string, string> = {
  company: "Brightwater Health",
  role: "Senior Software Engineer",
  level: "senior",
  companyLevel: "",
  location: "Seattle, WA",
  baseSalary: "$158,000",
  bonusPercent: "10",
  equityKind: "none",
  equityAmount: "",
  sharePrice: "",
  vestingYears: "",
  vestingSchedule: "",
  signOnBonus: "",
  startDate: "",
  competingBase: "",
  competingTotal: "",
  priority: "base",
  deadline: "",
  recruiterName: "Morgan Lee",
  yourName: "Jordan Rivera",
  tone: "warm",
  currency: "USD",
};
