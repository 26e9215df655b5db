// The negotiation form: every field arrives as a posted string and leaves as a typed
// value (money in integer USD cents, dates as ISO YYYY-MM-DD), or as a field-level
// message a person can act on. Parsing never throws.
import { z } from "zod";
import { LEVELS, type Level } from "~/market/types";
import { formatCount, formatMoney } from "~/format";

export const TONES = ["warm", "direct", "formal"] as const;
export type Tone = (typeof TONES)[number];

export const PRIORITIES = ["base", "total", "equity", "start_date", "remote"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const EQUITY_KINDS = ["none", "dollars", "shares"] as const;
export type EquityKind = (typeof EQUITY_KINDS)[number];

export type VestingScheduleName = "even" | "cliff_even" | "amazon_5_15_40_40" | "custom";

export interface VestingSchedule {
  name: VestingScheduleName;
  /** Share of the grant vesting in each year, in percent, summing to 100. */
  yearlyPercents: number[];
  /** Nothing vests before the first anniversary. */
  cliff: boolean;
}

export interface EquityGrant {
  /** Value of the whole grant. */
  totalCents: number;
  /** Present when the user gave a share count; the total is count × price. */
  shares: { count: number; priceCents: number } | null;
  vesting: VestingSchedule;
}

/** A validated negotiation request. Free text is trimmed, whitespace collapsed. */
export interface NegotiationInput {
  company: string;
  role: string;
  level: Level;
  /** The company's own name for the level (e.g. "L4"), "" when not given. */
  companyLevel: string;
  location: string;
  baseCents: number;
  bonusPercent: number;
  equity: EquityGrant | null;
  signOnCents: number;
  startDate: string | null;
  competingBaseCents: number | null;
  competingTotalCents: number | null;
  /** Most important first. */
  priorities: Priority[];
  deadline: string | null;
  /** "" when not given. */
  recruiterName: string;
  /** The person's own name, for the sign-off. */
  yourName: string;
  /** The job title as the offer names it; "" when not given (the role stands in). */
  jobTitle: string;
  /** The person's own level when the offer is at a lower one; null when not given. */
  yourLevel: Level | null;
  /** The person has already answered this offer once, so the email is a follow-up. */
  alreadyReplied: boolean;
  tone: Tone;
}

const BASE_SALARY_BOUNDS = { minCents: 10_000_00, maxCents: 5_000_000_00 } as const;
const SIGN_ON_MAX_CENTS = 5_000_000_00;
const EQUITY_BOUNDS = { minCents: 1_000_00, maxCents: 100_000_000_00 } as const;
const SHARE_PRICE_BOUNDS = { minCents: 1, maxCents: 1_000_000_00 } as const;
const SHARE_COUNT_MAX = 1_000_000_000;
const MAX_VESTING_YEARS = 10;
/** Longer than any honest value of any field; checked before anything else so that
 *  the pattern checks below only ever see short strings. */
const MAX_RAW_LENGTH = 300;

// ---------- amounts ----------

export type AmountParse =
  { ok: true; cents: number } | { ok: false; reason: "empty" | "not_an_amount" | "negative" | "other_currency" };

const OTHER_CURRENCY_SYMBOL = /[€£¥₹₩₽₪₺₴₦₱฿¢]/;
const PER_YEAR_SUFFIX = /\s*(?:\/\s*(?:yr|year)|per\s+year|a\s+year|annually|yearly)$/i;
const AMOUNT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([kKmM])?$/;

/** Reads "$185,000", "185000", "185k", "$1.2M", "USD 185,000" as USD cents.
 *  Any other currency is reported, never converted. */
export function parseUsdAmount(raw: string): AmountParse {
  let text = raw.trim().replace(PER_YEAR_SUFFIX, "");
  if (text === "") return { ok: false, reason: "empty" };
  if (OTHER_CURRENCY_SYMBOL.test(text)) return { ok: false, reason: "other_currency" };
  // A code or a letter prefix before "$" (C$, A$, CA$) names a currency; only US$ and USD are ours.
  const prefixed = /^([A-Za-z]{1,3})\s*\$/.exec(text);
  if (prefixed && prefixed[1].toUpperCase() !== "US") return { ok: false, reason: "other_currency" };
  const codes = text.match(/\b[A-Z]{3}\b/g) ?? [];
  if (codes.some((code) => code !== "USD")) return { ok: false, reason: "other_currency" };
  text = text
    .replace(/\bUSD\b|^US(?=\s*\$)/g, "")
    .replace(/\$/g, "")
    .replace(/[\s\u00a0\u202f]+/g, "")
    .replace(/^\u2212/, "-");
  const match = AMOUNT.exec(text);
  if (!match) return { ok: false, reason: "not_an_amount" };
  const [, minus, whole, fraction = "", suffix] = match;
  const multiplier = suffix === undefined ? 1 : suffix.toLowerCase() === "k" ? 1_000 : 1_000_000;
  const cents = Math.round(Number(whole.replace(/,/g, "") + fraction) * multiplier * 100);
  if (minus) return { ok: false, reason: "negative" };
  return { ok: true, cents };
}

function amountMessage(reason: Exclude<AmountParse, { ok: true }>["reason"], label: string): string {
  switch (reason) {
    case "empty":
      return `Enter the ${label}.`;
    case "not_an_amount":
      return `Enter the ${label} as an amount in US dollars, e.g. $185,000 or 185k.`;
    case "negative":
      return `The ${label} can't be negative.`;
    case "other_currency":
      return `Only US dollars are supported: enter the ${label} in USD. We don't convert currencies.`;
  }
}

interface AmountRule {
  label: string;
  minCents: number;
  maxCents: number;
}

type IssueSink = { addIssue: (issue: { code: "custom"; message: string }) => void };

/** Cents, or null when empty; on a bad amount, reports it and returns z.NEVER. */
function checkAmount(raw: string, rule: AmountRule, ctx: IssueSink): number | null {
  const parsed = parseUsdAmount(raw);
  if (!parsed.ok) {
    if (parsed.reason === "empty") return null;
    ctx.addIssue({ code: "custom", message: amountMessage(parsed.reason, rule.label) });
    return z.NEVER;
  }
  if (parsed.cents < rule.minCents || parsed.cents > rule.maxCents) {
    ctx.addIssue({
      code: "custom",
      message: `The ${rule.label} should be between ${formatMoney(rule.minCents)} and ${formatMoney(rule.maxCents)}.`,
    });
    return z.NEVER;
  }
  return parsed.cents;
}

/** An optional amount: empty reads as null. */
function amountField(rule: AmountRule) {
  return formString(rule.label).transform((raw, ctx) => checkAmount(raw, rule, ctx));
}

function requiredAmountField(rule: AmountRule) {
  return formString(rule.label).transform((raw, ctx): number => {
    const cents = checkAmount(raw, rule, ctx);
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: amountMessage("empty", rule.label) });
      return z.NEVER;
    }
    return cents;
  });
}

// ---------- free text ----------

/** Phrases that address a program rather than name a company, role or person. The
 *  text may later reach a language model, so such input is refused, not passed on. */
const INSTRUCTION_PATTERNS = [
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|above|previous|everything)\b/i,
  /\b(?:system|developer|assistant)\s*(?:prompt|message|:)/i,
  /\byou\s+are\s+now\b/i,
  /\b(?:act\s+as|pretend\s+to\s+be|jailbreak)\b/i,
  /<\|[a-z_]+\|>|\[\/?inst\]|#{2,}\s*(?:instruction|system)/i,
];

interface TextRule {
  label: string;
  required: boolean;
  maxLength: number;
  /** Extra check for the field's own shape; returns a message when the text fails it. */
  shape?: (text: string) => string | null;
}

/** A posted value: absent reads as "", anything but a short string is refused. */
function formString(label: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? "" : value),
    z.string({ error: `The ${label} must be text.` }).max(MAX_RAW_LENGTH, { error: `The ${label} is too long.` }),
  );
}

function freeTextProblem(text: string, rule: TextRule): string | null {
  const label = rule.label;
  if (text.length > rule.maxLength) return `Keep the ${label} to ${rule.maxLength} characters or fewer.`;
  if (/[\p{Cc}\p{Cf}]/u.test(text))
    return `The ${label} contains invisible or control characters; type it again as plain text.`;
  if (/[<>{}`]/.test(text)) return `The ${label} can't contain markup characters (< > { } \`).`;
  if (/:\/\//.test(text)) return `The ${label} can't contain a link.`;
  if (/[$€£¥₹₩₽¢]/.test(text)) return `The ${label} can't contain amounts; put amounts in the offer fields.`;
  if (INSTRUCTION_PATTERNS.some((pattern) => pattern.test(text))) {
    return `The ${label} looks like instructions rather than a ${label}; enter just the ${label}.`;
  }
  return rule.shape?.(text) ?? null;
}

function textField(rule: TextRule) {
  return formString(rule.label).transform((raw, ctx) => {
    const text = raw
      .normalize("NFC")
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    if (text === "") {
      if (rule.required)
        ctx.addIssue({
          code: "custom",
          message: `Enter ${rule.label.startsWith("your ") ? "" : "the "}${rule.label}.`,
        });
      return text;
    }
    const problem = freeTextProblem(text, rule);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return text;
  });
}

const personName = (whose: string) => (text: string) =>
  /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(text)
    ? null
    : `${whose} name can only contain letters, spaces, hyphens, apostrophes and full stops.`;

/** Posted choices are snake_case; older saved documents and links used hyphens. */
const choiceKey = (raw: string) =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

// ---------- choices, numbers, dates ----------

function choiceField<const T extends readonly string[]>(
  label: string,
  choices: T,
  message: string,
  fallback?: T[number],
) {
  return formString(label).transform((raw, ctx): T[number] => {
    const value = choiceKey(raw);
    if (value === "" && fallback !== undefined) return fallback;
    const found = choices.find((choice) => choice === value);
    if (found === undefined) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return found;
  });
}

function percentField(label: string) {
  return formString(label).transform((raw, ctx): number => {
    const text = raw.trim().replace(/\s*%$/, "");
    if (text === "") return 0;
    if (!/^-?\d+(?:\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label} as a percentage, e.g. 15 or 15%.` });
      return z.NEVER;
    }
    const percent = Number(text);
    if (percent < 0 || percent > 100) {
      ctx.addIssue({ code: "custom", message: `The ${label} should be between 0% and 100%.` });
      return z.NEVER;
    }
    return percent;
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function dateField(label: string) {
  return formString(label).transform((raw, ctx): string | null => {
    const text = raw.trim();
    if (text === "") return null;
    const year = Number(text.slice(0, 4));
    if (!isIsoDate(text) || year < 2000 || year > 2100) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label} as a date, e.g. 2025-06-30.` });
      return z.NEVER;
    }
    return text;
  });
}

const vestingYearsField = formString("vesting period").transform((raw, ctx): number | null => {
  const text = raw.trim().replace(/\s*years?$/i, "");
  if (text === "") return null;
  const years = Number(text);
  if (!/^\d+$/.test(text) || years < 1 || years > MAX_VESTING_YEARS) {
    ctx.addIssue({
      code: "custom",
      message: `Enter the vesting period as a whole number of years between 1 and ${MAX_VESTING_YEARS}.`,
    });
    return z.NEVER;
  }
  return years;
});

/** A named schedule, or the user's own yearly percentages ("25,25,25,25", "10/20/30/40"). */
type ScheduleChoice =
  | { name: "even" | "cliff_even"; yearlyPercents: null }
  | { name: "amazon_5_15_40_40" | "custom"; yearlyPercents: number[] };

const AMAZON_PERCENTS = [5, 15, 40, 40];

const vestingScheduleField = formString("vesting schedule").transform((raw, ctx): ScheduleChoice | null => {
  const text = raw.trim().toLowerCase();
  if (text === "") return null;
  const key = choiceKey(text);
  if (key === "even" || key === "cliff_even") return { name: key, yearlyPercents: null };
  if (key === "amazon_5_15_40_40") return { name: key, yearlyPercents: AMAZON_PERCENTS };
  const parts = text.split(/\s*[,/;]\s*|\s+/).map((part) => part.replace(/%$/, ""));
  if (parts.length > MAX_VESTING_YEARS || !parts.every((part) => /^\d+(?:\.\d+)?$/.test(part))) {
    ctx.addIssue({
      code: "custom",
      message: `Choose a vesting schedule, or give the percentage vesting each year, e.g. 25,25,25,25 (at most ${MAX_VESTING_YEARS} years).`,
    });
    return z.NEVER;
  }
  const yearlyPercents = parts.map(Number);
  const sum = yearlyPercents.reduce((total, percent) => total + percent, 0);
  if (Math.abs(sum - 100) > 0.01) {
    ctx.addIssue({
      code: "custom",
      message: `The yearly vesting percentages should add up to 100; these add up to ${Number(sum.toFixed(2))}.`,
    });
    return z.NEVER;
  }
  return { name: "custom", yearlyPercents };
});

const priorityField = z
  .preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string({ error: "Choose what matters most." }).max(MAX_RAW_LENGTH), {
        error: "Choose what matters most.",
      })
      .max(PRIORITIES.length * 2, { error: "Choose at most one of each priority." }),
  )
  .transform((values, ctx): Priority[] => {
    const chosen = values.map(choiceKey).filter((v) => v !== "");
    const unknown = chosen.filter((value) => !(PRIORITIES as readonly string[]).includes(value));
    if (chosen.length === 0 || unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: "Choose what matters most: base, total, equity, start date or remote.",
      });
      return z.NEVER;
    }
    return [...new Set(chosen as Priority[])];
  });

// ---------- the form ----------

const formFields = z.object({
  company: textField({ label: "company name", required: true, maxLength: 100 }),
  role: textField({ label: "role", required: true, maxLength: 100 }),
  level: choiceField("level", LEVELS, "Choose a level: early, mid, senior or staff."),
  companyLevel: textField({ label: "company's level name", required: false, maxLength: 40 }),
  location: textField({ label: "location", required: true, maxLength: 100 }),
  baseSalary: requiredAmountField({ label: "base salary", ...BASE_SALARY_BOUNDS }),
  bonusPercent: percentField("target bonus"),
  equityKind: choiceField(
    "equity type",
    EQUITY_KINDS,
    "Choose how the equity is given: none, a dollar value or shares.",
    "none",
  ),
  // Read as dollars or as a share count depending on equityKind, so it is checked with it below.
  equityAmount: formString("equity amount").transform((raw) => raw.trim()),
  sharePrice: amountField({ label: "share price", ...SHARE_PRICE_BOUNDS }),
  vestingYears: vestingYearsField,
  vestingSchedule: vestingScheduleField,
  signOnBonus: amountField({ label: "sign-on bonus", minCents: 0, maxCents: SIGN_ON_MAX_CENTS }),
  startDate: dateField("start date"),
  competingBase: amountField({ label: "competing base salary", ...BASE_SALARY_BOUNDS }),
  competingTotal: amountField({
    label: "competing yearly total",
    minCents: BASE_SALARY_BOUNDS.minCents,
    maxCents: EQUITY_BOUNDS.maxCents,
  }),
  priority: priorityField,
  deadline: dateField("deadline"),
  recruiterName: textField({
    label: "recruiter's name",
    required: false,
    maxLength: 80,
    shape: personName("The recruiter's"),
  }),
  yourName: textField({ label: "your name", required: true, maxLength: 80, shape: personName("Your") }),
  jobTitle: textField({ label: "job title", required: false, maxLength: 100 }),
  yourLevel: formString("your level").transform((raw, ctx): Level | null => {
    const value = choiceKey(raw);
    if (value === "") return null;
    const level = LEVELS.find((candidate) => candidate === value);
    if (level === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "Choose your own level: early, mid, senior or staff, or leave it empty.",
      });
      return z.NEVER;
    }
    return level;
  }),
  // A checkbox: present ("on") when ticked, absent otherwise.
  alreadyReplied: formString("already replied").transform((raw) => raw.trim() !== ""),
  tone: choiceField("tone", TONES, "Choose a tone: warm, direct or formal."),
  currency: formString("currency").transform((raw, ctx): "USD" => {
    const code = raw.trim().toUpperCase();
    if (code !== "" && code !== "USD") {
      ctx.addIssue({
        code: "custom",
        message:
          "Only US dollars (USD) are supported: the market data is in USD and we don't convert currencies. Enter the offer in USD.",
      });
      return z.NEVER;
    }
    return "USD";
  }),
});

export type NegotiationFormField = keyof z.input<typeof formFields>;
type FormFields = z.output<typeof formFields>;
type FieldIssue = { field: NegotiationFormField; message: string };

function parseShareCount(text: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*shares?)?$/i.exec(text);
  if (!match) return null;
  const count = Number(match[1].replace(/,/g, ""));
  return count >= 1 && count <= SHARE_COUNT_MAX ? count : null;
}

function vestingFrom(choice: ScheduleChoice, years: number): VestingSchedule {
  if (choice.yearlyPercents === null) {
    return { name: choice.name, yearlyPercents: Array(years).fill(100 / years), cliff: choice.name === "cliff_even" };
  }
  // Amazon's first 5% vests at the first anniversary, so it has a one-year cliff too.
  return { name: choice.name, yearlyPercents: choice.yearlyPercents, cliff: choice.name === "amazon_5_15_40_40" };
}

type EquityResolution = { ok: true; equity: EquityGrant | null } | { ok: false; issues: FieldIssue[] };

/** Equity spans five fields: the kind decides how the amount reads, shares need a price,
 *  and the schedule and the period must agree. */
function resolveEquity(fields: FormFields): EquityResolution {
  const { equityKind, equityAmount, sharePrice, vestingYears, vestingSchedule } = fields;
  if (equityKind === "none") {
    return equityAmount === ""
      ? { ok: true, equity: null }
      : {
          ok: false,
          issues: [{ field: "equityKind", message: "Say whether the equity is a dollar value or a number of shares." }],
        };
  }
  const issues: FieldIssue[] = [];
  let totalCents: number | null = null;
  let shares: EquityGrant["shares"] = null;
  if (equityKind === "dollars") {
    const parsed = parseUsdAmount(equityAmount);
    if (!parsed.ok) {
      issues.push({ field: "equityAmount", message: amountMessage(parsed.reason, "equity grant's total value") });
    } else if (parsed.cents < EQUITY_BOUNDS.minCents || parsed.cents > EQUITY_BOUNDS.maxCents) {
      issues.push({
        field: "equityAmount",
        message: `The equity grant's total value should be between ${formatMoney(EQUITY_BOUNDS.minCents)} and ${formatMoney(EQUITY_BOUNDS.maxCents)}.`,
      });
    } else {
      totalCents = parsed.cents;
    }
  } else {
    const count = equityAmount === "" ? null : parseShareCount(equityAmount);
    if (count === null) {
      issues.push({
        field: "equityAmount",
        message: `Enter the number of shares in the grant as a whole number, e.g. 1,000 (at most ${formatCount(SHARE_COUNT_MAX)}).`,
      });
    } else if (sharePrice === null) {
      issues.push({
        field: "sharePrice",
        message: `Enter the price per share so ${formatCount(count)} shares can be valued: the stock price for a public company, or the latest preferred price or 409A value for a private one.`,
      });
    } else {
      shares = { count, priceCents: sharePrice };
      totalCents = Math.round(count * sharePrice);
      if (totalCents > EQUITY_BOUNDS.maxCents) {
        issues.push({
          field: "equityAmount",
          message: `Those shares would be worth more than ${formatMoney(EQUITY_BOUNDS.maxCents)}; check the share count and price.`,
        });
      }
    }
  }
  if (vestingSchedule === null) {
    issues.push({ field: "vestingSchedule", message: "Choose how the equity vests." });
  }
  const scheduleYears = vestingSchedule?.yearlyPercents?.length ?? null;
  if (scheduleYears !== null && vestingYears !== null && vestingYears !== scheduleYears) {
    issues.push({
      field: "vestingYears",
      message: `The schedule gives ${scheduleYears} yearly percentages, so the vesting period is ${scheduleYears} years; correct one of them or leave this empty.`,
    });
  }
  const years = scheduleYears ?? vestingYears;
  if (years === null) {
    issues.push({ field: "vestingYears", message: "Enter how many years the equity vests over (often 4)." });
  }
  if (issues.length > 0 || totalCents === null || vestingSchedule === null || years === null) {
    return { ok: false, issues };
  }
  return { ok: true, equity: { totalCents, shares, vesting: vestingFrom(vestingSchedule, years) } };
}

function validNegotiation(fields: FormFields, equity: EquityGrant | null): NegotiationInput {
  return {
    company: fields.company,
    role: fields.role,
    level: fields.level,
    companyLevel: fields.companyLevel,
    location: fields.location,
    baseCents: fields.baseSalary,
    bonusPercent: fields.bonusPercent,
    equity,
    signOnCents: fields.signOnBonus ?? 0,
    startDate: fields.startDate,
    competingBaseCents: fields.competingBase,
    competingTotalCents: fields.competingTotal,
    priorities: fields.priority,
    deadline: fields.deadline,
    recruiterName: fields.recruiterName,
    yourName: fields.yourName,
    jobTitle: fields.jobTitle,
    yourLevel: fields.yourLevel,
    alreadyReplied: fields.alreadyReplied,
    tone: fields.tone,
  };
}

function addFieldIssues(
  ctx: { addIssue: (issue: { code: "custom"; path: PropertyKey[]; message: string }) => void },
  issues: FieldIssue[],
) {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
}

/** Runs a cross-field rule only once the fields it reads are valid on their own. */
function whenValid(...fields: NegotiationFormField[]) {
  return {
    when: (payload: { issues: { path?: PropertyKey[] }[] }) =>
      !payload.issues.some((issue) => fields.includes(issue.path?.[0] as NegotiationFormField)),
  };
}

export const negotiationFormSchema = formFields
  .superRefine(
    (fields, ctx) => {
      const resolution = resolveEquity(fields);
      if (!resolution.ok) addFieldIssues(ctx, resolution.issues);
    },
    whenValid("equityKind", "equityAmount", "sharePrice", "vestingYears", "vestingSchedule"),
  )
  .superRefine(
    (fields, ctx) => {
      if (
        fields.competingBase !== null &&
        fields.competingTotal !== null &&
        fields.competingTotal < fields.competingBase
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["competingTotal"],
          message: "The competing yearly total includes its base, so it can't be less than the competing base.",
        });
      }
    },
    whenValid("competingBase", "competingTotal"),
  )
  .transform((fields, ctx): NegotiationInput => {
    const resolution = resolveEquity(fields);
    if (!resolution.ok) {
      // Unreachable: the refinement above already rejected these fields.
      addFieldIssues(ctx, resolution.issues);
      return z.NEVER;
    }
    return validNegotiation(fields, resolution.equity);
  });

export type NegotiationFormResult =
  | { ok: true; input: NegotiationInput }
  | { ok: false; fieldErrors: Partial<Record<NegotiationFormField, string[]>>; formErrors: string[] };

/** Parses a posted form (FormData, or a plain object of its entries). `priority` may repeat. */
export function parseNegotiationForm(form: FormData | Record<string, unknown>): NegotiationFormResult {
  const entries: Record<string, unknown> =
    form instanceof FormData ? { ...Object.fromEntries(form), priority: form.getAll("priority") } : form;
  const result = negotiationFormSchema.safeParse(entries);
  if (result.success) return { ok: true, input: result.data };
  const flat = z.flattenError(result.error);
  return {
    ok: false,
    fieldErrors: flat.fieldErrors as Partial<Record<NegotiationFormField, string[]>>,
    formErrors: flat.formErrors,
  };
}
