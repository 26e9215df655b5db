// The layoff explanation's two shapes: the form coming in (every field a posted string,
// checkboxes as repeated names, leaving as a typed value or a field-level message a
// person can act on; field names are the HTML form's names) and the document going out,
// as saved in Document.output. Parsing never throws.
import { z } from "zod";
import { monthDifference, monthOf, parseMonth } from "~/calendar/months";
import { type FieldErrors, fieldErrorsOf } from "~/http/form";
import { type Affected, parseAffected } from "./affected";

export const LAYOFF_TYPES = [
  { value: "company_wide", label: "Company-wide job cuts" },
  { value: "team_closed", label: "My team or office was closed" },
  { value: "restructuring", label: "Restructuring: my role was removed" },
  { value: "acquisition", label: "After an acquisition or merger" },
  { value: "funding", label: "The company ran short of funding" },
  { value: "performance_adjacent", label: "It was partly about my performance or fit" },
  { value: "contract_end", label: "My contract ended" },
] as const;
export type LayoffType = (typeof LAYOFF_TYPES)[number]["value"];

export const SINCE_ACTIVITIES = [
  { value: "learning", label: "Learning (courses, certifications, reading)" },
  { value: "projects", label: "Building my own projects" },
  { value: "freelancing", label: "Freelancing or contract work" },
  { value: "caregiving", label: "Caring for family" },
  { value: "job_search", label: "Focused on my job search" },
] as const;
export type SinceActivity = (typeof SINCE_ACTIVITIES)[number]["value"];

export const TONES = [
  { value: "plain", label: "Plain: just the facts" },
  { value: "warm", label: "Warm: friendly and grateful" },
  { value: "confident", label: "Confident: direct about what you bring" },
] as const;
export type Tone = (typeof TONES)[number]["value"];

/** A validated form. Text is trimmed with whitespace collapsed; "" means not given. */
export interface LayoffInput {
  lastRole: string;
  company: string;
  /** "YYYY-MM" */
  startDate: string;
  /** "YYYY-MM", the last month worked. */
  endDate: string;
  layoffType: LayoffType;
  /** As the person gave it, tidied: "1,200", "about 200", "12%", "a third"; "" when not given. */
  affectedCount: string;
  /** `affectedCount` read; null when not given. */
  affected: Affected | null;
  whatHappened: string;
  delivered: string;
  since: SinceActivity[];
  sinceDetails: string;
  nextGoal: string;
  targetRole: string;
  tone: Tone;
  /** For an exit partly about performance: what the person does differently now. */
  whatChanged: string;
  /** The person said everyone in their team, office or group was let go. Only then may
   *  the text say they were not selected individually. */
  everyoneAffected: boolean;
}

export type LayoffField = Exclude<keyof LayoffInput, "affected">;

// Bounds are generous for honest answers and short enough that the spoken answer still
// fits 25–35 seconds with every field at its longest.
export const FIELD_LIMITS = {
  lastRole: { chars: 80, words: 8 },
  company: { chars: 80, words: 6 },
  targetRole: { chars: 80, words: 8 },
  whatHappened: { chars: 500 },
  delivered: { chars: 400 },
  sinceDetails: { chars: 300 },
  nextGoal: { chars: 300 },
  whatChanged: { chars: 300 },
  affectedCount: { chars: 40 },
  earliestYear: 1950,
} as const;

// Control characters and bidirectional overrides can hide or reorder text on screen.
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Trims, turns line breaks and invisible characters into spaces, collapses runs. */
function normaliseText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
}

function wordCount(text: string): number {
  return text === "" ? 0 : text.split(" ").length;
}

interface TextRule {
  label: string;
  chars: number;
  words?: number;
  /** The message for an empty value; absent for optional fields. */
  required?: string;
}

function textField({ label, chars, words, required }: TextRule) {
  return z.preprocess(
    normaliseText,
    z
      .string()
      .refine((v) => !required || v !== "", { error: required })
      .refine((v) => v.length <= chars, {
        error: `Keep ${label} under ${chars} characters — a short phrase is enough.`,
      })
      .refine((v) => words === undefined || wordCount(v) <= words, {
        error: `Keep ${label} to ${words} words or fewer.`,
      }),
  );
}

function monthField(required: string, today: Date) {
  return z.preprocess(
    normaliseText,
    z
      .string()
      .refine((v) => v !== "", { error: required, abort: true })
      .refine((v) => parseMonth(v) !== null, {
        error: "Enter a month as year and month, like 2024-03.",
        abort: true,
      })
      .refine((v) => parseMonth(v)!.year >= FIELD_LIMITS.earliestYear, {
        error: `Enter a year from ${FIELD_LIMITS.earliestYear} on.`,
      })
      .refine((v) => monthDifference(parseMonth(v)!, monthOf(today)) >= 0, {
        error: "This date is in the future — enter a month up to this one.",
      }),
  );
}

const affectedCountField = z.preprocess(
  normaliseText,
  z
    .string()
    .max(FIELD_LIMITS.affectedCount.chars, { error: "Keep this short: a number, a share like 12%, or “a third”." })
    .superRefine((value, ctx) => {
      const reading = parseAffected(value);
      if (!reading.ok) ctx.addIssue({ code: "custom", message: reading.message });
    }),
);

function choice<const T extends readonly { value: string }[]>(options: T, message: string) {
  const values = options.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]];
  return z.preprocess(normaliseText, z.enum(values, { error: message }));
}

const sinceField = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]).map(normaliseText),
  z
    .array(
      z.enum(SINCE_ACTIVITIES.map((a) => a.value) as [SinceActivity, ...SinceActivity[]], {
        error: "Choose from the listed activities.",
      }),
    )
    .min(1, { error: "Tick at least one — “Focused on my job search” is fine." })
    .max(SINCE_ACTIVITIES.length)
    .transform((list) => [...new Set(list)]),
);

/** The form schema. `today` decides which dates are in the future. */
export function layoffFormSchema(today: Date) {
  return z
    .object({
      lastRole: textField({ label: "the job title", ...FIELD_LIMITS.lastRole, required: "Enter your last job title." }),
      company: textField({ label: "the company name", ...FIELD_LIMITS.company, required: "Enter the company's name." }),
      startDate: monthField("Enter the month you started, like 2021-03.", today),
      endDate: monthField("Enter the last month you worked there, like 2024-03.", today),
      layoffType: choice(LAYOFF_TYPES, "Choose what happened."),
      affectedCount: affectedCountField,
      whatHappened: textField({ label: "what happened", ...FIELD_LIMITS.whatHappened }),
      delivered: textField({
        label: "what you delivered",
        ...FIELD_LIMITS.delivered,
        required: "Say one thing you delivered there — a project, a result, a responsibility.",
      }),
      since: sinceField,
      sinceDetails: textField({ label: "the details", ...FIELD_LIMITS.sinceDetails }),
      nextGoal: textField({
        label: "what you want next",
        ...FIELD_LIMITS.nextGoal,
        required: "Say what you want next, like “a backend role on a product team”.",
      }),
      targetRole: textField({ label: "the target role", ...FIELD_LIMITS.targetRole }),
      whatChanged: textField({ label: "what changed", ...FIELD_LIMITS.whatChanged }),
      tone: z.preprocess((v) => normaliseText(v) || "plain", choice(TONES, "Choose a tone.")),
      everyoneAffected: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    })
    .superRefine(
      (input, ctx) => {
        if (monthDifference(parseMonth(input.startDate)!, parseMonth(input.endDate)!) < 0) {
          ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date is before the start date." });
        }
        if (input.everyoneAffected && input.layoffType === "performance_adjacent") {
          ctx.addIssue({
            code: "custom",
            path: ["everyoneAffected"],
            message: "Untick this: an exit that was partly about performance wasn't a whole-group cut.",
          });
        }
        if (
          input.layoffType === "performance_adjacent" &&
          parseAffected(input.affectedCount).ok &&
          readAffected(input.affectedCount)?.kind === "everyone"
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["affectedCount"],
            message:
              "An exit that was partly about performance wasn't a cut of everyone: give a number, or leave it empty.",
          });
        }
      },
      // Date order is worth reporting even while other fields still have errors.
      { when: (payload) => bothMonthsValid(payload.value) },
    );
}

function readAffected(text: string): Affected | null {
  const reading = parseAffected(text);
  return reading.ok ? reading.affected : null;
}

/** The form's values as the composer reads them: the count parsed, and "everyone" in
 *  the count field taken as the tick it implies. */
function withAffected(values: Omit<LayoffInput, "affected">): LayoffInput {
  const reading = parseAffected(values.affectedCount);
  const affected = reading.ok ? reading.affected : null;
  return {
    ...values,
    affectedCount: reading.ok ? reading.text : values.affectedCount,
    affected,
    everyoneAffected: values.everyoneAffected || affected?.kind === "everyone",
  };
}

function bothMonthsValid(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { startDate, endDate } = value as Record<string, unknown>;
  return (
    typeof startDate === "string" && typeof endDate === "string" && !!parseMonth(startDate) && !!parseMonth(endDate)
  );
}

// Building the schema costs milliseconds; it only depends on the current month.
let cachedSchema: { month: string; schema: ReturnType<typeof layoffFormSchema> } | undefined;

function schemaForMonth(today: Date) {
  const month = `${today.getUTCFullYear()}-${today.getUTCMonth()}`;
  if (cachedSchema?.month !== month) cachedSchema = { month, schema: layoffFormSchema(today) };
  return cachedSchema.schema;
}

export type LayoffFormResult = { ok: true; input: LayoffInput } | { ok: false; fieldErrors: FieldErrors<LayoffField> };

/** Reads a posted form (or plain field values, as in tests and JSON requests). */
export function parseLayoffForm(form: FormData | Record<string, unknown>, today: Date): LayoffFormResult {
  const values = form instanceof FormData ? formValues(form) : form;
  const parsed = schemaForMonth(today).safeParse(values);
  if (parsed.success) return { ok: true, input: withAffected(parsed.data as Omit<LayoffInput, "affected">) };
  return { ok: false, fieldErrors: fieldErrorsOf<LayoffField>(parsed.error.issues) };
}

function formValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = key === "since" ? all : all[0];
  }
  return values;
}

// ---------- the document ----------

/** A layoff explanation: every part the person needs, written from one set of facts. */
export interface LayoffExplanation {
  /** Said aloud when asked "why did you leave?"; about 25–35 seconds. */
  spokenAnswer: { text: string; words: number; seconds: number };
  /** The answer to the follow-up "why were you chosen?". */
  whyChosenAnswer: string;
  /** A sentence or two for a cover letter. */
  coverLetterLines: string;
  linkedinPost: string;
  linkedinHeadline: string;
  /** Null when the time since the last job is too short to show as a gap. */
  resumeGapLine: string | null;
  /** Whole months from the last month worked to the month the document was written. */
  gapMonths: number;
  /** Phrases to avoid, each with the reason, tailored to the inputs. */
  thingsNotToSay: { phrase: string; why: string }[];
}

const explanationSchema = z.object({
  spokenAnswer: z.object({ text: z.string(), words: z.number(), seconds: z.number() }),
  whyChosenAnswer: z.string(),
  coverLetterLines: z.string(),
  linkedinPost: z.string(),
  linkedinHeadline: z.string(),
  resumeGapLine: z.string().nullable(),
  gapMonths: z.number(),
  thingsNotToSay: z.array(z.object({ phrase: z.string(), why: z.string() })),
});

/** Reads Document.output back; null when it isn't a layoff explanation. */
export function readLayoffExplanation(json: string): LayoffExplanation | null {
  try {
    const parsed = explanationSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
