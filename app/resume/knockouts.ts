// The knockout questions a posting implies: what an application form asks before any
// human reads the resume (work authorisation, location, years of experience, degree,
// clearance), each with the posting's own words and what the resume shows. Pure.
import { monthDifference, parseMonth } from "~/calendar/months";
import { plural } from "./plural.ts";
import type { KnockoutItem, ParsedResume } from "./types.ts";

const AUTHORISATION =
  /\b(?:authori[sz]ed to work|work authori[sz]ation|right to work|visa sponsorship|sponsor(?:ship)?|U\.?S\.? citizen(?:ship)?|green card|H-?1B|work permit)\b/iu;
const LOCATION =
  /\b(?:on-?site|in[- ]office|hybrid|relocat\w*|must (?:live|reside|be (?:located|based))|based in|within commuting|days a week in)\b/iu;
const YEARS = /\b(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?years?\b/iu;
const DEGREE = /\b(?:bachelor'?s|master'?s|ph\.?\s?d|doctorate|B\.?S\.?c?|B\.?A\.?|M\.?S\.?c?|degree)\b/u;
const DEGREE_INSENSITIVE = /\b(?:bachelor'?s|master'?s|ph\.?\s?d|doctorate|degree)\b/iu;
const CLEARANCE = /\b(?:security clearance|clearance|TS\/SCI|top secret|secret clearance|public trust)\b/iu;
const NO_DEGREE_NEEDED = /\bno degree (?:required|needed)\b|\bor equivalent (?:practical )?experience\b/iu;

function lineWith(text: string, pattern: RegExp): string | null {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .find((line) => pattern.test(line)) ?? null
  );
}

/** Months of work the resume shows, overlapping jobs counted once, internships included. */
export function monthsOfExperience(resume: ParsedResume, today: Date = new Date()): number {
  const now = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  const months = new Set<number>();
  for (const job of resume.experience) {
    const first = job.start ? parseMonth(job.start) : null;
    const last = job.end === "present" ? now : job.end ? parseMonth(job.end) : null;
    if (!first || !last) continue;
    const start = first.year * 12 + first.month;
    for (let i = 0; i <= monthDifference(first, last); i++) months.add(start + i);
  }
  return months.size;
}

const DEGREE_RANK: [RegExp, number, string][] = [
  [/\b(?:ph\.?\s?d|doctor)/iu, 3, "a doctorate"],
  [/\b(?:master|m\.?s\.?c?\b|m\.?eng|mba|m\.?a\.?\b)/iu, 2, "a master's degree"],
  [/\b(?:bachelor|b\.?s\.?c?\b|b\.?a\.?\b|b\.?eng|b\.?tech|bfa)/iu, 1, "a bachelor's degree"],
];

function degreeRank(text: string): { rank: number; name: string } | null {
  for (const [pattern, rank, name] of DEGREE_RANK) if (pattern.test(text)) return { rank, name };
  return null;
}

export function knockoutQuestions(
  jobDescription: string,
  resume: ParsedResume,
  today: Date = new Date(),
): KnockoutItem[] {
  const items: KnockoutItem[] = [];
  const authorisation = lineWith(jobDescription, AUTHORISATION);
  if (authorisation) {
    items.push({
      id: "work_authorisation",
      question:
        "Are you authorised to work in the country of this job, and will you need visa sponsorship now or later?",
      posting: authorisation,
      resume: null,
      status: "answer",
    });
  }
  const location = lineWith(jobDescription, LOCATION);
  if (location) {
    items.push({
      id: "location",
      question: "Can you work where and how this job asks (on site, hybrid days, relocation)?",
      posting: location,
      resume: resume.contact.location
        ? `Your resume gives your location as ${resume.contact.location}.`
        : "Your resume gives no location; the form will ask.",
      status: resume.contact.location ? "answer" : "missing",
    });
  }
  const yearsLine = lineWith(jobDescription, YEARS);
  const years = yearsLine?.match(YEARS);
  if (yearsLine && years && /experience|years/iu.test(yearsLine)) {
    const asked = Number(years[1]);
    const months = monthsOfExperience(resume, today);
    const shown = Math.floor(months / 12);
    items.push({
      id: "years",
      question: `Do you have ${plural(asked, "year")} of the experience asked for?`,
      posting: yearsLine,
      resume:
        months === 0
          ? "No dated jobs were read from your resume."
          : `Your dated jobs add up to about ${plural(shown, "year")} (overlaps counted once).`,
      status: months === 0 ? "missing" : shown >= asked ? "meets" : "short",
    });
  }
  const degreeLine = lineWith(jobDescription, DEGREE_INSENSITIVE) ?? lineWith(jobDescription, DEGREE);
  if (degreeLine && !NO_DEGREE_NEEDED.test(jobDescription)) {
    const asked = degreeRank(degreeLine) ?? { rank: 1, name: "a degree" };
    const held = resume.education
      .map((entry) => degreeRank([entry.degree, entry.field].filter(Boolean).join(" ")))
      .filter((degree): degree is { rank: number; name: string } => degree !== null)
      .sort((a, b) => b.rank - a.rank)[0];
    items.push({
      id: "degree",
      question: `Do you hold ${asked.name} (or what the posting accepts instead)?`,
      posting: degreeLine,
      resume: held ? `Your resume shows ${held.name}.` : "No degree was read from your resume's education section.",
      status: held ? (held.rank >= asked.rank ? "meets" : "short") : "missing",
    });
  }
  const clearance = lineWith(jobDescription, CLEARANCE);
  if (clearance) {
    const mentioned = resume.sections.some((section) => section.lines.some((line) => CLEARANCE.test(line)));
    items.push({
      id: "clearance",
      question: "Do you hold, or can you obtain, the security clearance this job needs?",
      posting: clearance,
      resume: mentioned ? "Your resume mentions a clearance." : "Your resume does not mention a clearance.",
      status: mentioned ? "answer" : "missing",
    });
  }
  return items;
}
