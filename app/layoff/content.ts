// The layoff writer's fixed text, as data (./content/): the "Things not to say" advice and
// the lines added in the chosen tone. Checked against these schemas at load, so a typo
// fails at start and in the tests, naming the file and the field. Pure.
import { z } from "zod";
import { fillTemplate, parseContent, placeholdersOf } from "~/content";
import { PHRASE_RULES } from "./channels";
import adviceData from "./content/things-not-to-say.json";
import toneData from "./content/tone-lines.json";
import { LAYOFF_TYPES, TONES, type LayoffType, type Tone } from "./schema";

const text = z.string().trim().min(1);
const advice = z.strictObject({ phrase: text, why: text });
export type Advice = z.infer<typeof advice>;

const layoffType = z.enum(LAYOFF_TYPES.map((t) => t.value) as [LayoffType, ...LayoffType[]]);
const tone = z.enum(TONES.map((t) => t.value) as [Tone, ...Tone[]]);
const ruleIds = PHRASE_RULES.map((r) => r.id);

export const thingsNotToSaySchema = z.strictObject({
  about: text,
  /** First, for everyone; a phrase may name {company}. */
  always: z
    .array(advice)
    .min(1)
    .refine((items) => items.every((i) => placeholdersOf(i.phrase + i.why).every((p) => p === "company")), {
      message: "the only placeholder is {company}",
    }),
  byType: z.record(layoffType, advice),
  /** When the person did not say everyone in their group was let go. */
  notEveryoneAffected: advice,
  since: z.strictObject({ caregiving: advice, job_search: advice, freelancing: advice }),
  longGap: advice.extend({ months: z.number().int().positive() }),
  /** When the person gave a number of people affected. */
  othersAffected: advice,
  /** When the person's own words break a phrase rule of channel-rules.json. */
  ownWords: z.array(
    advice.extend({
      rule: z.string().refine((id) => ruleIds.includes(id), { message: "not a phrase rule in channel-rules.json" }),
    }),
  ),
  last: advice,
});

export const toneLinesSchema = z.strictObject({
  about: text,
  closings: z.record(tone, z.array(text).min(1)),
  postOpening: z.record(tone, text),
  postAsk: z.record(tone, text),
});

export const THINGS_NOT_TO_SAY = parseContent(
  thingsNotToSaySchema,
  adviceData,
  "app/layoff/content/things-not-to-say.json",
);
export const TONE_LINES = parseContent(toneLinesSchema, toneData, "app/layoff/content/tone-lines.json");

/** The always-given advice, with the company named. */
export function alwaysAdvice(company: string): Advice[] {
  return THINGS_NOT_TO_SAY.always.map((item) => ({
    phrase: fillTemplate(item.phrase, { company }),
    why: fillTemplate(item.why, { company }),
  }));
}
