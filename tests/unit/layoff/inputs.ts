// Layoff-explanation inputs shared by the unit and integration tests.
import { parseLayoffForm, type LayoffInput } from "~/layoff/schema";

/** Every test writes "today" at this moment, so gaps and future dates are fixed. */
export const TODAY = new Date("2024-11-15T12:00:00Z");

export const TYPICAL_FORM: Record<string, unknown> = {
  lastRole: "Senior Backend Engineer",
  company: "Acme Payments",
  startDate: "2020-02",
  endDate: "2024-03",
  layoffType: "company_wide",
  affectedCount: "1,200",
  whatHappened: "The company missed its revenue targets and cut a fifth of staff.",
  delivered: "Led the migration of billing to Stripe, cutting failed payments by 30% across 4 markets.",
  since: ["learning", "projects"],
  sinceDetails: "Completed the AWS Solutions Architect certification",
  nextGoal: "Lead a small platform team at a product company",
  targetRole: "Staff Engineer",
  tone: "plain",
};

/** The shortest honest answers the form accepts. */
export const SHORT_FORM: Record<string, unknown> = {
  lastRole: "PM",
  company: "Initech",
  startDate: "2024-01",
  endDate: "2024-10",
  delivered: "Roadmap",
  since: ["job_search"],
  nextGoal: "A PM job",
};

/** Every free-text field at its word or character limit. */
export const LONGEST_FORM: Record<string, unknown> = {
  lastRole: "Principal Senior Staff Software Engineer Platform Reliability Infrastructure",
  company: "Globex International Holdings Group Worldwide Ltd",
  startDate: "2010-01",
  endDate: "2023-11",
  affectedCount: "250000",
  whatHappened: "x".repeat(500),
  delivered:
    "Designed and built the company's internal developer platform used by more than two thousand engineers across twelve countries, reducing deploy times from hours to minutes and cutting infrastructure spending substantially year over year with a team of twenty engineers in four time zones and a budget of nine million",
  since: ["learning", "projects", "freelancing", "caregiving", "job_search"],
  sinceDetails:
    "Completed a graduate certificate in distributed systems, contributed to open source observability tooling, and consulted for three early stage startups on their infrastructure and hiring plans this year",
  nextGoal:
    "I want to lead a platform engineering organisation at a mission-driven company where reliability and developer experience are treated as first-class product concerns by leadership and by everyone else there too",
  targetRole: "Director of Platform Engineering and Developer Experience",
  tone: "plain",
};

export function layoffInput(form: Record<string, unknown> = TYPICAL_FORM, overrides: Record<string, unknown> = {}): LayoffInput {
  const parsed = parseLayoffForm({ ...form, ...overrides }, TODAY);
  if (!parsed.ok) throw new Error(`Test input is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.input;
}

/** What a well-behaved model might write for TYPICAL_FORM: rephrased, within the rules. */
export const GOOD_MODEL_REPLY = `### Interview answer
I spent just over four years as a Senior Backend Engineer at Acme Payments. My biggest project was moving billing to Stripe, which cut failed payments by 30% across 4 markets. In March 2024 the company cut 1,200 jobs, and my role was one of them. Since then I've been learning and building my own projects, including the AWS Solutions Architect certification. Now I'm looking for a Staff Engineer role where I can lead a small platform team at a product company.

### Why were you chosen?
I wasn't told how roles were picked, and I won't guess. What I can speak to is my work: the billing migration to Stripe and the drop in failed payments.

### Cover letter
After four years as a Senior Backend Engineer at Acme Payments, where I led the billing migration to Stripe, my role was cut in March 2024. I'm ready to bring that experience to a Staff Engineer role.

### LinkedIn post
I'm open to work.

For four years I was a Senior Backend Engineer at Acme Payments, where I led the migration of billing to Stripe and cut failed payments by 30% across 4 markets. In March 2024 the company cut 1,200 jobs, including mine.

Since then I've been learning and building my own projects, and I completed the AWS Solutions Architect certification. I'm looking for a Staff Engineer role leading a small platform team at a product company. If your team is hiring, I'd welcome a message. #OpenToWork

### LinkedIn headline
Staff Engineer | Platform teams | ex-Acme Payments
`;
