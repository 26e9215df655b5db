// Per-company facts with their sources (data/company-facts.json): what the plan may rely on
// when it names a lever, and what it must not ask for. A fact marked "unverified" is shown
// in the plan as such and never becomes a reason in the email.
import { z } from "zod";
import rawFacts from "./data/company-facts.json";

const sourceShape = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
  /** When the source is from: YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/),
});

const factShape = z.object({
  topic: z.enum(["vesting", "sign_on", "base_cap", "pay_philosophy"]),
  statement: z.string().min(1),
  status: z.enum(["official", "reported", "unverified"]),
  source: sourceShape,
  vestingPercents: z.array(z.number().positive()).optional(),
  signOnYears: z.number().int().min(1).max(4).optional(),
  scheduleNegotiable: z.boolean().optional(),
  baseCapCents: z.number().int().positive().optional(),
});

const factsFileShape = z.object({
  checked: z.string(),
  companies: z.array(
    z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), facts: z.array(factShape) }),
  ),
});

export type CompanyFact = z.infer<typeof factShape>;

export interface CompanyFacts {
  id: string;
  name: string;
  facts: CompanyFact[];
  /** When the sources were last checked. */
  checked: string;
  /** Usable in an email: official or reported, never unverified. */
  vestingPercents: number[] | null;
  /** How many years the company pays a sign-on over; null when unknown. */
  signOnYears: number | null;
  /** False when the vesting schedule is reported to be fixed. */
  scheduleNegotiable: boolean;
  baseCapCents: number | null;
  paysTopOfMarket: boolean;
}

const parsed = factsFileShape.parse(rawFacts);

const comparable = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();

function summarise(company: (typeof parsed.companies)[number]): CompanyFacts {
  const usable = company.facts.filter((fact) => fact.status !== "unverified");
  const first = <K extends keyof CompanyFact>(key: K) => usable.find((fact) => fact[key] !== undefined)?.[key] ?? null;
  return {
    id: company.id,
    name: company.name,
    facts: company.facts,
    checked: parsed.checked,
    vestingPercents: first("vestingPercents") as number[] | null,
    signOnYears: first("signOnYears") as number | null,
    scheduleNegotiable: (first("scheduleNegotiable") as boolean | null) ?? true,
    baseCapCents: first("baseCapCents") as number | null,
    paysTopOfMarket: usable.some((fact) => fact.topic === "pay_philosophy"),
  };
}

const COMPANIES = parsed.companies.map(summarise);

/** The facts on file for a company name as the person typed it; null for any other company. */
export function companyFacts(company: string): CompanyFacts | null {
  const wanted = comparable(company);
  const found = parsed.companies.findIndex(
    (entry) => comparable(entry.name) === wanted || entry.aliases.some((alias) => comparable(alias) === wanted),
  );
  return found === -1 ? null : COMPANIES[found];
}

/** Every company on file, for the README and the plan's source list. */
export function allCompanyFacts(): readonly CompanyFacts[] {
  return COMPANIES;
}
