// The layoff form's values as the page puts them back in its fields: what a failed post
// carried, or a saved document's input (?from=). Strings and flags only, ready to be
// default values; validating them is parseLayoffForm's job, on the next post.
import { type LayoffField, TONES, type Tone } from "../schema";

export type LayoffFormValues = Record<Exclude<LayoffField, "since" | "everyoneAffected">, string> & {
  since: string[];
  everyoneAffected: boolean;
};

export const EMPTY_LAYOFF_FORM: LayoffFormValues = {
  lastRole: "",
  company: "",
  startDate: "",
  endDate: "",
  layoffType: "",
  affectedCount: "",
  whatHappened: "",
  delivered: "",
  since: [],
  sinceDetails: "",
  nextGoal: "",
  targetRole: "",
  tone: "plain",
  whatChanged: "",
  everyoneAffected: false,
};

const TEXT_FIELDS = Object.keys(EMPTY_LAYOFF_FORM).filter(
  (key): key is Exclude<keyof LayoffFormValues, "since" | "everyoneAffected"> =>
    key !== "since" && key !== "everyoneAffected",
);

// Twice the longest field limit: enough to see and trim an over-long answer, while a
// 50 kB paste is refused without being sent back in the page.
const ECHO_MAX_CHARS = 1000;

/** What a post carried, as the person typed it. */
export function postedLayoffValues(form: FormData): LayoffFormValues {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value.slice(0, ECHO_MAX_CHARS) : "";
  };
  const values = { ...EMPTY_LAYOFF_FORM };
  for (const key of TEXT_FIELDS) values[key] = text(key);
  values.since = form
    .getAll("since")
    .filter((v): v is string => typeof v === "string")
    .slice(0, 10);
  values.everyoneAffected = form.get("everyoneAffected") === "on";
  return values;
}

/** A saved layoff document's input (a LayoffInput as JSON) as form values; null when it
 *  isn't one. */
export function savedLayoffValues(input: unknown): LayoffFormValues | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const saved = input as Record<string, unknown>;
  if (typeof saved.lastRole !== "string" || typeof saved.company !== "string") return null;
  const values = { ...EMPTY_LAYOFF_FORM };
  for (const key of TEXT_FIELDS) {
    const value = saved[key];
    if (typeof value === "string") values[key] = value;
    else if (typeof value === "number" && Number.isFinite(value)) values[key] = String(value);
  }
  values.since = Array.isArray(saved.since) ? saved.since.filter((v): v is string => typeof v === "string") : [];
  values.everyoneAffected = saved.everyoneAffected === true;
  return values;
}

/** A tone named in a query string (?tone=warm), or null. */
export function toneParam(value: string | null): Tone | null {
  return TONES.find((tone) => tone.value === value)?.value ?? null;
}
