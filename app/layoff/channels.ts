// The per-channel rules a career coach would apply to each text of a layoff explanation
// (audience, length, tone) and the phrase rules every writer must keep, read from
// ./content/channel-rules.json (data, so the tests, the evaluation and the README read
// the same rules). Validated once at load; a malformed file fails at start, not mid-request.
import { z } from "zod";
import { parseContent } from "~/content";
import rulesData from "./content/channel-rules.json";

export const CHANNEL_NAMES = [
  "spokenAnswer",
  "whyChosenAnswer",
  "coverLetterLines",
  "linkedinPost",
  "linkedinHeadline",
  "resumeGapLine",
  "thingsNotToSay",
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];
/** The channels that are written prose, as opposed to the advice list. */
export type WrittenChannel = Exclude<Channel, "thingsNotToSay">;

const range = z.object({ min: z.number().int().nonnegative().optional(), max: z.number().int().positive().optional() });

const channelSchema = z.object({
  label: z.string(),
  audience: z.enum(["public", "private"]),
  purpose: z.string(),
  words: range.optional(),
  seconds: range.optional(),
  sentences: range.optional(),
  chars: range.optional(),
  lines: z.number().int().positive().optional(),
  tone: z.string(),
});

const ruleSchema = z.object({
  id: z.string(),
  appliesTo: z.union([z.enum(["all", "all_written", "public"]), z.array(z.enum(CHANNEL_NAMES))]),
  /** Only when the person ticked this activity. */
  when: z.enum(["freelancing"]).optional(),
  /** Not when the person said everyone in their group was let go. */
  unless: z.enum(["everyone_affected"]).optional(),
  message: z.string(),
  patterns: z.array(z.string()).min(1),
});

const fileSchema = z.object({
  about: z.string(),
  channels: z.record(z.enum(CHANNEL_NAMES), channelSchema),
  gapLineMinMonths: z.number().int().positive(),
  rules: z.array(ruleSchema),
});

const parsed = parseContent(fileSchema, rulesData, "app/layoff/content/channel-rules.json");

export type ChannelRules = z.infer<typeof channelSchema>;
export const CHANNELS = parsed.channels as Record<Channel, ChannelRules>;
export const GAP_LINE_MIN_MONTHS = parsed.gapLineMinMonths;

export type PhraseRuleId = string;

interface CompiledRule extends Omit<z.infer<typeof ruleSchema>, "patterns"> {
  patterns: RegExp[];
}

export const PHRASE_RULES: CompiledRule[] = parsed.rules.map((rule) => ({
  ...rule,
  patterns: rule.patterns.map((pattern) => new RegExp(pattern, "iu")),
}));

export function phraseRule(id: string): CompiledRule {
  const rule = PHRASE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`No phrase rule "${id}" in channel-rules.json.`);
  return rule;
}

/** Whether a rule applies to a channel. */
export function ruleAppliesTo(rule: CompiledRule, channel: Channel): boolean {
  if (Array.isArray(rule.appliesTo)) return rule.appliesTo.includes(channel);
  if (rule.appliesTo === "all") return true;
  if (rule.appliesTo === "all_written") return channel !== "thingsNotToSay";
  return CHANNELS[channel].audience === "public";
}

/** The first text each of the rule's patterns matches in `text`. */
export function matchesOf(rule: CompiledRule, text: string): string[] {
  return rule.patterns.map((pattern) => pattern.exec(text)?.[0]).filter((m): m is string => m !== undefined);
}

/** Whether any of the given rules matches the text. */
export function breaksAny(ruleIds: readonly string[], text: string): boolean {
  return ruleIds.some((id) => matchesOf(phraseRule(id), text).length > 0);
}
